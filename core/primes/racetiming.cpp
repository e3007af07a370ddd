// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racetiming.h"

#include <algorithm>

namespace conlab {

double MeasuredLatency::draw(std::mt19937_64 &rng) const
{
    const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;
    std::size_t i = 1;
    while (i + 1 < kQuantiles.size() && u > kQuantiles[i])
        ++i;
    const double lo = kQuantiles[i - 1];
    const double f = std::clamp((u - lo) / (kQuantiles[i] - lo), 0.0, 1.0);
    return us[i - 1] + f * (us[i] - us[i - 1]);
}

const RaceTiming &RaceTiming::cpython311()
{
    // Quantiles 0, 10, 25, 50, 75, 90, 95, 99 and 100% in microseconds, from
    // 10 runs of 400 numbers (2000 items a latency) and the book's sample, on
    // a loaded 2-core machine. The maxima are kept: the rare preemption of a
    // process, milliseconds long, is what makes the parent fall behind.
    static const RaceTiming t{
        {{17000, 20000, 36000, 54000, 67000, 73000, 77000, 77000, 80000}},
        {{59000, 69000, 98000, 118000, 130000, 148000, 149000, 187000, 190000}},
        {{5.8, 5.9, 6.0, 6.1, 6.3, 9.5, 17.4, 70, 33000}},
        {{5.3, 5.5, 5.6, 5.7, 5.8, 6.4, 9.4, 36.8, 28000}},
        {{5.7, 5.8, 5.9, 6.0, 6.1, 10.7, 21.5, 72, 30000}},
        {{318, 394, 3200, 8400, 11300, 16400, 21600, 24600, 24600}},
        {{4.8, 4.9, 4.9, 5.0, 5.0, 5.1, 5.4, 28, 21000}},
        {{5.2, 5.4, 5.5, 5.8, 6.0, 6.3, 9.5, 80, 42000}},
        0.06,
        33,
        0.5,
    };
    return t;
}

} // namespace conlab
