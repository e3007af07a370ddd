// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/jobwatchdog.h"

#include "kernel/isqrt.h"

#include <algorithm>
#include <thread>

namespace conlab {

JobWatchdog::JobWatchdog(int fixedMs, double nsPerDivision, int workers)
    : unlimited_(false),
      fixedNs_(fixedMs > 0 ? std::int64_t{fixedMs} * 1'000'000 : 0),
      nsPerDivision_(std::max(nsPerDivision, 0.0))
{
    // More workers than cores: each job gets a share of a core, so it takes
    // proportionally longer than the calibration measured.
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    share_ = std::max(1.0, static_cast<double>(std::max(workers, 1)) / cores);
}

std::int64_t JobWatchdog::limitNs(std::uint64_t n) const
{
    // A day is far beyond any number a lecture checks, and keeps the sum
    // with the current time far from overflow.
    constexpr double kCapNs = 86'400e9;
    if (unlimited_)
        return static_cast<std::int64_t>(kCapNs);
    if (fixedNs_ > 0)
        return fixedNs_;
    const double divisions = static_cast<double>(isqrt(n)) / 2.0;
    const double expected = divisions * nsPerDivision_ * share_;
    return std::max(kFloorNs, static_cast<std::int64_t>(std::min(kSlack * expected, kCapNs)));
}

std::int64_t JobWatchdog::pillLimitNs() const
{
    return fixedNs_ > 0 ? fixedNs_ : kFloorNs;
}

} // namespace conlab
