// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/raceodds.h"

#include <algorithm>

namespace conlab {

RaceOdds RaceOdds::over(const std::vector<std::uint64_t> &numbers, int workers, int cores, std::uint64_t firstSeed,
                        int seeds, const RaceTiming &timing)
{
    RaceOdds odds;
    for (int k = 0; k < seeds; ++k) {
        const RaceVerdict v = RaceReport::play(numbers, {workers, cores, firstSeed + static_cast<std::uint64_t>(k)},
                                               timing);
        ++odds.runs;
        ++odds.outcomes[static_cast<std::size_t>(v.outcome)];
        if (v.outcome == RaceOutcome::Lost)
            odds.lostCounts.push_back(v.lost.size());
    }
    std::sort(odds.lostCounts.begin(), odds.lostCounts.end());
    return odds;
}

} // namespace conlab
