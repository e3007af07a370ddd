// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab {

// What CPython 3.11 spends in is_prime(n) outside its loop, in tenths of one
// loop iteration. A paced run charges it once per call, so a number that
// stops early costs what it costs in CPython instead of nothing. Measured
// with timeit on 3.11.7 (one iteration is about 30 ns there, whatever n's
// size in 30-bit digits and whatever the divisor):
// - n < 2, 2 and other even n: a call and a comparison or two, 25 to 55 ns;
// - odd n: math.isqrt and the range object too. 145 ns when n fits one
//   30-bit digit (3 and 7, whose range is empty), 230 to 280 ns beyond,
//   where isqrt works on a multi-digit int.
inline constexpr std::uint32_t kCallTenthsEven = 15;
inline constexpr std::uint32_t kCallTenthsOddOneDigit = 50;
inline constexpr std::uint32_t kCallTenthsOddLonger = 80;

constexpr std::uint32_t callCostTenths(std::uint64_t n) noexcept
{
    if (n < 3 || n % 2 == 0)
        return kCallTenthsEven;
    return n < (std::uint64_t{1} << 30) ? kCallTenthsOddOneDigit : kCallTenthsOddLonger;
}

// Burn units for the call at `paceUnits` a loop iteration.
constexpr std::uint64_t callUnits(std::uint64_t n, std::uint32_t paceUnits) noexcept
{
    return (std::uint64_t{paceUnits} * callCostTenths(n) + 5) / 10;
}

} // namespace conlab
