// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Internal to core/sweep: what a run should cost, before and while a sweep runs.
#include "core/sweep/sweepschedule.h"

#include <vector>

namespace conlab {

// A rough model of one run's wall time from the work in the numbers, the
// pace's cost per division and the cores: good to a factor of about two,
// enough to say "about 3 minutes" before the first run.
class SweepCostModel
{
public:
    explicit SweepCostModel(const SweepConfig &config);
    double runSeconds(const SweepSeries &series, int workers) const;

private:
    double totalNs_ = 0;      // all numbers, one after another
    double largestNs_ = 0;    // the one number no worker count can split
    double cpythonScale_ = 1; // CPython's cost per division over the pace's
    int cores_ = 1;
};

// The time left, from what each (series, count) took so far; counts not yet
// measured use the cost model scaled by how far off it was on the measured
// ones. Cost per update: one pass over series x counts, no allocation.
class SweepEta
{
public:
    SweepEta(const SweepConfig &config, const std::vector<SweepPoint> &schedule, const std::vector<SweepRun> &done);
    void record(const SweepRun &run);
    // `overheadPerRun`: the sweep's own seconds between runs, measured.
    double secondsLeft(double overheadPerRun) const;

private:
    struct Cell
    {
        int left = 0;        // runs still to do
        int measured = 0;    // runs seen
        double wall = 0;     // their total
        double estimate = 0; // the model's seconds for one run
    };
    Cell &cell(int series, int workers);
    std::vector<Cell> cells_;
    int maxWorkers_ = 1;
    double measuredWall_ = 0, measuredEstimate_ = 0;
};

} // namespace conlab
