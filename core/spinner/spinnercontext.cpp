// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/spinnercontext.h"

#include "core/pace/pace.h"
#include "kernel/monotonic.h"

namespace conlab::spinner {

void SpinnerContext::frame(int index, std::int64_t monotonicStampNs, char glyph)
{
    const SpinnerFrame f{index, monotonicStampNs - t0Ns, glyph};
    {
        std::lock_guard lock(mutex);
        frames.push_back(f);
    }
    if (observer.onFrame)
        observer.onFrame(f);
}

void SpinnerContext::cleared()
{
    if (observer.onCleared)
        observer.onCleared();
}

void SpinnerContext::spinnerObject(const QString &text)
{
    {
        std::lock_guard lock(mutex);
        repr = text;
    }
    if (observer.onSpinnerObject)
        observer.onSpinnerObject(text);
}

void SpinnerContext::markStart()
{
    std::lock_guard lock(mutex);
    startNs = monotonicNs() - t0Ns;
}

void SpinnerContext::markStop()
{
    std::lock_guard lock(mutex);
    stopNs = monotonicNs() - t0Ns;
}

void SpinnerContext::blockingSleep(double seconds)
{
    if (cancelled.wait(std::chrono::duration<double>(seconds)) || control.cancelled())
        throw Cancelled{};
}

LoopCost SpinnerContext::cost(Checkpoint *checkpoint, bool withNapTest) const
{
    const PaceCalibration &cal = PaceCalibration::instance();
    LoopCost c;
    c.paceUnits = cal.unitsPerDivision(config.pace);
    c.napTestUnits = withNapTest ? cal.napTestUnits(config.pace) : 0;
    c.checkpoint = checkpoint;
    return c;
}

} // namespace conlab::spinner
