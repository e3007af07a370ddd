// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"
#include "ui/sweep/sweepchartexport.h"

#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <memory>
#include <optional>
#include <vector>

class QChart;

namespace conlab {

// Fills a QChart with a sweep, as Figure 19-2 draws it: the median of each
// worker count as a point, joined by a thin line, the spread of the runs as
// a band, a dotted line at the lowest median, a marker at this machine's
// core count, and optionally the ideal curve and the book's medians. The
// page's chart and the headless export both draw through it, so a slide
// looks like the screen.
//
// Live runs land through addRuns(): the series keep their objects and only
// their points are replaced, so a 240-run sweep refreshes without rebuilding
// the chart (no flicker, no stall). The series themselves are rebuilt only
// when what is shown changes (options, series, a second sweep).
class SweepChartBuilder : public QObject
{
    Q_OBJECT
public:
    explicit SweepChartBuilder(QChart *chart);
    ~SweepChartBuilder() override;

    void setOptions(const SweepChartOptions &options);
    const SweepChartOptions &options() const { return options_; }
    // A sweep to draw and, to compare, a second one; their lines then carry
    // their dates. nullopt clears.
    void setSweeps(std::optional<SweepData> primary, std::optional<SweepData> compare = std::nullopt);
    void addRuns(const std::vector<SweepRun> &runs); // to the primary sweep
    const std::optional<SweepData> &primary() const { return primary_; }
    const std::optional<SweepData> &compare() const { return compare_; }

    // The chart's text follows this font (the widget's, so zoom reaches it;
    // or one sized for the slide when exporting).
    void setFont(const QFont &font);
    // The width the title may take: a caption wider than that goes onto more
    // lines, since QtCharts would cut it to "…" (the date, which tells two
    // sweeps apart, comes last). 0: one line, as in the exports.
    void setTitleWidth(int pixels);
    void retranslate();

    // What is drawn, for tests and the page's status line.
    QList<QPointF> medianPoints(int sweep, int series) const;
    QString bestText(int sweep, int series) const;
    QString coreText() const;

private:
    struct Items;
    void refresh();
    void rebuild();
    void updateAxes(double yMax, int maxWorkers);
    void updateTicks();
    void layoutNotes();
    QString structureKey() const;

    QChart *chart_ = nullptr;
    SweepChartOptions options_;
    std::optional<SweepData> primary_;
    std::optional<SweepData> compare_;
    void applyTitle();

    QFont font_;
    int titleWidth_ = 0;
    QString key_;
    std::unique_ptr<Items> items_;
};

} // namespace conlab
