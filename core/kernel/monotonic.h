// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>
#include <ctime>

namespace conlab {

// CLOCK_MONOTONIC is one clock for every process on the machine, so a worker
// process can stamp its own start and end and the parent can place them on the
// run's time axis.
inline std::int64_t monotonicNs() noexcept
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace conlab
