// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/framegapchart.h"

#include "ui/theme/palette.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegend>
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

// 1, 2, 5 times a power of ten, from 1 up: steps a room reads at a glance.
double nthNiceStep(int n)
{
    static constexpr double mantissa[] = {1.0, 2.0, 5.0};
    return mantissa[n % 3] * std::pow(10.0, n / 3);
}

// The round range over `span` with the smallest nice step whose `count`
// ticks all pass `fits`; with none, the fewest ticks there can be.
template <typename Fits>
std::pair<double, double> roundRange(double span, int maxTicks, Fits fits)
{
    for (int n = 0;; ++n) {
        const double step = nthNiceStep(n);
        const double max = std::max(step, std::ceil(span / step - 1e-9) * step);
        const int ticks = static_cast<int>(std::lround(max / step)) + 1;
        if (ticks <= 2)
            break; // one interval: the tight top below does better
        if (ticks <= maxTicks && fits(max, ticks))
            return {max, step};
    }
    // Room for two labels only, 0 and the top: the top as close above the
    // span as a round number allows, so a 3,000 ms spike still fills most
    // of a short plot (4,000, not 5,000).
    const double p = std::pow(10.0, std::floor(std::log10(std::max(span, 1e-9))));
    for (double m : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * p >= span - 1e-9)
            return {m * p, m * p};
    }
    return {10 * p, 10 * p};
}

QString swatch(const QColor &c, const QString &glyph)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>").arg(c.name(), glyph);
}
} // namespace

FrameGapChart::Axes FrameGapChart::layoutAxes(const QFont &font, const QSizeF &plot, double frames, double longestGapMs,
                                              const QStringList &frameTitles, const QStringList &gapTitles)
{
    const QFontMetricsF fm(font);
    Axes a;
    // Frame axis: every label gets 1/n of the width in QtCharts, so the
    // widest one (the last) must fit that slot.
    std::tie(a.frameMax,
             a.frameStep) = roundRange(std::max<double>(frames, kInitialFrames), 11, [&](double max, int ticks) {
        const double slot = plot.width() / ticks - 2 * kLabelPadding;
        return slot >= fm.horizontalAdvance(QString::number(max, 'f', 0));
    });
    // Gap axis: the whole longest gap with a little headroom, the line
    // height with padding for every label.
    std::tie(a.gapMax, a.gapStep) = roundRange(std::max(longestGapMs * 1.05, kInitialMaxMs), 7, [&](double, int ticks) {
        const double slot = plot.height() / ticks - 2 * kLabelPadding;
        return slot >= fm.height() * 1.25;
    });
    // Titles: the longest that fits, else a shorter form, else none.
    const auto pick = [&fm](const QStringList &titles, double room) {
        for (const QString &t : titles) {
            if (fm.horizontalAdvance(t) + 2 * kLabelPadding <= room)
                return t;
        }
        return QString();
    };
    a.frameTitle = pick(frameTitles, plot.width());
    a.gapTitle = pick(gapTitles, plot.height()); // drawn turned on its side
    return a;
}

FrameGapChart::FrameGapChart(QWidget *parent) : QChartView(parent)
{
    describer_ = new AccessibleDescriber(this, [this] { return description(); });
    auto *chart = new QChart;
    // The legend is legend_ below: QLegend cuts long names to "...".
    chart->legend()->setVisible(false);
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
    // A wide bar: the stall is the point of S4 and S7, it must read from
    // the back row.
    stall_ = new QLineSeries(chart);
    QPen bar(theme::neverAppeared);
    bar.setWidthF(theme::kLineWidth * 5);
    bar.setCapStyle(Qt::FlatCap);
    stall_->setPen(bar);

    chart->addSeries(reference_);
    chart->addSeries(gaps_);
    chart->addSeries(dots_);
    chart->addSeries(stall_);
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
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(reference_), static_cast<QAbstractSeries *>(gaps_),
                               static_cast<QAbstractSeries *>(dots_), static_cast<QAbstractSeries *>(stall_)}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    // QChartView(parent) made a chart of its own; setChart() lets go of it
    // without deleting it.
    QChart *const unused = this->chart();
    setChart(chart);
    delete unused;
    setRenderHint(QPainter::Antialiasing);

    legend_ = new QLabel(this);
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    legend_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    legend_->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Titles and steps depend on the plot's size, which depends on them:
    // decided again after each layout, queued so QtCharts finishes first.
    connect(chart, &QChart::plotAreaChanged, this, &FrameGapChart::relayout, Qt::QueuedConnection);
    clear();
    applyFonts();
    retranslateUi();
}

void FrameGapChart::clear()
{
    gaps_->clear();
    dots_->clear();
    stall_->clear();
    frames_ = 0;
    longestMs_ = 0;
    retranslateUi();
    relayout();
}

void FrameGapChart::addGap(int frameIndex, double gapMs)
{
    gaps_->append(frameIndex, gapMs);
    dots_->append(frameIndex, gapMs);
    frames_ = std::max<double>(frames_, frameIndex + 1);
    longestMs_ = std::max(longestMs_, gapMs);
    describer_->changed(); // a frame every 100 ms: told at most once a second
    relayout();
}

void FrameGapChart::addFinalGap(int frameIndex, double gapMs)
{
    // Between the last frame and the next that never came; clear of the
    // gap axis when there was no frame at all.
    const double x = std::max(0.5, frameIndex - 0.5);
    stall_->replace({QPointF(x, 0), QPointF(x, gapMs)});
    frames_ = std::max<double>(frames_, frameIndex + 1);
    longestMs_ = std::max(longestMs_, gapMs);
    retranslateUi(); // its legend entry appears
    relayout();
}

