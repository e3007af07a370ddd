// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primesconfig.h"
#include "core/spinner/spinnerconfig.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <variant>
#include <vector>

namespace conlab {

// How a row holds the two engines' medians against each other.
enum class FidelityBand {
    Spins,        // the same frames per second (within 1) and time (within 10%)
    NeverAppears, // no frame at all, in either engine, in any round
    Stutters,     // both stutter: a frozen glyph anyone in the room notices
    Time,         // the run's total time within 10%
    Outcome,      // the race: the same most frequent outcome
};

// One row of `concurrency-lab fidelity`: one experiment of EXPERIMENTS.md,
// run the same way by the emulation and by the matching listing in CPython.
struct FidelityExperiment
{
    QString key;   // "S1" ... "S8", "S6 300ms", "P1", "P2", "P3", "P5"
    QString title; // what the row runs, in the CLI's words
    FidelityBand band = FidelityBand::Time;
    std::variant<SpinnerConfig, PrimesConfig> config;

    bool isSpinner() const { return std::holds_alternative<SpinnerConfig>(config); }
};

class FidelityExperiments
{
    Q_DECLARE_TR_FUNCTIONS(conlab::FidelityExperiments)
public:
    // Times may differ by this fraction of CPython's, frames per second by
    // this many frames, before a row says the engines differ.
    static constexpr double kTimeBand = 0.10;
    static constexpr double kFpsBand = 1.0;
    // The switch interval of the stutter row: longer than the 250 ms a
    // frozen glyph needs to be seen, so CPython's spinner thread waits
    // visibly for the GIL.
    static constexpr std::chrono::milliseconds kStutterInterval{300};

    // S1 to S8 (S6 also at 300 ms), then P1 sequential, P2 processes 2, P3
    // threads 2 with the GIL, all over `numbers`, and P5, the racy report
    // loop with 2 processes over `raceNumbers`. Spinners and primes run at
    // CPython's pace.
    static std::vector<FidelityExperiment> all(const std::vector<std::uint64_t> &numbers,
                                               const std::vector<std::uint64_t> &raceNumbers);
};

} // namespace conlab
