// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/sweep/sweepconfig.h"

#include <cstdint>
#include <vector>

namespace conlab {

// What runs a sweep's points that core cannot run itself: a Celery series
// needs a broker and worker nodes, which live in conlab_taskqueue, a
// library above core. The CLI and the window hand the runner one.
class SweepExternalEngine
{
public:
    virtual ~SweepExternalEngine() = default;
    // Runs `numbers` once as `series` with `workers`; blocks. The summary's
    // wall is the run's, without the start of whatever it needed first.
    virtual RunSummary run(const SweepSeries &series, int workers, const std::vector<std::uint64_t> &numbers) = 0;
    // From any thread: ends the run in flight soon, as cancelled.
    virtual void cancel() = 0;
};

} // namespace conlab
