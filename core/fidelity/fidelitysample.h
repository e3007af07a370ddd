// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/raceverdict.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"
#include "core/spinner/spinnerverdict.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace conlab {

// One run of one row in one engine, reduced to what the rows compare.
struct FidelitySample
{
    double seconds = 0; // the supervisor's run, or the primes run's total
    int frames = 0;     // spinners: frames drawn
    double framesPerSecond = 0;
    std::int64_t maxGapNs = 0; // spinners: the longest frozen glyph
    std::optional<SpinnerOutcome> spinner;
    std::optional<RaceOutcome> race;
    QString error; // the run failed: nothing above counts

    bool ok() const { return error.isEmpty(); }

    static FidelitySample of(const SpinnerConfig &config, const SpinnerReport &report);
    // `racy`: the run had the racy report loop, whose outcome counts;
    // `hung`: that loop waited for a result that never came.
    static FidelitySample of(const RunSummary &summary, bool racy, bool hung);
};

// "complete", "lost", "hung"
inline QString raceOutcomeKey(RaceOutcome outcome)
{
    return RaceVerdict::name(outcome);
}

} // namespace conlab
