// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchartbuilder.h"

#include "core/sweep/bookmedians.h"
#include "ui/sweep/sweepchartitems.h"
#include "ui/sweep/sweepchartpoints.h"
#include "ui/sweep/sweeplegend.h"
#include "ui/sweep/sweepstyle.h"
#include "ui/sweep/sweeptext.h"
#include "ui/theme/palette.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace conlab {

namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *m : markers) {
        m->setVisible(false);
        // Read by SweepLegend: with QtCharts' legend hidden, every marker
        // reads as invisible.
        m->setProperty(SweepLegend::kHidden, true);
    }
}

QPen pen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(colour);
    p.setWidthF(width);
    p.setStyle(style);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

} // namespace

SweepChartBuilder::SweepChartBuilder(QChart *chart) : QObject(chart), chart_(chart), items_(std::make_unique<Items>())
{
    chart_->setBackgroundBrush(theme::background);
    chart_->setBackgroundRoundness(0);
    chart_->setDropShadowEnabled(false);
    chart_->setMargins(QMargins(6, 6, 6, 6));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart_->legend()->setLabelColor(theme::text);
    chart_->setTitleBrush(theme::text);

    items_->x = new QValueAxis(chart_);
    items_->y = new QValueAxis(chart_);
    for (QValueAxis *axis : {items_->x, items_->y}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setLabelsColor(theme::text);
        axis->setTitleBrush(theme::text);
        axis->setGridLineColor(theme::gridLine);
    }
    items_->x->setLabelFormat(QStringLiteral("%d"));
    chart_->addAxis(items_->x, Qt::AlignBottom);
    chart_->addAxis(items_->y, Qt::AlignLeft);
    items_->coreNote = new ChartNote(chart_);
    items_->legend = new SweepLegend(chart_);
    font_ = chart_->font();
    items_->legend->setFont(font_);

    // Notes sit at plot coordinates, which move whenever the legend, the
    // axis labels or the size change the plot area.
    connect(chart_, &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        layoutNotes();
    });
    refresh();
}

SweepChartBuilder::~SweepChartBuilder() = default;

void SweepChartBuilder::setOptions(const SweepChartOptions &options)
{
    options_ = options;
    refresh();
}

void SweepChartBuilder::setSweeps(std::optional<SweepData> primary, std::optional<SweepData> compare)
{
    primary_ = std::move(primary);
    compare_ = primary_ ? std::move(compare) : std::nullopt;
    refresh();
}

void SweepChartBuilder::addRuns(const std::vector<SweepRun> &runs)
{
    if (!primary_ || runs.empty())
        return;
    primary_->runs.insert(primary_->runs.end(), runs.begin(), runs.end());
    refresh();
}

void SweepChartBuilder::setTitleWidth(int pixels)
{
    if (pixels == titleWidth_)
        return;
    titleWidth_ = pixels;
    applyTitle();
}

void SweepChartBuilder::applyTitle()
{
    const QString caption = primary_ ? SweepText::caption(*primary_) : QString();
    QString title = caption;
    const QFontMetrics fm(font_);
    if (titleWidth_ > 0 && fm.horizontalAdvance(caption) > titleWidth_) {
        // Break between the caption's " · " parts, never inside one.
        const QString dot = QStringLiteral(" · ");
        QStringList lines;
        QString line;
        for (const QString &part : caption.split(dot)) {
            const QString longer = line.isEmpty() ? part : line + dot + part;
            if (!line.isEmpty() && fm.horizontalAdvance(longer) > titleWidth_) {
                lines << line.toHtmlEscaped();
                line = part;
            } else {
                line = longer;
            }
        }
        lines << line.toHtmlEscaped();
        title = lines.join(QStringLiteral("<br>"));
    }
    // Only a new title is worth the chart's relayout: refresh() runs for
    // every finished run of a live sweep.
    if (chart_->title() != title)
        chart_->setTitle(title);
}

void SweepChartBuilder::setFont(const QFont &font)
{
    font_ = font;
    chart_->setTitleFont(font);
    chart_->legend()->setFont(font);
    for (QValueAxis *axis : {items_->x, items_->y}) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
        // Never "…": QtCharts truncates a label it thinks too wide, and
        // thinks so with the widths of the font before a zoom.
        axis->setTruncateLabels(false);
    }
    // Points big enough for the back row, in step with the text.
    const qreal marker = std::max(8.0, QFontInfo(font).pixelSize() * 0.8);
    for (LineItems &line : items_->lines) {
        line.dots->setMarkerSize(marker);
        line.outliers->setMarkerSize(marker);
        line.note->setFont(font);
    }
    if (items_->bookDots)
        items_->bookDots->setMarkerSize(marker * 0.9);
    items_->coreNote->setFont(font);
    items_->legend->setFont(font);
    updateTicks();
    layoutNotes();
}

void SweepChartBuilder::retranslate()
{
    refresh();
}

