#include "widgets/framegapchart.h"

#include "theme/palette.h"

#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {
constexpr double kReferenceMs = 100.0; // spin() waits .1 s between frames
constexpr int kInitialFrames = 30;
constexpr double kInitialMaxMs = 300.0;
} // namespace

FrameGapChart::FrameGapChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundBrush(theme::background);
    chart->setMargins(QMargins(4, 4, 4, 4));

    gaps_ = new QLineSeries(chart);
    QPen pen(theme::frameGapLine);
    pen.setWidthF(theme::kLineWidth);
    gaps_->setPen(pen);
    dots_ = new QScatterSeries(chart);
    dots_->setColor(theme::frameGapLine);
    dots_->setBorderColor(theme::frameGapLine);
    dots_->setMarkerSize(8);
    reference_ = new QLineSeries(chart);
    QPen ref(theme::referenceLine);
    ref.setWidthF(theme::kReferenceLineWidth);
    ref.setStyle(Qt::DashLine);
    reference_->setPen(ref);

    chart->addSeries(reference_);
    chart->addSeries(gaps_);
    chart->addSeries(dots_);
    x_ = new QValueAxis(chart);
    y_ = new QValueAxis(chart);
    x_->setLabelFormat(QStringLiteral("%d"));
    // Round tick steps (10, 20, 50 frames; 50, 100, 500 ms) read at a glance.
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(0);
    y_->setTickType(QValueAxis::TicksDynamic);
    y_->setTickAnchor(0);
    y_->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(reference_),
                               static_cast<QAbstractSeries *>(gaps_),
                               static_cast<QAbstractSeries *>(dots_)}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    // The scatter only marks the points; one legend entry per meaning.
    chart->legend()->markers(dots_).constFirst()->setVisible(false);
    // QChartView(parent) made a chart of its own; setChart() lets go of it
    // without deleting it.
    QChart *const unused = this->chart();
    setChart(chart);
    delete unused;
    setRenderHint(QPainter::Antialiasing);
    clear();
    applyFonts();
    retranslateUi();
}

void FrameGapChart::clear()
{
    gaps_->clear();
    dots_->clear();
    x_->setRange(0, kInitialFrames);
    y_->setRange(0, kInitialMaxMs);
    reference_->replace({QPointF(0, kReferenceMs), QPointF(kInitialFrames, kReferenceMs)});
    updateTicks();
}

void FrameGapChart::addGap(int frameIndex, double gapMs)
{
    gaps_->append(frameIndex, gapMs);
    dots_->append(frameIndex, gapMs);
    extendAxes(frameIndex, gapMs);
}

int FrameGapChart::pointCount() const
{
    return static_cast<int>(gaps_->count());
}

namespace {
// 1, 2, 5 times a power of ten, giving at most about six steps over `span`.
double niceStep(double span, int maxSteps)
{
    const double raw = span / std::max(1, maxSteps);
    const double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * p)
            return m * p;
    }
    return 10.0 * p;
}
} // namespace

void FrameGapChart::updateTicks()
{
    // As many labelled ticks as fit at the current text size: QtCharts
    // elides labels that crowd each other, which reads as "..." on a wall.
    const QFontMetrics fm(font());
    const QRectF plot = chart()->plotArea();
    const int ySteps = plot.height() > 0 ? static_cast<int>(plot.height() / (fm.height() * 1.6)) : 6;
    const int xSteps = plot.width() > 0 ? static_cast<int>(plot.width() / (fm.horizontalAdvance(u'0') * 6)) : 6;
    x_->setTickInterval(std::max(1.0, niceStep(x_->max(), std::min(xSteps, 8))));
    y_->setTickInterval(niceStep(y_->max(), std::min(ySteps, 6)));
}

void FrameGapChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTicks();
}

void FrameGapChart::extendAxes(int frameIndex, double gapMs)
{
    if (frameIndex + 1 > x_->max()) {
        const double max = std::max<double>(frameIndex + 1, x_->max() * 1.5);
        x_->setMax(max);
        reference_->replace({QPointF(0, kReferenceMs), QPointF(max, kReferenceMs)});
    }
    if (gapMs * 1.1 > y_->max())
        y_->setMax(gapMs * 1.25);
    updateTicks();
}

void FrameGapChart::applyFonts()
{
    // QChart keeps fonts of its own; copy the widget's so zoom and
    // presentation mode scale the chart with everything else.
    const QFont f = font();
    QChart *c = chart();
    c->setTitleFont(f);
    c->legend()->setFont(f);
    for (QValueAxis *axis : {x_, y_}) {
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
        // Never "…": QtCharts truncates a label it thinks too wide, and
        // thinks so with the widths of the font before a zoom.
        axis->setTruncateLabels(false);
    }
    // Tall enough for a few labelled ticks at any zoom, small enough that
    // the page still fits a 1080p projector in presentation mode.
    setMinimumHeight(QFontMetrics(f).height() * 9);
    const int marker = std::max(6, QFontInfo(f).pixelSize() / 2);
    dots_->setMarkerSize(marker);
}

void FrameGapChart::retranslateUi()
{
    // No chart title: the axis says it, and the line it would take is
    // worth more to the plot on a projector.
    x_->setTitleText(tr("frame"));
    y_->setTitleText(tr("gap (ms)"));
    gaps_->setName(tr("frame gap"));
    reference_->setName(tr("100 ms: the spinner's pace"));
}

void FrameGapChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        updateTicks();
    }
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

} // namespace conlab
