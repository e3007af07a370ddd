// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <array>
#include <cstdint>
#include <random>

namespace conlab {

// A latency as measured: its value at the quantiles kQuantiles, in
// microseconds. Drawing from it reproduces the spread of a step, not just a
// mean.
struct MeasuredLatency
{
    static constexpr std::array<double, 9> kQuantiles{0.0, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 1.0};
    std::array<double, 9> us{};

    // Inverse of the measured distribution, linear between quantiles. The
    // draw is ours, not std::uniform_real_distribution's, so one seed gives
    // the same run with every standard library.
    double draw(std::mt19937_64 &rng) const;
    // The same up to the 99th percentile. The slowest 1% of a step, up to
    // tens of milliseconds, was another process holding the core of the
    // loaded machine it was measured on; RaceReport plays the script's own
    // processes sharing the cores instead, as on an idle lecture machine.
    double drawBody(std::mt19937_64 &rng) const;
};

// The timing of the book's py36/procs.py under CPython 3.11, measured on the
// 2-core machine of EXPERIMENTS.md with an instrumented copy of the listing
// (see README, "The race, exactly"). Each latency is one step of the script.
struct RaceTiming
{
    MeasuredLatency put;       // worker: results.put()
    MeasuredLatency take;      // worker: results.put() returned -> next jobs.get() returned
    MeasuredLatency get;       // parent: results.get() when a result is already waiting
    MeasuredLatency wake;      // parent: a result put while it blocked in get() -> get() returns
    MeasuredLatency print;     // parent: get() returned -> print done, jobs.empty() called
    MeasuredLatency empty;     // parent: jobs.empty() itself
    double nsPerDivision = 33; // is_prime's loop, EXPERIMENTS.md
    double checkUs = 0.5;      // check() around a cheap is_prime

    // The heavy CPU work around those steps, which is what makes more of the
    // script's processes want a core than there are cores: the time each
    // process spent on a core, read from the kernel's scheduler trace
    // (sched_switch) of the same listing, so whatever the load. Forking a
    // Python process and the copy-on-write faults that follow take
    // milliseconds on that machine.
    MeasuredLatency forkCpu;    // parent: Process.start() and jobs.put(0)
    MeasuredLatency bootCpu;    // child: from its fork to its first jobs.get() returned
    MeasuredLatency exitCpu;    // child: from taking its pill to its exit
    double parentWarmUs = 3700; // parent: extra for its first results after its last fork
    double workerWarmUs = 1900; // worker: extra for its first items
    // The traced runs' steps took 1/0.71 as long as the steps above (the
    // medians of put, take, get, print and empty); the CPU work is scaled by
    // that to the same machine state.
    double traceScale = 0.71;

    // Linux (6.18, EEVDF) shares the cores in slices of 1.5 ms (0.75 ms times
    // 1 + log2 of 2 cores), ended at the next scheduler tick: 250 Hz on that
    // machine, and the traces show turns of 4 ms.
    double sliceUs = 1500;
    double tickUs = 4000;
    // When a core is free, the woken parent takes it; now and then it takes
    // its waker's core instead (the kernel wakes a pipe's reader near its
    // writer), and the waker comes back for its next item only after the
    // parent's empty() check. Fitted to the idle machine's hangs with the
    // book's 20: 1 in 30 runs with 2, 4 and 12 workers (EXPERIMENTS.md).
    double wakePreempts = 0.033;

    static const RaceTiming &cpython311();
};

} // namespace conlab
