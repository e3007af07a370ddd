// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelitysample.h"

namespace conlab {

FidelitySample FidelitySample::of(const SpinnerConfig &config, const SpinnerReport &report)
{
    FidelitySample s;
    if (!report.ok()) {
        s.error = report.cancelled ? QStringLiteral("cancelled") : report.error;
        return s;
    }
    s.seconds = report.elapsed;
    s.frames = static_cast<int>(report.frames.size());
    // Per second of the whole run, the way a watch in the room would count.
    s.framesPerSecond = report.elapsed > 0 ? s.frames / report.elapsed : 0;
    s.maxGapNs = report.maxGapNs;
    const SpinnerVerdict verdict = SpinnerVerdict::of(config, report);
    s.spinner = verdict.outcome;
    return s;
}

FidelitySample FidelitySample::of(const RunSummary &summary, bool racy, bool hung)
{
    FidelitySample s;
    if (summary.cancelled) {
        s.error = QStringLiteral("cancelled");
        return s;
    }
    s.seconds = summary.wall;
    if (racy)
        s.race = hung ? RaceOutcome::Hung : summary.lost.empty() ? RaceOutcome::Complete : RaceOutcome::Lost;
    // A hung race is an outcome, not a failure; any other error is.
    if (!summary.error.isEmpty() && !hung)
        s.error = summary.error;
    return s;
}

} // namespace conlab