QString SweepChartBuilder::structureKey() const
{
    // Everything that decides which series exist; points may change freely.
    QStringList parts;
    parts << QString::number(int(options_.mode)) << QString::number(int(options_.band))
          << QString::number(options_.ideal) << QString::number(options_.bookOverlay);
    for (const std::optional<SweepData> *d : {&primary_, &compare_}) {
        if (!*d)
            continue;
        parts << QStringLiteral("|");
        for (const SweepSeries &s : (*d)->config.series)
            parts << s.spec();
    }
    return parts.join(u',');
}

void SweepChartBuilder::rebuild()
{
    Items &it = *items_;
    for (LineItems &line : it.lines)
        delete line.note;
    it.lines.clear();
    chart_->removeAllSeries(); // deletes them, and the band edges they own
    it.ideal = nullptr;
    it.bookDots = nullptr;
    it.bookJoin = nullptr;
    it.core = nullptr;

    int sweep = 0;
    for (const std::optional<SweepData> *d : {&primary_, &compare_}) {
        if (*d) {
            for (std::size_t i = 0; i < (*d)->config.series.size(); ++i) {
                LineItems line;
                line.sweep = sweep;
                line.series = static_cast<int>(i);
                line.colour = sweepSeriesColour((*d)->config.series[i]);
                it.lines.push_back(line);
            }
        }
        ++sweep;
    }

    const auto add = [this](QAbstractSeries *s, bool inLegend) {
        chart_->addSeries(s);
        s->attachAxis(items_->x);
        s->attachAxis(items_->y);
        if (!inLegend)
            hideFromLegend(chart_, s);
    };
    // Added in drawing order, each over the last: bands, guides, the data.
    if (options_.band != SweepChartOptions::Band::None) {
        for (LineItems &line : it.lines) {
            auto *low = new QLineSeries;
            auto *high = new QLineSeries;
            line.band = new QAreaSeries(high, low);
            low->setParent(line.band);
            high->setParent(line.band);
            QColor fill = line.colour;
            fill.setAlpha(line.sweep == 0 ? 60 : 35);
            line.band->setBrush(fill);
            line.band->setPen(Qt::NoPen);
            // One legend entry says what the shading is; the colours say whose.
            add(line.band, &line == &it.lines.front());
            for (QLegendMarker *m : chart_->legend()->markers(line.band))
                m->setShape(QLegend::MarkerShapeRectangle);
        }
    }
    if (options_.ideal) {
        it.ideal = new QLineSeries;
        it.ideal->setPen(pen(theme::mutedText, 2.0, Qt::DashLine));
        add(it.ideal, true);
    }
    it.core = new QLineSeries;
    it.core->setPen(pen(theme::mutedText, 1.5, Qt::DashDotLine));
    add(it.core, false);
    if (options_.bookOverlay) {
        it.bookJoin = new QLineSeries;
        it.bookJoin->setPen(pen(theme::okabeIto::black, 1.0, Qt::DotLine));
        add(it.bookJoin, false);
    }
    for (LineItems &line : it.lines) {
        line.best = new QLineSeries;
        line.best->setPen(pen(line.colour, theme::kReferenceLineWidth, Qt::DotLine));
        add(line.best, false);
        line.join = new QLineSeries;
        line.join->setPen(pen(line.colour, 1.5, line.sweep == 0 ? Qt::SolidLine : Qt::DashLine));
        add(line.join, false);
        line.note = new ChartNote(chart_);
    }
    if (options_.bookOverlay) {
        it.bookDots = new QScatterSeries;
        it.bookDots->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        it.bookDots->setColor(theme::background);
        it.bookDots->setBorderColor(theme::okabeIto::black);
        it.bookDots->setPen(pen(theme::okabeIto::black, 2.0));
        add(it.bookDots, true);
    }
    for (LineItems &line : it.lines) {
        line.dots = new QScatterSeries;
        // The compared sweep's points are squares: told apart without colour.
        line.dots->setMarkerShape(line.sweep == 0 ? QScatterSeries::MarkerShapeCircle
                                                  : QScatterSeries::MarkerShapeRectangle);
        line.dots->setColor(line.colour);
        line.dots->setBorderColor(line.colour.darker(130));
        add(line.dots, true);
        line.outliers = new QScatterSeries;
        line.outliers->setMarkerShape(line.dots->markerShape());
        line.outliers->setColor(theme::background);
        line.outliers->setBorderColor(line.colour);
        line.outliers->setPen(pen(line.colour, 2.0));
        // One legend entry says what a hollow marker is, named only while
        // there is one (an unnamed marker stays out of the legend).
        add(line.outliers, &line == &it.lines.front());
    }
    setFont(font_);
}

