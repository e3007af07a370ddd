// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/bookmedianschart.h"

#include "core/sweep/bookmedians.h"
#include "ui/theme/palette.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace conlab {

BookMediansChart::BookMediansChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setBackgroundBrush(theme::background);
    chart->legend()->setAlignment(Qt::AlignBottom);
    medians_ = new QScatterSeries(chart);
    medians_->setColor(theme::okabeIto::blue);
    medians_->setBorderColor(theme::okabeIto::blue);
    lowest_ = new QLineSeries(chart);
    QPen dotted(theme::referenceLine);
    dotted.setWidthF(theme::kReferenceLineWidth);
    dotted.setStyle(Qt::DotLine);
    lowest_->setPen(dotted);

    const auto n = static_cast<int>(kBookSweepMedians.size());
    for (int i = 0; i < n; ++i)
        medians_->append(i + 1, kBookSweepMedians[static_cast<std::size_t>(i)]);
    const double low = *std::min_element(kBookSweepMedians.begin(), kBookSweepMedians.end());
    lowest_->append(0.5, low);
    lowest_->append(n + 0.5, low);

    chart->addSeries(lowest_);
    chart->addSeries(medians_);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setRange(0.5, n + 0.5);
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(1);
    x_->setTickInterval(1);
    x_->setLabelFormat(QStringLiteral("%d"));
    y_->setRange(0, 45);
    y_->setTickType(QValueAxis::TicksDynamic);
    y_->setTickAnchor(0);
    y_->setTickInterval(5);
    y_->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(lowest_), static_cast<QAbstractSeries *>(medians_)}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    // QChartView(parent) made a chart of its own; setChart() lets go of it
    // without deleting it.
    QChart *const unused = this->chart();
    setChart(chart);
    delete unused;
    setRenderHint(QPainter::Antialiasing);
    applyFonts();
    retranslateUi();
}

void BookMediansChart::applyFonts()
{
    const QFont f = font();
    chart()->setTitleFont(f);
    chart()->legend()->setFont(f);
    for (QValueAxis *axis : {x_, y_}) {
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
        // Never "…": QtCharts truncates a label it thinks too wide, and
        // thinks so with the widths of the font before a zoom.
        axis->setTruncateLabels(false);
    }
    medians_->setMarkerSize(std::max(8, QFontInfo(f).pixelSize()));
    setMinimumHeight(QFontMetrics(f).height() * 16);
}

void BookMediansChart::retranslateUi()
{
    chart()->setTitle(tr("The book's medians, procs.py on 6 cores"));
    x_->setTitleText(tr("worker processes"));
    y_->setTitleText(tr("median (s)")); // short: at 768 lines the axis is not tall
    medians_->setName(tr("median of the runs"));
    lowest_->setName(tr("lowest median (6 processes)"));
    // The figure in words, for a screen reader: its ends and its lowest point.
    a11y::setName(this, chart()->title());
    const auto &m = kBookSweepMedians;
    const auto low = std::min_element(m.begin(), m.end());
    const QLocale locale;
    //: Screen reader: the book's chart; %1 the lowest median in s, %2 the process count
    //: it was at, %3 the median with 1 process, %4 the highest count, %5 the median there
    a11y::setDescription(this,
                         tr("lowest median %1 s with %2 processes; %3 s with 1 process, %5 s with %4")
                             .arg(locale.toString(*low, 'f', 1), locale.toString(static_cast<int>(low - m.begin()) + 1),
                                  locale.toString(m.front(), 'f', 1), locale.toString(static_cast<int>(m.size())),
                                  locale.toString(m.back(), 'f', 1)));
}

void BookMediansChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // A label for every count where two-digit labels fit side by side with
    // room to spare, else every second or fifth: "1011121314" reads as one
    // number.
    const double perCount = chart()->plotArea().width() / x_->max();
    const double label = QFontMetrics(font()).horizontalAdvance(QStringLiteral("20 "));
    x_->setTickAnchor(0); // 2, 4, 6 or 5, 10, 15: the counts a reader expects
    x_->setTickInterval(perCount >= label ? 1 : perCount * 2 >= label ? 2 : 5);
}

void BookMediansChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

} // namespace conlab
