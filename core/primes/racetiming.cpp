// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racetiming.h"

#include <algorithm>

namespace conlab {

namespace {

double inverse(const MeasuredLatency &m, double u)
{
    const auto &q = MeasuredLatency::kQuantiles;
    std::size_t i = 1;
    while (i + 1 < q.size() && u > q[i])
        ++i;
    const double lo = q[i - 1];
    const double f = std::clamp((u - lo) / (q[i] - lo), 0.0, 1.0);
    return m.us[i - 1] + f * (m.us[i] - m.us[i - 1]);
}

double uniform(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

} // namespace

double MeasuredLatency::draw(std::mt19937_64 &rng) const
{
    return inverse(*this, uniform(rng));
}

double MeasuredLatency::drawBody(std::mt19937_64 &rng) const
{
    return inverse(*this, uniform(rng) * 0.99);
}

const RaceTiming &RaceTiming::cpython311()
{
    // Quantiles 0, 10, 25, 50, 75, 90, 95, 99 and 100% in microseconds. The
    // steps: 10 runs of 400 numbers (2000 items a latency) and the book's
    // sample, on a loaded 2-core machine (drawn up to their 99th percentile).
    // The CPU work: scheduler traces of 72 runs of 400 numbers, on the same
    // machine (forks and boots from the 60 runs with 2 workers, exits and
    // warm-ups from all), README "The race, exactly".
    static const RaceTiming t{
        {{5.8, 5.9, 6.0, 6.1, 6.3, 9.5, 17.4, 70, 33000}},
        {{5.3, 5.5, 5.6, 5.7, 5.8, 6.4, 9.4, 36.8, 28000}},
        {{5.7, 5.8, 5.9, 6.0, 6.1, 10.7, 21.5, 72, 30000}},
        {{318, 394, 3200, 8400, 11300, 16400, 21600, 24600, 24600}},
        {{4.8, 4.9, 4.9, 5.0, 5.0, 5.1, 5.4, 28, 21000}},
        {{5.2, 5.4, 5.5, 5.8, 6.0, 6.3, 9.5, 80, 42000}},
        33,
        0.5,
        {{6160, 8183, 8984, 9915, 10766, 11630, 12549, 15934, 16358}},
        {{13914, 15350, 17404, 19275, 21296, 23788, 25627, 26341, 26581}},
        {{2803, 3863, 4677, 5636, 6811, 7688, 8149, 9211, 9666}},
        3700,
        1900,
        0.71,
        1500,
        4000,
        0.033,
    };
    return t;
}

} // namespace conlab
