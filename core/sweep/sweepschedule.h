// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <vector>

namespace conlab {

// One run still to do.
struct SweepPoint
{
    int series = 0;
    int workers = 1;
    int repeat = 1;
    bool operator==(const SweepPoint &) const = default;
};

// The order a sweep runs in. Interleaved, so drift on the machine (a warming
// CPU, a backup starting) spreads over every count instead of landing on one:
// round r runs every count once, every series at each count, and alternate
// rounds go up and down the counts. Points already in `done` are left out,
// which is how a resumed sweep skips what is finished.
// A Celery series is the exception: its worker node is started once per
// count, so its points come count by count, every repeat of a count in a
// row, after the interleaved rounds of the other series.
std::vector<SweepPoint> sweepSchedule(const SweepConfig &config, const std::vector<SweepRun> &done = {});

} // namespace conlab
