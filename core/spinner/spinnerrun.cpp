// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/spinnerrun.h"

#include "core/pace/pace.h"
#include "core/spinner/spinnercontext.h"
#include "kernel/monotonic.h"

#include <algorithm>

namespace conlab {

SpinnerRun::SpinnerRun(SpinnerConfig config) : config_(std::move(config)) { }

namespace {

// The longest time the glyph stood still while it should have moved,
// including start to first frame and last frame to stop.
std::int64_t largestGap(const std::vector<SpinnerFrame> &frames, std::int64_t start, std::int64_t stop)
{
    std::int64_t prev = start;
    std::int64_t gap = 0;
    for (const SpinnerFrame &f : frames) {
        gap = std::max(gap, f.tNs - prev);
        prev = f.tNs;
    }
    return std::max(gap, stop - prev);
}

} // namespace

SpinnerReport SpinnerRun::exec(const SpinnerObserver &observer)
{
    SpinnerReport report;
    const QString invalid = SpinnerChoices::combinationError(config_.model, config_.slow);
    if (!invalid.isEmpty()) {
        report.error = invalid;
        return report;
    }
    // Calibrate before the clock starts: the first run at a pace measures the
    // machine for a few hundred ms, which would otherwise hold the GIL or the
    // loop while the spinner waits for its first frame.
    const PaceCalibration &calibration = PaceCalibration::instance();
    calibration.unitsPerDivision(config_.pace);
    if (config_.slow == SlowKind::Nap)
        calibration.napTestUnits(config_.pace);
    const std::int64_t t0 = monotonicNs();
    spinner::SpinnerContext ctx(config_, control_, t0, observer);
    try {
        switch (config_.model) {
        case SpinnerModel::Thread: spinner::runThreadSpinner(ctx, report); break;
        case SpinnerModel::Process: spinner::runProcessSpinner(ctx, report); break;
        case SpinnerModel::Coroutine: spinner::runCoroutineSpinner(ctx, report); break;
        }
    } catch (const Cancelled &) {
        report.cancelled = true;
    }
    const std::int64_t end = monotonicNs() - t0;
    report.elapsed = static_cast<double>(end) / 1e9;
    if (control_.cancelled())
        report.cancelled = true;

    std::lock_guard lock(ctx.mutex);
    report.spinnerRepr = ctx.repr;
    if (report.error.isEmpty())
        report.error = ctx.error;
    report.frames = std::move(ctx.frames);
    report.crashes = std::move(ctx.crashes);
    std::sort(report.frames.begin(), report.frames.end(),
              [](const SpinnerFrame &a, const SpinnerFrame &b) { return a.tNs < b.tNs; });
    const std::int64_t start = ctx.startNs >= 0 ? ctx.startNs : 0;
    const std::int64_t stop = ctx.stopNs >= 0 ? ctx.stopNs : end;
    report.slowSeconds = static_cast<double>(stop - start) / 1e9;
    report.expectedFrames = report.slowSeconds / SpinnerConfig::kFrameInterval;
    report.maxGapNs = largestGap(report.frames, start, stop);
    return report;
}

} // namespace conlab
