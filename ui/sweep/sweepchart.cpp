// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchart.h"

#include "ui/sweep/sweepchartbuilder.h"

#include <QEvent>
#include <QResizeEvent>

namespace conlab {

SweepChart::SweepChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    // QChartView(parent) made a chart of its own; setChart() lets go of it
    // without deleting it.
    QChart *const unused = this->chart();
    setChart(chart);
    delete unused;
    builder_ = new SweepChartBuilder(chart);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    fitToFont();
}

void SweepChart::fitToFont()
{
    // QChart keeps fonts of its own; the widget's font carries the zoom.
    builder_->setFont(font());
    // Room for the axes, the legend and a few labelled ticks at any zoom.
    setMinimumHeight(QFontMetrics(font()).height() * 14);
}

void SweepChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fitToFont();
    else if (event->type() == QEvent::LanguageChange)
        builder_->retranslate();
    QChartView::changeEvent(event);
}

void SweepChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The chart's own margins and a little air on either side of the title.
    const QMargins m = chart()->margins();
    builder_->setTitleWidth(
        std::max(1, event->size().width() - m.left() - m.right() - 2 * fontMetrics().averageCharWidth()));
}

} // namespace conlab
