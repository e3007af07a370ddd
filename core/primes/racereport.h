// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/racetiming.h"
#include "core/primes/raceverdict.h"

#include <cstdint>
#include <vector>

namespace conlab {

// The book's racy report loop (py36/procs.py), played out on a model clock.
// The job queue holds the numbers, then one pill per worker, each put right
// after its worker starts. A worker takes its next item as soon as its result
// is put; it sends nothing for its pill, and exits. The report loop gets one
// result, prints it, and stops when jobs.empty(): when every number and every
// pill has been taken.
//
// Who is behind decides the outcome, and on a 2-core machine that is decided
// by who has a core: forking a worker, its boot, its exit and the parent's
// backlog are each milliseconds of CPU, so more processes want a core than
// there are, and they take turns in slices (RaceCores). A parent that waits a
// slice falls a few hundred results behind: lost. A worker that waits a slice
// near its end lets the parent catch up: if it still holds its last number,
// it comes back, puts it and takes its pill before the parent looks (complete);
// if it has not come back for its pill, or has not even booted, the parent
// reads everything, finds a pill in the queue and waits for ever (hung).
// Pure: no processes, no clocks, one seed one verdict.
class RaceReport
{
public:
    struct Setup
    {
        int workers = 2;
        int cores = 2; // more workers than cores share them
        std::uint64_t seed = 1;
    };

    static RaceVerdict play(const std::vector<std::uint64_t> &numbers, const Setup &setup,
                            const RaceTiming &timing = RaceTiming::cpython311());
    // The trial divisions is_prime(n) does, estimated cheaply for big n.
    static double divisions(std::uint64_t n);
};

} // namespace conlab
