// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <vector>

namespace conlab {

// Where each part of a TimelineView goes. The view works it out when its
// size, font, lanes or data change, so that a paint only draws, and so that
// hit tests (the crash tooltips) agree with the screen before the next paint.
struct TimelineLayout
{
    struct LegendEntry
    {
        QColor colour;
        QString text;
        QRectF swatch;
        QPointF textAt;    // baseline origin
        bool line = false; // a line through the swatch, not the filled swatch
    };
    struct Tick
    {
        double x = 0;
        QString label;
        QPointF labelAt; // baseline origin
    };

    // False when the widget is too small for a chart, or has no lanes.
    bool drawable = false;
    int pad = 0;
    QRectF chart;            // the lanes; the raster covers exactly this
    std::int64_t spanNs = 1; // the time the chart's width stands for
    double laneHeight = 0;
    std::vector<QRectF> laneLabels; // one per lane, or none when lanes are too low
    QString totalText;              // the top of the queue-depth axis
    std::vector<LegendEntry> legend;
    std::vector<Tick> ticks;

    double xOf(std::int64_t ns) const
    {
        return chart.left() + chart.width() * static_cast<double>(ns) / static_cast<double>(spanNs);
    }
};

} // namespace conlab
