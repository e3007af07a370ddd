// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SweepChartBuilder: the axes' ticks and the notes on the plot, both laid
// out for the current plot area and text size.
#include "ui/sweep/sweepchartbuilder.h"

#include "ui/sweep/sweepchartitems.h"
#include "ui/sweep/sweeptext.h"

#include <QChart>
#include <QFontMetrics>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace conlab {

namespace {

// 1, 2 or 5 times a power of ten, giving at most `maxSteps` steps over `span`.
double niceStep(double span, int maxSteps)
{
    const double raw = span / std::max(1, maxSteps);
    const double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0}) {
        if (raw <= m * p * 1.0000001)
            return m * p;
    }
    return 10.0 * p;
}

// The part of a line below `top`, cut where it crosses it. QtCharts clips a
// series to the plot on screen, in PNG and in PDF, but QSvgGenerator drops
// clipping, so in an SVG the ideal speedup (N, far above the data) ran on
// through the title. A line that ends at the plot's edge needs no clip.
QList<QPointF> belowTop(const QList<QPointF> &points, double top)
{
    QList<QPointF> out;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        const bool inside = p.y() <= top;
        if (i > 0 && inside != (points[i - 1].y() <= top)) {
            const QPointF &a = points[i - 1];
            const double t = (top - a.y()) / (p.y() - a.y());
            out.append(QPointF(a.x() + t * (p.x() - a.x()), top));
        }
        if (inside)
            out.append(p);
    }
    return out;
}

} // namespace

void SweepChartBuilder::updateTicks()
{
    Items &it = *items_;
    // As many labelled ticks as fit at this text size: crowded QtCharts
    // labels are elided, which reads as "..." on a wall.
    const QFontMetrics fm(font_);
    const QRectF plot = chart_->plotArea();
    const int ySteps = plot.height() > 0 ? std::clamp(int(plot.height() / (fm.height() * 1.8)), 2, 8) : 6;
    const double span = it.yMax > 0.0 ? it.yMax * 1.06 : 1.0;
    const double step = niceStep(span, ySteps);
    const double top = std::ceil(span / step - 1e-9) * step;
    // A hair over the last tick, so rounding never drops its label.
    it.y->setRange(0.0, top + step * 1e-6);
    it.y->setTickAnchor(0.0);
    it.y->setTickInterval(step);
    const int decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    it.y->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));

    const int xLabels = plot.width() > 0 ? std::max(2, int(plot.width() / fm.horizontalAdvance(QStringLiteral("0000"))))
                                         : 20;
    const double xStep = it.maxWorkers <= xLabels ? 1.0 : std::max(1.0, niceStep(it.maxWorkers, xLabels));
    it.x->setTickAnchor(xStep > 1.0 ? 0.0 : 1.0);
    it.x->setTickInterval(xStep);

    if (it.ideal)
        it.ideal->replace(belowTop(it.idealPoints, top));
    if (it.core) {
        if (it.coreAt > 0)
            it.core->replace({QPointF(it.coreAt, 0.0), QPointF(it.coreAt, top)});
        else
            it.core->clear();
    }
}

void SweepChartBuilder::layoutNotes()
{
    Items &it = *items_;
    const QRectF plot = chart_->plotArea();
    const double xMin = it.x->min(), xMax = it.x->max(), yMin = it.y->min(), yMax = it.y->max();
    if (plot.isEmpty() || xMax <= xMin || yMax <= yMin) {
        it.coreNote->hide();
        return;
    }
    const auto px = [&](double x) { return plot.left() + (x - xMin) / (xMax - xMin) * plot.width(); };
    const auto py = [&](double y) { return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height(); };
    const qreal gap = std::max<qreal>(3.0, QFontMetrics(font_).height() * 0.15);
    const bool time = options_.mode == SweepChartOptions::Mode::Time;

    // The core count sits where the data is not: times are low there, so at
    // the top; speedups are high there, so at the bottom.
    it.coreNote->setVisible(it.coreAt > 0);
    if (it.coreAt > 0) {
        it.coreNote->setText(SweepText::cores(it.coreAt));
        const QSizeF s = it.coreNote->size();
        qreal x = px(it.coreAt) + gap;
        if (x + s.width() > plot.right())
            x = px(it.coreAt) - gap - s.width();
        it.coreNote->setPos(x, time ? plot.top() + gap : plot.bottom() - gap - s.height());
    }

    // The lowest-median notes sit next to their dotted line, where they hide
    // the fewest points: each tries the right end, the left end and the
    // middle, on the side of the line where no median can be first (below a
    // lowest time, above a best speedup), and takes the place that covers
    // the fewest points and no other note.
    std::vector<QPointF> dots;
    const auto collect = [&](const QXYSeries *series) {
        const QList<QPointF> points = series->points();
        for (const QPointF &p : points)
            dots.push_back(QPointF(px(p.x()), py(p.y())));
    };
    qreal radius = 4.0;
    for (const LineItems &line : it.lines) {
        collect(line.dots);
        radius = std::max(radius, line.dots->markerSize() / 2 + 2);
    }
    if (it.bookDots)
        collect(it.bookDots);
    std::vector<QRectF> taken;
    if (it.coreNote->isVisible())
        taken.push_back(QRectF(it.coreNote->pos(), it.coreNote->size()));

    std::vector<LineItems *> noted;
    for (LineItems &line : it.lines) {
        if (line.bestPoint && line.note->isVisible())
            noted.push_back(&line);
    }
    for (LineItems *line : noted) {
        const QSizeF s = line->note->size();
        const qreal y = py(line->bestPoint->y());
        const qreal beside[2] = {time ? y + gap : y - gap - s.height(), time ? y - gap - s.height() : y + gap};
        const qreal along[3] = {plot.right() - gap - s.width(), plot.left() + gap, plot.center().x() - s.width() / 2};
        QRectF best;
        int bestScore = std::numeric_limits<int>::max();
        int preference = 0;
        for (qreal x : along) {
            for (qreal top : beside) {
                const QRectF r(QPointF(std::max(x, plot.left()),
                                       std::max(plot.top(), std::min(top, plot.bottom() - s.height()))),
                               s);
                int score = preference++;
                const QRectF hit = r.adjusted(-radius, -radius, radius, radius);
                for (const QPointF &d : dots)
                    score += hit.contains(d) ? 50 : 0;
                for (const QRectF &t : taken)
                    score += r.intersects(t) ? 1000 : 0;
                if (score < bestScore) {
                    bestScore = score;
                    best = r;
                }
            }
        }
        line->note->setPos(best.topLeft());
        taken.push_back(best);
    }
}

} // namespace conlab
