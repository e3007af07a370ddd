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
    // The supervisor's span: from the spinner's start to the answer. CPython
    // spends 0.07 to 0.13 s before it (the interpreter starting, importing
    // asyncio or multiprocessing), which the emulation has no counterpart
    // for; on a 1.1 s row that alone would be a 10% difference.
    s.seconds = report.slowSeconds > 0 ? report.slowSeconds : report.elapsed;
    s.frames = static_cast<int>(report.frames.size());
    // Per second of that span, the way a watch in the room would count.
    s.framesPerSecond = s.seconds > 0 ? s.frames / s.seconds : 0;
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
