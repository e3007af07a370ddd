// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepstats.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace conlab {

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    // numpy's 'linear' method: the rank (n - 1) * q, between two order
    // statistics when it is not whole.
    const double rank = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    const double frac = rank - double(lo);
    return values[lo] + frac * (values[hi] - values[lo]);
}

double median(std::vector<double> values)
{
    return quantile(std::move(values), 0.5);
}

std::optional<CountStats> SeriesStats::best() const
{
    // The first (fewest workers) of equal medians: more workers for the same
    // time is no better.
    const auto it = std::min_element(counts.begin(), counts.end(),
                                     [](const CountStats &a, const CountStats &b) { return a.median < b.median; });
    if (it == counts.end())
        return std::nullopt;
    return *it;
}

const CountStats *SeriesStats::at(int workers) const
{
    const auto it = std::lower_bound(counts.begin(), counts.end(), workers,
                                     [](const CountStats &c, int w) { return c.workers < w; });
    return it != counts.end() && it->workers == workers ? &*it : nullptr;
}

std::vector<SeriesStats> sweepStatistics(const SweepData &data, DisturbedRuns disturbed)
{
    const int seriesCount = static_cast<int>(data.config.series.size());
    std::vector<std::map<int, std::vector<double>>> walls(std::size_t(std::max(seriesCount, 0)));
    std::vector<std::map<int, int>> leftOut(walls.size());
    for (const SweepRun &r : data.runs) {
        if (r.series < 0 || r.series >= seriesCount)
            continue;
        if (r.disturbed() && disturbed == DisturbedRuns::Exclude)
            ++leftOut[std::size_t(r.series)][r.workers];
        else
            walls[std::size_t(r.series)][r.workers].push_back(r.wall);
    }

    std::vector<SeriesStats> out;
    out.reserve(walls.size());
    for (int s = 0; s < seriesCount; ++s) {
        SeriesStats ss;
        ss.series = s;
        for (auto &[workers, values] : walls[std::size_t(s)]) {
            std::sort(values.begin(), values.end());
            CountStats c;
            c.workers = workers;
            c.n = static_cast<int>(values.size());
            c.min = values.front();
            c.max = values.back();
            c.median = quantile(values, 0.5);
            c.q1 = quantile(values, 0.25);
            c.q3 = quantile(values, 0.75);
            c.disturbed = leftOut[std::size_t(s)][workers];
            ss.counts.push_back(c);
        }
        for (const auto &[workers, n] : leftOut[std::size_t(s)])
            if (!walls[std::size_t(s)].count(workers))
                ++ss.disturbedOnly;
        out.push_back(std::move(ss));
    }
    return out;
}

} // namespace conlab
