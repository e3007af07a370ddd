// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cmath>
#include <cstdint>

namespace conlab {

// Exact floor(sqrt(n)) for the whole uint64_t range. A double holds only 53
// bits, so the first guess may be off by a few near 2^64; the corrections fix
// that, and capping at 2^32-1 keeps r*r from overflowing.
constexpr std::uint64_t isqrt(std::uint64_t n) noexcept
{
    constexpr std::uint64_t maxRoot = 0xFFFFFFFFull;
    std::uint64_t r = 0;
    if (std::is_constant_evaluated()) {
        // Bisection: slow but usable in static_assert.
        std::uint64_t lo = 0, hi = maxRoot;
        while (lo < hi) {
            const std::uint64_t mid = lo + (hi - lo + 1) / 2;
            if (mid * mid <= n)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    if (r > maxRoot)
        r = maxRoot;
    while (r * r > n)
        --r;
    while (r < maxRoot && (r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

static_assert(isqrt(0) == 0 && isqrt(3) == 1 && isqrt(4) == 2);
static_assert(isqrt(0xFFFFFFFFFFFFFFFFull) == 0xFFFFFFFFull);
static_assert(isqrt(0xFFFFFFFE00000001ull) == 0xFFFFFFFFull); // (2^32-1)^2
static_assert(isqrt(0xFFFFFFFE00000000ull) == 0xFFFFFFFEull);

} // namespace conlab
