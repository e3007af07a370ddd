// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// The graphics items a SweepChartBuilder keeps, shared by its two source
// files (building and refreshing; ticks and note placement).
#include "ui/sweep/sweepchartbuilder.h"

#include <QColor>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPointF>
#include <optional>
#include <vector>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace conlab {

class SweepLegend;

// A short text on the plot with a pale backing, so a line or a band under
// it never makes it hard to read.
class ChartNote : public QGraphicsRectItem
{
public:
    explicit ChartNote(QGraphicsItem *parent);
    void setText(const QString &text);
    QString text() const { return text_.text(); }
    void setFont(const QFont &font);
    QSizeF size() const { return rect().size(); }

private:
    void fit();
    QGraphicsSimpleTextItem text_;
};

struct LineItems
{
    int sweep = 0;  // 0 the sweep on screen, 1 the one compared with it
    int series = 0; // index into that sweep's config
    QColor colour;
    QString label;
    QScatterSeries *dots = nullptr;
    QScatterSeries *outliers = nullptr; // hollow: disturbed runs, not in the medians
    QLineSeries *join = nullptr;
    QAreaSeries *band = nullptr;
    QLineSeries *best = nullptr;
    ChartNote *note = nullptr;
    std::optional<QPointF> bestPoint;
};

struct SweepChartBuilder::Items
{
    QValueAxis *x = nullptr;
    QValueAxis *y = nullptr;
    std::vector<LineItems> lines;
    QLineSeries *ideal = nullptr;
    QList<QPointF> idealPoints; // unclipped; the series gets them cut at the axis top
    QScatterSeries *bookDots = nullptr;
    QLineSeries *bookJoin = nullptr;
    QLineSeries *core = nullptr;
    ChartNote *coreNote = nullptr;
    SweepLegend *legend = nullptr;
    int coreAt = 0; // 0: no marker
    int maxWorkers = 1;
    double yMax = 0.0;
};

} // namespace conlab
