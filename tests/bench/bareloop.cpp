// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "bareloop.h"

#include <cmath>

namespace conlab::bench {

namespace {

// floor(sqrt(n)). A double has 53 bits, so the guess can be off by a few for
// large n; nudge it until exact. Capped so that (r + 1) * (r + 1) cannot wrap.
std::uint64_t floorSqrt(std::uint64_t n)
{
    constexpr std::uint64_t cap = 0xFFFFFFFFull;
    std::uint64_t r = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    if (r > cap)
        r = cap;
    while (r * r > n)
        --r;
    while (r < cap && (r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

} // namespace

bool bareIsPrime(std::uint64_t n)
{
    if (n < 2)
        return false;
    if (n == 2)
        return true;
    if (n % 2 == 0)
        return false;
    const std::uint64_t root = floorSqrt(n);
    for (std::uint64_t i = 3; i <= root; i += 2)
        if (n % i == 0)
            return false;
    return true;
}

} // namespace conlab::bench
