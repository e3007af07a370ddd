// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"
#include "core/sweep/sweepstats.h"

#include <QByteArray>

namespace conlab {

// The data behind a sweep chart, in the two forms slides and notebooks want.
// The CLI and the GUI both write through these, so their files are the same.
class SweepExport
{
public:
    // Tidy CSV, one row per run: series,model,gil,workers,repeat,wall_s,pace,
    // numbers_hash,machine,cores,date ('.' decimals whatever the locale).
    static QByteArray tidyCsv(const SweepData &data);
    // The same facts as JSON, plus the per-count statistics of each series.
    static QByteArray json(const SweepData &data, const std::vector<SeriesStats> &stats);
    // "workers median" lines, one per count, like run_procs.sh's output that
    // fed the book's notebook (the first series only).
    static QByteArray medianLines(const std::vector<SeriesStats> &stats, int series = 0);
};

} // namespace conlab
