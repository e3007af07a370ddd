// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"
#include "ui/sweep/sweepchartexport.h"

#include <QList>
#include <QPointF>
#include <optional>
#include <vector>

namespace conlab {

// The numbers behind one sweep's lines, in the chart's unit: seconds in time
// mode, T(1)/T(N) in speedup mode. Plain values, so the chart, the headless
// export and the tests read the same points.
struct SweepLinePoints
{
    int series = 0;         // index into the sweep's config
    QList<QPointF> medians; // (workers, value)
    QList<QPointF> low;     // the band's edges, empty with Band::None
    QList<QPointF> high;
    std::optional<QPointF> best; // the lowest median, or in speedup mode its speedup
    // Runs that lost a worker (SweepRun::disturbed()): left out of the
    // medians, drawn apart so that nothing measured is hidden.
    QList<QPointF> outliers;
};

struct SweepChartPoints
{
    std::vector<SweepLinePoints> lines; // one per series of the config, in its order
    QList<QPointF> ideal;               // T(1)/N of the first series, or N
    QList<QPointF> book;                // the book's medians, scaled to this sweep
    int maxWorkers = 1;                 // the sweep's widest count
    double yMax = 0.0;                  // the largest value drawn

    static SweepChartPoints compute(const SweepData &data, const SweepChartOptions &options);
};

} // namespace conlab
