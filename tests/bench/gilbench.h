// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>

namespace conlab {

// How promptly a requested switch really happens on this machine.
struct GilSwitchLatency
{
    std::chrono::microseconds interval{0};
    int threads = 0;
    std::size_t samples = 0; // served drop requests
    double medianUs = 0;
    double p95Us = 0;
    double maxUs = 0;
    std::uint64_t switches = 0;
};

// Runs `threads` CPU-bound threads (trial division of slow()'s prime with
// paceUnits of extra burn per division, 0 = native) contending for one GIL for
// `duration`, then measures, for each drop request, the time from the
// waiter's interval running out (the request) to another thread holding the
// GIL. For a benchmark; blocks the caller for about `duration`.
GilSwitchLatency measureGilSwitchLatency(std::chrono::microseconds interval, std::chrono::milliseconds duration,
                                         int threads = 2, std::uint32_t paceUnits = 0);

} // namespace conlab