void SweepChartBuilder::refresh()
{
    const QString key = structureKey();
    if (key != key_) {
        key_ = key;
        rebuild();
    }
    Items &it = *items_;
    std::optional<SweepChartPoints> points[2];
    if (primary_)
        points[0] = SweepChartPoints::compute(*primary_, options_);
    if (compare_) {
        SweepChartOptions plain = options_; // guides belong to the sweep on screen
        plain.ideal = false;
        plain.bookOverlay = false;
        points[1] = SweepChartPoints::compute(*compare_, plain);
    }
    int maxWorkers = 1;
    double yMax = 0.0;
    for (const std::optional<SweepChartPoints> &p : points) {
        if (p) {
            maxWorkers = std::max(maxWorkers, p->maxWorkers);
            yMax = std::max(yMax, p->yMax);
        }
    }
    const bool comparing = compare_.has_value();
    const double left = 0.5;
    const double right = maxWorkers + 0.5;
    for (LineItems &line : it.lines) {
        const SweepData &data = line.sweep == 0 ? *primary_ : *compare_;
        const SweepLinePoints &lp = points[line.sweep]->lines[static_cast<std::size_t>(line.series)];
        line.dots->replace(lp.medians);
        line.join->replace(lp.medians);
        line.outliers->replace(lp.outliers);
        if (line.band) {
            line.band->upperSeries()->replace(lp.high);
            line.band->lowerSeries()->replace(lp.low);
        }
        line.bestPoint = lp.best;
        if (lp.best)
            line.best->replace({QPointF(left, lp.best->y()), QPointF(right, lp.best->y())});
        else
            line.best->clear();
        line.label = data.config.series[static_cast<std::size_t>(line.series)].label(data.machine.cpython);
        // A short stamp keeps the two sweeps apart and the legend's lines
        // few (the full dates are in the list of past sweeps).
        if (comparing) {
            const SweepData &other = line.sweep == 0 ? *compare_ : *primary_;
            //: a series of a compared sweep; %1 its name ("processes"), %2 the sweep's day and time
            line.label = tr("%1 · %2").arg(line.label, SweepText::stamp(data.machine.created, other.machine.created));
        }
        line.dots->setName(line.label);
        QString note;
        if (lp.best) {
            note = SweepText::best(options_.mode, lp.best->y(), qRound(lp.best->x()));
            if (it.lines.size() > 1)
                //: a note on the chart naming its series; %1 the series, %2 the note
                note = tr("%1: %2").arg(line.label, note);
        }
        line.note->setText(note);
        line.note->setVisible(!note.isEmpty());
    }
    if (!it.lines.empty()) {
        const bool any = std::any_of(it.lines.begin(), it.lines.end(),
                                     [](const LineItems &l) { return l.outliers->count() > 0; });
        it.lines.front().outliers->setName(any ? tr("hollow: a run that lost a worker, left out of the medians")
                                               : QString());
    }
    if (!it.lines.empty() && it.lines.front().band) {
        it.lines.front().band->setName(options_.band == SweepChartOptions::Band::MinMax
                                           ? tr("shaded: fastest to slowest run")
                                           : tr("shaded: middle half of the runs"));
    }
    if (it.ideal) {
        it.idealPoints = points[0] ? points[0]->ideal : QList<QPointF>();
        it.ideal->setName(options_.mode == SweepChartOptions::Mode::Time ? tr("ideal: T(1) / N")
                                                                         : tr("ideal: N times faster"));
    }
    if (it.bookDots) {
        const QList<QPointF> book = points[0] ? points[0]->book : QList<QPointF>();
        it.bookDots->replace(book);
        it.bookJoin->replace(book);
        it.bookDots->setName(options_.mode == SweepChartOptions::Mode::Time ? //: %n the book machine's core count
                                 tr("the book, %n cores, scaled to this 1-worker time", nullptr, kBookSweepCores)
                                                                            : //: %n the book machine's core count
                                 tr("the book, %n cores", nullptr, kBookSweepCores));
    }
    const int cores = options_.coreMarker > 0 ? options_.coreMarker : primary_ ? primary_->machine.cores : 0;
    it.coreAt = cores >= 1 && cores <= maxWorkers ? cores : 0;

    // The title says what was measured, so an exported slide needs no
    // caption typed under it. Of two compared sweeps, the lines name the
    // second by its date.
    applyTitle();
    items_->x->setTitleText(tr("workers"));
    items_->y->setTitleText(options_.mode == SweepChartOptions::Mode::Time ? tr("median wall time (s)")
                                                                           : tr("speedup (×)"));
    it.maxWorkers = maxWorkers;
    it.yMax = yMax;
    items_->x->setRange(left, right);
    items_->legend->relayout(); // names and entries may have changed
    updateTicks();
    layoutNotes();
}

QList<QPointF> SweepChartBuilder::medianPoints(int sweep, int series) const
{
    for (const LineItems &line : items_->lines) {
        if (line.sweep == sweep && line.series == series)
            return line.dots->points();
    }
    return {};
}

QString SweepChartBuilder::bestText(int sweep, int series) const
{
    for (const LineItems &line : items_->lines) {
        if (line.sweep == sweep && line.series == series)
            return line.note->text();
    }
    return {};
}

QString SweepChartBuilder::coreText() const
{
    return items_->coreAt > 0 ? SweepText::cores(items_->coreAt) : QString();
}

} // namespace conlab
