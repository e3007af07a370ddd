// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/pace/pace.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace conlab {

// The run a speedup is measured against: which model with how many workers,
// at which pace, how long it took, and when it finished.
struct SpeedupBaseline
{
    PrimesModel model = PrimesModel::Sequential;
    int workers = 1;
    Pace pace;
    double seconds = 0;
    QDateTime finishedAt; // invalid: unknown

    // The baseline a finished run makes, if it makes one: only a sequential
    // run that checked every number it was given (a stopped or failed run
    // did less work, and coroutines add the loop's overhead).
    static std::optional<SpeedupBaseline> of(const PrimesConfig &config, const RunSummary &summary,
                                             const QDateTime &finishedAt);
};

// How many times faster a run was than its baseline, and whether that can be
// true on this machine. A CPU-bound run on N cores is at most N times faster
// than one worker; more means the baseline was slowed down by something else
// (another program, a build, the first run warming the machine), so the
// figure says more about that load than about the model.
struct Speedup
{
    Q_DECLARE_TR_FUNCTIONS(conlab::Speedup)
public:
    double factor = 0;
    int cores = 0;
    bool beyondCores = false;

    // Nothing when either time is not a positive number.
    static std::optional<Speedup> of(double baselineSeconds, double runSeconds, int cores);

    // "2.35×", as the line shows it (two decimals).
    QString factorText() const;
    // "sequential at cpython pace, 2 min ago"; `now` is passed in so tests
    // and a replayed recording read the same text.
    static QString baselineText(const SpeedupBaseline &baseline, const QDateTime &now);
    // "5 s ago", "2 min ago", "3 h ago", or a date when older than a day.
    static QString ago(const QDateTime &then, const QDateTime &now);
    // The whole line: "2.35× against sequential at cpython pace (4.10 s),
    // 2 min ago", with the warning when beyondCores.
    QString text(const SpeedupBaseline &baseline, const QDateTime &now) const;
};

} // namespace conlab
