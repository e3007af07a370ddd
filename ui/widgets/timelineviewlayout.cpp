// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineView::relayout(): where everything goes, worked out when something
// it depends on changes, never during a paint.
#include "ui/widgets/timelineview.h"

#include "ui/theme/palette.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {

// 1, 2 or 5 times a power of ten: tick steps a reader can add up at a glance.
double niceStep(double span, int maxTicks)
{
    if (span <= 0 || maxTicks < 1)
        return 1;
    const double raw = span / maxTicks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * mag >= raw)
            return m * mag;
    }
    return 10 * mag;
}

} // namespace

void TimelineView::relayout()
{
    TimelineLayout l;
    const QFontMetrics fm = fontMetrics();
    l.pad = fm.height() / 2;
    const int pad = l.pad;
    l.spanNs = spanNs();
    l.totalText = QLocale().toString(static_cast<qint64>(total_));

    int labelWidth = fm.horizontalAdvance(tr("queue depth"));
    for (const Lane &lane : lanes_)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(lane.name));
    // The legend's row above the chart, the axis's two below it.
    const int top = legendShown_ ? fm.height() * 2 + pad : pad;
    l.chart = QRectF(labelWidth + 2 * pad, top, width() - labelWidth - 4 * pad - fm.horizontalAdvance(l.totalText),
                     height() - top - fm.height() * 2);
    l.drawable = l.chart.width() >= 10 && l.chart.height() >= 10 && !lanes_.empty();
    if (!l.drawable) {
        layout_ = std::move(l);
        update();
        return;
    }
    const QRectF &chart = l.chart;

    // Legend, one row above the chart.
    double lx = chart.left();
    const auto legend = [&](const QColor &c, const QString &text, bool line) {
        TimelineLayout::LegendEntry e{c,
                                      text,
                                      QRectF(lx, pad + fm.height() * 0.2, fm.height() * 0.9, fm.height() * 0.6),
                                      {},
                                      line};
        lx += e.swatch.width() + pad / 2;
        e.textAt = QPointF(lx, pad + fm.ascent());
        lx += fm.horizontalAdvance(text) + 2 * pad;
        l.legend.push_back(std::move(e));
    };
    if (legendShown_) {
        legend(theme::prime, tr("prime"), false);
        legend(theme::notPrime, tr("not prime"), false);
        if (!holds_.empty())
            legend(theme::timelineGil, tr("GIL held"), false);
        legend(theme::timelineQueueDepth, tr("queue depth"), true);
        if (!crashes_.empty())
            legend(theme::timelineCrash, tr("worker crashed"), false);
    }

    l.laneHeight = chart.height() / static_cast<double>(lanes_.size());
    if (l.laneHeight >= fm.height() * 0.8) {
        const double gap = std::min(4.0, l.laneHeight * 0.1);
        for (std::size_t k = 0; k < lanes_.size(); ++k)
            l.laneLabels.emplace_back(pad, chart.top() + l.laneHeight * static_cast<double>(k), labelWidth + pad,
                                      l.laneHeight - gap);
    }

    // Time axis, in seconds since the run's start.
    const double spanS = static_cast<double>(l.spanNs) / 1e9;
    const double step = niceStep(spanS,
                                 std::max(2, static_cast<int>(chart.width() / (fm.horizontalAdvance(u'0') * 10))));
    for (double t = 0; t <= spanS * 1.0001; t += step) {
        const double x = chart.left() + chart.width() * t / spanS;
        //: %1 a time on the timeline's axis, in seconds
        QString label = tr("%1 s").arg(t, 0, 'g', 4);
        const double w = fm.horizontalAdvance(label);
        const QPointF at(std::clamp(x - w / 2, 0.0, width() - w), chart.bottom() + pad + fm.ascent());
        l.ticks.push_back({x, std::move(label), at});
    }

    layout_ = std::move(l);
    update();
}

} // namespace conlab
