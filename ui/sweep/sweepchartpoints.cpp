// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchartpoints.h"

#include "core/sweep/bookmedians.h"
#include "core/sweep/sweepstats.h"

#include <algorithm>

namespace conlab {

namespace {
// Values on the chart: seconds as measured, or how many times faster than
// the series' own 1-worker median. Zero means "not drawable".
double toUnit(double seconds, double base, SweepChartOptions::Mode mode)
{
    if (mode == SweepChartOptions::Mode::Time)
        return seconds;
    return seconds > 0.0 && base > 0.0 ? base / seconds : 0.0;
}

double maxY(const QList<QPointF> &points)
{
    double m = 0.0;
    for (const QPointF &p : points)
        m = std::max(m, p.y());
    return m;
}
} // namespace

SweepChartPoints SweepChartPoints::compute(const SweepData &data, const SweepChartOptions &options)
{
    using Mode = SweepChartOptions::Mode;
    using Band = SweepChartOptions::Band;
    SweepChartPoints out;
    out.maxWorkers = std::max(1, data.config.maxWorkers);
    const std::vector<SeriesStats> stats = sweepStatistics(data);
    out.lines.resize(data.config.series.size());
    for (std::size_t i = 0; i < out.lines.size(); ++i)
        out.lines[i].series = static_cast<int>(i);

    double firstBase = 0.0; // the first series' 1-worker median, for ideal and book
    for (const SeriesStats &s : stats) {
        if (s.series < 0 || s.series >= static_cast<int>(out.lines.size()))
            continue;
        SweepLinePoints &line = out.lines[static_cast<std::size_t>(s.series)];
        const CountStats *one = s.at(1);
        const double base = one ? one->median : 0.0;
        if (s.series == 0)
            firstBase = base;
        for (const CountStats &c : s.counts) {
            const double m = toUnit(c.median, base, options.mode);
            if (m <= 0.0 && options.mode == Mode::Speedup)
                continue; // no 1-worker time yet: nothing to divide
            line.medians.append(QPointF(c.workers, m));
            if (options.band == Band::None)
                continue;
            const double lo = options.band == Band::MinMax ? c.min : c.q1;
            const double hi = options.band == Band::MinMax ? c.max : c.q3;
            // A faster run is a larger speedup: the edges swap.
            const double a = toUnit(options.mode == Mode::Time ? lo : hi, base, options.mode);
            const double b = toUnit(options.mode == Mode::Time ? hi : lo, base, options.mode);
            line.low.append(QPointF(c.workers, a));
            line.high.append(QPointF(c.workers, b));
        }
        if (const std::optional<CountStats> best = s.best()) {
            const double v = toUnit(best->median, base, options.mode);
            if (v > 0.0)
                line.best = QPointF(best->workers, v);
        }
        for (const SweepRun &r : data.runs) {
            if (r.series != s.series || !r.disturbed())
                continue;
            if (const double v = toUnit(r.wall, base, options.mode); v > 0.0)
                line.outliers.append(QPointF(r.workers, v));
        }
        // The axis reaches the outliers too: a stall of 10 s on a chart of
        // 1 s medians squeezes the lines, but shows why.
        out.yMax = std::max({out.yMax, maxY(line.medians), maxY(line.high), maxY(line.outliers)});
    }

    if (options.ideal && (options.mode == Mode::Speedup || firstBase > 0.0)) {
        for (int n = 1; n <= out.maxWorkers; ++n)
            out.ideal.append(QPointF(n, options.mode == Mode::Time ? firstBase / n : double(n)));
        // The ideal speedup climbs to N; past the data it only says "far
        // above", so it may leave the top of the plot.
        const double idealMax = maxY(out.ideal);
        out.yMax = std::max(out.yMax,
                            options.mode == Mode::Time ? idealMax : std::min(idealMax, std::max(out.yMax * 1.25, 2.0)));
    }
    if (options.bookOverlay && (options.mode == Mode::Speedup || firstBase > 0.0)) {
        const double bookOne = kBookSweepMedians.front();
        const int last = std::min<int>(out.maxWorkers, static_cast<int>(kBookSweepMedians.size()));
        for (int n = 1; n <= last; ++n) {
            const double b = bookSweepMedian(n);
            out.book.append(QPointF(n, options.mode == Mode::Time ? b * firstBase / bookOne : bookOne / b));
        }
        out.yMax = std::max(out.yMax, maxY(out.book));
    }
    return out;
}

} // namespace conlab
