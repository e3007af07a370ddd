// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "sweep/sweepdata.h"

#include <optional>
#include <vector>

namespace conlab {

// The spread of the runs at one worker count. Quartiles interpolate linearly
// between order statistics (numpy's default, which the book's notebook used).
struct CountStats
{
    int workers = 0;
    int n = 0; // runs at this count
    double median = 0, min = 0, max = 0, q1 = 0, q3 = 0;
};

struct SeriesStats
{
    int series = 0;                 // index into SweepConfig::series
    std::vector<CountStats> counts; // ascending workers; counts with no run are absent
    // The count with the lowest median (the book's dotted line), if any.
    std::optional<CountStats> best() const;
    const CountStats *at(int workers) const;
};

// Statistics of a sorted or unsorted sample; `values` must not be empty.
double median(std::vector<double> values);
double quantile(std::vector<double> values, double q); // q in [0, 1]

std::vector<SeriesStats> sweepStatistics(const SweepData &data);

} // namespace conlab
