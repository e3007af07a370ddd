// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/racereport.h"

#include <array>
#include <cstdint>
#include <vector>

namespace conlab {

// How often the racy loop ends each way over many seeds: the model's odds, to
// set beside CPython's counts of the same runs (README, "The race, exactly").
struct RaceOdds
{
    int runs = 0;
    std::array<int, 3> outcomes{};       // runs per RaceOutcome
    std::vector<std::size_t> lostCounts; // results lost, one per lost run, ascending

    int count(RaceOutcome o) const { return outcomes[static_cast<std::size_t>(o)]; }
    double share(RaceOutcome o) const { return runs > 0 ? static_cast<double>(count(o)) / runs : 0; }

    // Seeds firstSeed, firstSeed + 1, ... for `seeds` runs.
    static RaceOdds over(const std::vector<std::uint64_t> &numbers, int workers, int cores, std::uint64_t firstSeed,
                         int seeds, const RaceTiming &timing = RaceTiming::cpython311());
};

} // namespace conlab
