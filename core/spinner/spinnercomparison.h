// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/pace/pace.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace conlab {

// The chapter's one timing comparison between spinner runs: S8's napping
// is_prime() (a coroutine that awaits sleep(0) now and then) against S7's
// plain one. The book measured 4.9 s against 3.3 s; the lab shows its own
// figure once both have run. The two live on different pages, so one
// instance is shared by them; it keeps the last finished run of each.
class SpinnerComparison
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SpinnerComparison)
public:
    // True for the runs compared here: coroutine with is_prime() (S7) or
    // with the napping is_prime() (S8).
    static bool concerns(const SpinnerConfig &config);

    // Keeps a finished run of S7 or S8; ignores anything else, and runs
    // that were cancelled or failed.
    void record(const SpinnerConfig &config, const SpinnerReport &report);
    void clear();

    // S8's time in slow() over S7's, when both ran at the same pace;
    // comparing across paces would measure the pace, not the nap.
    std::optional<double> napOverPrime() const;
    // "S8 took 1.5× as long as S7 (1.95 s against 1.15 s)", or a line
    // saying what is missing; empty when neither has run.
    QString text() const;

private:
    struct Run
    {
        Pace pace;
        double slowSeconds = 0;
    };
    std::optional<Run> prime_; // S7
    std::optional<Run> nap_;   // S8
};

} // namespace conlab
