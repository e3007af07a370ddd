#include "widgets/bookmedianschart.h"

#include "theme/palette.h"

#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <iterator>

namespace conlab {

namespace {
// EXPERIMENTS.md, P4: the book's medians in seconds for 1 to 20 processes.
constexpr double kBookMedians[] = {40.81, 22.79, 15.88, 13.21, 12.29, 10.39, 10.80,
                                   11.40, 11.71, 12.51, 11.24, 11.09, 10.81, 10.64,
                                   10.68, 10.58, 10.76, 10.71, 10.81, 10.73};
} // namespace

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

    const auto n = static_cast<int>(std::size(kBookMedians));
    for (int i = 0; i < n; ++i)
        medians_->append(i + 1, kBookMedians[i]);
    const double low = *std::min_element(std::begin(kBookMedians), std::end(kBookMedians));
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
    setChart(chart);
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
    }
    medians_->setMarkerSize(std::max(8, QFontInfo(f).pixelSize()));
    setMinimumHeight(QFontMetrics(f).height() * 16);
}

void BookMediansChart::retranslateUi()
{
    chart()->setTitle(tr("The book's medians, procs.py on 6 cores"));
    x_->setTitleText(tr("worker processes"));
    y_->setTitleText(tr("median time (s)"));
    medians_->setName(tr("median of the runs"));
    lowest_->setName(tr("lowest median (6 processes)"));
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
