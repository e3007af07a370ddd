// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab {

// Real CPU work, never a sleep: `units` dependent multiply-adds that the
// compiler may not fold away. The pace turns nanoseconds into units through a
// calibration against this very loop (see Pace).
inline std::uint64_t burn(std::uint32_t units) noexcept
{
    std::uint64_t x = units;
    for (std::uint32_t k = 0; k < units; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        asm volatile("" : "+r"(x));
    }
    return x;
}

} // namespace conlab
