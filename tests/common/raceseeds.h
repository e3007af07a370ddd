// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Seeds of the racy loop's model clock (--race-seed) for a wanted outcome,
// found at test time: the race model may be refitted, and a seed written
// into a test would then give another outcome.
#include "core/primes/racereport.h"

#include <QThread>

#include <cstdint>
#include <vector>

namespace conlab::testing {

// The first seed from 1 on whose run ends with `outcome`, played on this
// machine's cores as the processes model plays it; 0 if none of the first
// 2000 does.
inline std::uint64_t raceSeedFor(RaceOutcome outcome, const std::vector<std::uint64_t> &numbers, int workers)
{
    for (std::uint64_t seed = 1; seed <= 2000; ++seed)
        if (RaceReport::play(numbers, {workers, QThread::idealThreadCount(), seed}).outcome == outcome)
            return seed;
    return 0;
}

} // namespace conlab::testing
