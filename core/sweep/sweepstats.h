// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <optional>
#include <vector>

namespace conlab {

// The spread of the runs at one worker count. Quartiles interpolate linearly
// between order statistics (numpy's default, which the book's notebook used).
struct CountStats
{
    int workers = 0;
    int n = 0;         // runs at this count that the figures below come from
    int disturbed = 0; // runs at this count left out (SweepRun::disturbed())
    double median = 0, min = 0, max = 0, q1 = 0, q3 = 0;
};

struct SeriesStats
{
    int series = 0; // index into SweepConfig::series
    // Ascending workers; counts with no run (or, by default, only disturbed
    // ones) are absent.
    std::vector<CountStats> counts;
    int disturbedOnly = 0; // counts absent because every run there was disturbed
    // The count with the lowest median (the book's dotted line), if any.
    std::optional<CountStats> best() const;
    const CountStats *at(int workers) const;
};

// Statistics of a sorted or unsorted sample; `values` must not be empty.
double median(std::vector<double> values);
double quantile(std::vector<double> values, double q); // q in [0, 1]

// A run during which the engine lost a worker times the fault (a restart, a
// watchdog's wait of 10 s or more), not the model: by default it is left out
// and only counted.
enum class DisturbedRuns { Exclude, Include };
std::vector<SeriesStats> sweepStatistics(const SweepData &data, DisturbedRuns disturbed = DisturbedRuns::Exclude);

} // namespace conlab
