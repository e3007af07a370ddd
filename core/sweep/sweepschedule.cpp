// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepschedule.h"

#include <algorithm>
#include <numeric>

namespace conlab {

std::vector<SweepPoint> sweepSchedule(const SweepConfig &config, const std::vector<SweepRun> &done)
{
    const int seriesCount = static_cast<int>(config.series.size());
    const int maxWorkers = std::clamp(config.maxWorkers, 0, SweepConfig::kMaxWorkers);
    const int runs = std::clamp(config.runs, 0, SweepConfig::kMaxRuns);
    if (seriesCount == 0 || maxWorkers == 0 || runs == 0)
        return {};

    // One flag per point; points outside the configuration are ignored.
    const auto index = [&](int series, int workers, int repeat) {
        return (std::size_t(series) * std::size_t(maxWorkers) + std::size_t(workers - 1)) * std::size_t(runs)
            + std::size_t(repeat - 1);
    };
    std::vector<bool> isDone(std::size_t(seriesCount) * std::size_t(maxWorkers) * std::size_t(runs));
    for (const SweepRun &r : done)
        if (r.series >= 0 && r.series < seriesCount && r.workers >= 1 && r.workers <= maxWorkers && r.repeat >= 1
            && r.repeat <= runs)
            isDone[index(r.series, r.workers, r.repeat)] = true;

    std::vector<SweepPoint> out;
    out.reserve(isDone.size());
    std::vector<int> counts(std::size_t(maxWorkers), 0);
    int previous = 0;
    for (int repeat = 1; repeat <= runs; ++repeat) {
        std::iota(counts.begin(), counts.end(), 1);
        if (repeat % 2 == 0)
            std::reverse(counts.begin(), counts.end());
        // Where the direction turns, the last count of one round would open
        // the next; starting with its neighbour instead keeps one count's
        // runs apart in time, which is the point of interleaving.
        if (counts.size() > 1 && counts.front() == previous)
            std::swap(counts[0], counts[1]);
        previous = counts.back();
        for (int workers : counts)
            for (int series = 0; series < seriesCount; ++series)
                if (!config.series[std::size_t(series)].isCelery() && !isDone[index(series, workers, repeat)])
                    out.push_back({series, workers, repeat});
    }
    for (int series = 0; series < seriesCount; ++series)
        if (config.series[std::size_t(series)].isCelery())
            for (int workers = 1; workers <= maxWorkers; ++workers)
                for (int repeat = 1; repeat <= runs; ++repeat)
                    if (!isDone[index(series, workers, repeat)])
                        out.push_back({series, workers, repeat});
    return out;
}

} // namespace conlab
