// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Internal to spinner/: what the three supervisors share.
#include "core/spinner/spinnerrun.h"
#include "core/spinner/threadingevent.h"
#include "kernel/trialdivision.h"

#include <mutex>

namespace conlab::spinner {

struct SpinnerContext
{
    SpinnerContext(const SpinnerConfig &c, RunControl &rc, std::int64_t t0, const SpinnerObserver &o)
        : config(c), control(rc), t0Ns(t0), observer(o)
    {
    }

    const SpinnerConfig &config;
    RunControl &control;
    const std::int64_t t0Ns;
    const SpinnerObserver &observer;
    ThreadingEvent cancelled; // set by the run's cancel; wakes blocking sleeps

    // Called by whoever drew the frame, with its own CLOCK_MONOTONIC stamp.
    void frame(int index, std::int64_t monotonicStampNs, char glyph);
    void cleared();
    void spinnerObject(const QString &repr);
    // When the supervisor started and stopped the spinner (the span in
    // which frames are expected).
    void markStart();
    void markStop();

    // The sleep of slow(): blocks the calling thread, but ends at once with
    // Cancelled when the run is cancelled.
    void blockingSleep(double seconds);
    // is_prime at the configured pace, through `checkpoint`.
    LoopCost cost(Checkpoint *checkpoint, bool withNapTest = false) const;

    std::mutex mutex;
    std::vector<SpinnerFrame> frames;
    QString repr;
    std::int64_t startNs = -1;
    std::int64_t stopNs = -1;
    QString error;
    std::vector<WorkerCrash> crashes;
};

void runThreadSpinner(SpinnerContext &ctx, SpinnerReport &report);
void runProcessSpinner(SpinnerContext &ctx, SpinnerReport &report);
void runCoroutineSpinner(SpinnerContext &ctx, SpinnerReport &report);

inline constexpr char kGlyphs[] = {'\\', '|', '/', '-'};

} // namespace conlab::spinner
