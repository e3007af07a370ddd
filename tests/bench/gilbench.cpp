// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "gilbench.h"

#include "core/gil/gil.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"
#include "kernel/trialdivision.h"

#include <algorithm>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace conlab {

namespace {

constexpr std::uint64_t kSlowPrime = 5'000'111'000'222'021;

double percentileUs(const std::vector<std::int64_t> &sortedNs, double p)
{
    if (sortedNs.empty())
        return 0;
    // Nearest rank: the smallest sample with at least p of them at or below it.
    const auto rank = static_cast<std::size_t>(p * static_cast<double>(sortedNs.size()) + 0.999999);
    const std::size_t index = std::clamp<std::size_t>(rank, 1, sortedNs.size()) - 1;
    return static_cast<double>(sortedNs[index]) / 1000.0;
}

void spin(Gil &gil, int index, std::uint32_t paceUnits)
{
    GilThreadState state(gil, "bench-" + std::to_string(index));
    const LoopCost cost{paceUnits, 0, &state};
    try {
        GilAcquire hold(state);
        for (;;)
            isPrime(kSlowPrime, cost);
    } catch (const Cancelled &) {
    }
}

} // namespace

GilSwitchLatency measureGilSwitchLatency(std::chrono::microseconds interval, std::chrono::milliseconds duration,
                                         int threads, std::uint32_t paceUnits)
{
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{true, interval}, monotonicNs());
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(spin, std::ref(gil), i, paceUnits);
    std::this_thread::sleep_for(duration); // the measuring window, not synchronisation
    breaker.set(EvalBreaker::CancelRequested);
    gil.interrupt();
    for (auto &t : pool)
        t.join();

    std::vector<std::int64_t> latencies;
    for (const GilDropRequest &r : gil.dropRequests()) {
        if (r.served())
            latencies.push_back(r.servedNs - r.requestNs);
    }
    std::sort(latencies.begin(), latencies.end());

    GilSwitchLatency out;
    out.interval = gil.config().switchInterval;
    out.threads = threads;
    out.samples = latencies.size();
    out.medianUs = percentileUs(latencies, 0.5);
    out.p95Us = percentileUs(latencies, 0.95);
    out.maxUs = latencies.empty() ? 0.0 : static_cast<double>(latencies.back()) / 1000.0;
    out.switches = gil.stats().switches;
    return out;
}

} // namespace conlab
