// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <array>
#include <cstdint>
#include <random>

namespace conlab {

// A latency as measured: its value at the quantiles kQuantiles, in
// microseconds. Drawing from it reproduces the spread and the rare long
// stalls (a process preempted) that decide the race, not just a mean.
struct MeasuredLatency
{
    static constexpr std::array<double, 9> kQuantiles{0.0, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99, 1.0};
    std::array<double, 9> us{};

    // Inverse of the measured distribution, linear between quantiles. The
    // draw is ours, not std::uniform_real_distribution's, so one seed gives
    // the same run with every standard library.
    double draw(std::mt19937_64 &rng) const;
};

// The timing of the book's py36/procs.py under CPython 3.11, measured on the
// 2-core machine of EXPERIMENTS.md with an instrumented copy of the listing
// (see README, "The race, exactly"). Each latency is one step of the script.
struct RaceTiming
{
    MeasuredLatency spawn; // parent: Process.start() plus jobs.put(0)
    MeasuredLatency boot;  // Process.start() called -> the child's first jobs.get() returns
    MeasuredLatency put;   // worker: results.put()
    MeasuredLatency take;  // worker: results.put() returned -> next jobs.get() returned
    MeasuredLatency get;   // parent: results.get() when a result is already waiting
    MeasuredLatency wake;  // parent: a result put while it blocked in get() -> get() returns
    MeasuredLatency print; // parent: get() returned -> print done, jobs.empty() called
    MeasuredLatency empty; // parent: jobs.empty() itself
    // A result put while the parent blocks in get() wakes it; now and then
    // the woken parent takes the core of the worker that woke it, which then
    // comes back for its next item only after the parent's empty() check.
    // The share of such wake-ups is fitted to the share of hung runs with
    // the book's 20 numbers and 2 workers on an idle machine: 1 in 18
    // (EXPERIMENTS.md). On a machine loaded by builds it was 9 in 10: the
    // lesson's odds are an idle lecture machine's.
    double wakePreempts = 0.06;
    double nsPerDivision = 33; // is_prime's loop, EXPERIMENTS.md
    double checkUs = 0.5;      // check() around a cheap is_prime

    static const RaceTiming &cpython311();
};

} // namespace conlab
