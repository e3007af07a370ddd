// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Ways to compare the results of primes runs whose completion order differs:
// by number, not by position.
#include "core/primes/primeevents.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace conlab::testing {

// Each number's verdict; a number checked twice keeps its last one.
inline std::map<std::uint64_t, bool> answers(const std::vector<PrimeResult> &results)
{
    std::map<std::uint64_t, bool> out;
    for (const auto &r : results)
        out[r.n] = r.prime;
    return out;
}

inline std::vector<std::uint64_t> sorted(std::vector<std::uint64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

// The numbers that got a result, sorted: with duplicates, so a number
// reported twice shows.
inline std::vector<std::uint64_t> numbersOf(const std::vector<PrimeResult> &results)
{
    std::vector<std::uint64_t> out;
    out.reserve(results.size());
    for (const auto &r : results)
        out.push_back(r.n);
    return sorted(std::move(out));
}

} // namespace conlab::testing