int FrameGapChart::pointCount() const
{
    return static_cast<int>(gaps_->count());
}

double FrameGapChart::gapAxisMax() const
{
    return y_->max();
}

QString FrameGapChart::legendText() const
{
    return legend_->text();
}

void FrameGapChart::relayout()
{
    if (relayingOut_)
        return;
    relayingOut_ = true;
    QSizeF plot = chart()->plotArea().size();
    if (plot.isEmpty()) {
        // Not laid out yet: a guess from the view, corrected after layout.
        const QFontMetricsF fm(font());
        plot = QSizeF(width() - fm.height() * 4, height() - fm.height() * 5);
    }
    const Axes a = layoutAxes(font(), plot, frames_, longestMs_,
                              //: the frame axis's title, then its short form when space is scarce
                              {tr("frame"), tr("#")},
                              //: the gap axis's title, then its short form when space is scarce
                              {tr("gap (ms)"), tr("ms")});
    if (x_->max() != a.frameMax || x_->min() != 0)
        x_->setRange(0, a.frameMax);
    if (x_->tickInterval() != a.frameStep)
        x_->setTickInterval(a.frameStep);
    if (y_->max() != a.gapMax || y_->min() != 0)
        y_->setRange(0, a.gapMax);
    if (y_->tickInterval() != a.gapStep)
        y_->setTickInterval(a.gapStep);
    if (x_->titleText() != a.frameTitle)
        x_->setTitleText(a.frameTitle);
    if (y_->titleText() != a.gapTitle)
        y_->setTitleText(a.gapTitle);
    if (reference_->count() != 2 || reference_->at(1).x() != a.frameMax)
        reference_->replace({QPointF(0, kReferenceMs), QPointF(a.frameMax, kReferenceMs)});
    relayingOut_ = false;
}

void FrameGapChart::placeLegend()
{
    // Under the plot, as wide as the view, as tall as its wrapped text;
    // the chart keeps that much free at its bottom.
    const int w = std::max(1, width() - 8);
    const int h = legend_->heightForWidth(w);
    legend_->setGeometry(4, height() - h - 4, w, h);
    chart()->setMargins(QMargins(4, 4, 4, h + 6));
    // Tall enough for the legend and, above it, a plot with a few labelled
    // ticks and the frame axis with its title: squeezed below that,
    // QtCharts would cut the labels to "...". Small enough that the page
    // still fits a 1080p projector in presentation mode.
    const int line = QFontMetrics(font()).height();
    setMinimumHeight(h + 10 + line * 8);
    // Likewise across: the gap axis's title and a "10000" label beside a
    // plot with room for two frame labels. Narrower, QtCharts squeezes the
    // axis and cuts its labels.
    setMinimumWidth(line * 9);
}

void FrameGapChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    placeLegend();
    relayout();
}

void FrameGapChart::applyFonts()
{
    // QChart keeps fonts of its own; copy the widget's so zoom and
    // presentation mode scale the chart with everything else.
    const QFont f = font();
    QChart *c = chart();
    c->setTitleFont(f);
    for (QValueAxis *axis : {x_, y_}) {
        axis->setLabelsFont(f);
        axis->setTitleFont(f);
        // Never "…": QtCharts truncates a label it thinks too wide, and
        // thinks so with the widths of the font before a zoom.
        axis->setTruncateLabels(false);
    }
    const int marker = std::max(6, QFontInfo(f).pixelSize() / 2);
    dots_->setMarkerSize(marker);
    placeLegend();
}

QString FrameGapChart::description() const
{
    const int gaps = gaps_->count();
    if (gaps == 0 && stall_->count() == 0)
        //: Screen reader: the frame-gap chart before any frame
        return tr("no frame yet");
    //: Screen reader: %n frames plotted, %1 the longest gap in ms
    QString text = tr("%n frame(s), longest gap %1 ms", nullptr, gaps).arg(qRound(longestMs_));
    if (stall_->count() > 0)
        text += QStringLiteral(", ") + tr("no frame until the spinner stopped");
    return text;
}

void FrameGapChart::retranslateUi()
{
    //: The frame-gap chart's name for a screen reader
    a11y::setName(this, tr("Frame gaps: time before each frame, against the spinner's 100 ms"));
    describer_->now();
    // No chart title: the axis says it, and the line it would take is
    // worth more to the plot on a projector. Axis titles are set in
    // relayout(), which picks the form that fits.
    QStringList items{swatch(theme::frameGapLine, QStringLiteral("━●")) + QStringLiteral("&nbsp;")
                          + tr("frame gap").toHtmlEscaped(),
                      swatch(theme::referenceLine, QStringLiteral("╌╌")) + QStringLiteral("&nbsp;")
                          + tr("100 ms: the spinner's pace").toHtmlEscaped()};
    if (stall_->count() > 0)
        items.append(swatch(theme::neverAppeared, QStringLiteral("▮")) + QStringLiteral("&nbsp;")
                     + tr("no frame until the spinner stopped").toHtmlEscaped());
    // Wide spaces between entries; each entry wraps inside itself if it must.
    legend_->setText(items.join(QStringLiteral(" &nbsp;&nbsp; ")));
    placeLegend();
    relayout();
}

void FrameGapChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        relayout();
    } else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

} // namespace conlab
