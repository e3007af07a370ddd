// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "widgets/timelineview.h"

#include "models/resultstablemodel.h"
#include "theme/palette.h"
#include "widgets/accessibletext.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {

constexpr qint64 kPaintBudgetMs = 6;

const QColor kGilColour = theme::okabeIto::bluishGreen;
const QColor kDepthColour = theme::okabeIto::black;
// Okabe-Ito's red, outlined in black so it stands out from orange bars.
const QColor kCrashColour = theme::okabeIto::vermillion;

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

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    a11y::setName(this, accessibleNameText());
    describer_ = new AccessibleDescriber(this, [this] { return description(); });
    setLanes({{0, tr("main")}});
}

QSize TimelineView::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(u'x') * 40, fontMetrics().height() * 8};
}

QSize TimelineView::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(u'x') * 100, fontMetrics().height() * 18};
}

void TimelineView::setModel(ResultsTableModel *model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) {
        connect(model_, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { indexRows(first, last); });
        connect(model_, &QAbstractItemModel::modelReset, this, &TimelineView::rebuildLaneIndex);
    }
    rebuildLaneIndex();
}

void TimelineView::setLanes(std::vector<Lane> lanes)
{
    invalidate();
    lanes_ = std::move(lanes);
    laneByWorker_.clear();
    for (std::size_t k = 0; k < lanes_.size(); ++k) {
        const auto worker = static_cast<std::size_t>(std::max(lanes_[k].worker, 0));
        if (worker >= laneByWorker_.size())
            laneByWorker_.resize(worker + 1, -1);
        laneByWorker_[worker] = static_cast<int>(k);
    }
    rebuildLaneIndex();
}

void TimelineView::setTotalNumbers(qsizetype total, qsizetype unreported)
{
    total_ = total;
    unreported_ = std::clamp<qsizetype>(unreported, 0, total);
    describer_->now(); // set at a run's start and end, not per result
    update();
}

void TimelineView::addGilHolds(const std::vector<GilHold> &holds)
{
    // The first holds add the GIL strip to every lane: a new layout.
    if (holds_.empty() && !holds.empty())
        invalidate();
    holds_.insert(holds_.end(), holds.begin(), holds.end());
    for (const GilHold &h : holds)
        maxEndNs_ = std::max(maxEndNs_, h.endNs);
    describer_->changed();
    update();
}

void TimelineView::setGilWorkers(std::map<int, int> tidToWorker)
{
    gilWorkers_ = std::move(tidToWorker);
    invalidate();
}

void TimelineView::addCrashes(const std::vector<WorkerCrash> &crashes)
{
    crashes_.insert(crashes_.end(), crashes.begin(), crashes.end());
    for (const WorkerCrash &c : crashes)
        maxEndNs_ = std::max(maxEndNs_, c.tNs);
    describer_->now(); // a crash is news: said at once
    update();
}

void TimelineView::setCrashes(std::vector<WorkerCrash> crashes)
{
    crashes_ = std::move(crashes);
    for (const WorkerCrash &c : crashes_)
        maxEndNs_ = std::max(maxEndNs_, c.tNs);
    describer_->now();
    update();
}

void TimelineView::setLive(bool live)
{
    live_ = live;
    // A start or an end of the run is told at once: at the end the totals are final.
    describer_->now();
    update();
}

void TimelineView::invalidate()
{
    rasterValid_ = false;
    update();
}

void TimelineView::setMinimumSpanNs(std::int64_t ns)
{
    minSpanNs_ = ns;
    update();
}

void TimelineView::clear()
{
    holds_.clear();
    holds_.shrink_to_fit();
    gilWorkers_.clear();
    crashes_.clear();
    maxEndNs_ = 0;
    minSpanNs_ = 0;
    rebuildLaneIndex();
}

int TimelineView::laneOfWorker(int worker) const
{
    return worker >= 0 && static_cast<std::size_t>(worker) < laneByWorker_.size()
        ? laneByWorker_[static_cast<std::size_t>(worker)]
        : -1;
}

int TimelineView::laneOfGilTid(int tid) const
{
    const auto it = gilWorkers_.find(tid);
    return laneOfWorker(it == gilWorkers_.end() ? tid + 1 : it->second);
}

void TimelineView::rebuildLaneIndex()
{
    maxEndNs_ = 0;
    for (const GilHold &h : holds_)
        maxEndNs_ = std::max(maxEndNs_, h.endNs);
    for (const WorkerCrash &c : crashes_)
        maxEndNs_ = std::max(maxEndNs_, c.tNs);
    laneJobs_.assign(lanes_.size(), 0);
    laneBusyNs_.assign(lanes_.size(), 0);
    if (model_ && model_->rowCount() > 0)
        indexRows(0, model_->rowCount() - 1);
    describer_->now();
    invalidate();
}

void TimelineView::indexRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const PrimeResult &r = model_->result(row);
        maxEndNs_ = std::max(maxEndNs_, r.endNs);
        const int lane = laneOfWorker(r.worker);
        if (lane >= 0 && static_cast<std::size_t>(lane) < laneJobs_.size()) {
            ++laneJobs_[static_cast<std::size_t>(lane)];
            laneBusyNs_[static_cast<std::size_t>(lane)] += r.endNs - r.startNs;
        }
    }
    describer_->changed(); // results come many times a second: told at most once a second
    update();
}

std::int64_t TimelineView::spanNs() const
{
    const std::int64_t needed = std::max({maxEndNs_, minSpanNs_, std::int64_t{1'000'000}});
    if (!live_)
        return needed;
    const double mag = std::pow(10.0, std::floor(std::log10(static_cast<double>(needed))));
    for (double m : {1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (m * mag >= static_cast<double>(needed))
            return static_cast<std::int64_t>(m * mag);
    }
    return needed;
}

// Brings the raster up to date: only the results and holds that arrived
// since the last paint are drawn. A new span or size needs every bar drawn
// again, a million of them at most: that happens in a second raster, a slice
// per frame, while the old picture stays on screen stretched to the new
// axis, and the two swap once the new one has caught up. So neither the
// rebuild nor a blank chart ever takes a frame.
void TimelineView::updateRaster(const QSize &size)
{
    const TimelineRaster::Geometry geometry{size, static_cast<int>(lanes_.size()), spanNs(), !holds_.empty()};
    // Both rasters live as long as the view and are reset in place: a fresh
    // image of a few MB costs page faults worth a frame on a virtual machine.
    if (!raster_) {
        raster_ = std::make_unique<TimelineRaster>();
        next_ = std::make_unique<TimelineRaster>();
    }
    if (!rasterValid_) {
        // New lanes or a new run: the old picture means nothing any more.
        raster_->reset(geometry);
        rasterValid_ = true;
        rebuilding_ = false;
        paintedRows_ = 0;
        paintedHolds_ = 0;
    } else if (!(raster_->geometry() == geometry) && !(rebuilding_ && next_->geometry() == geometry)) {
        next_->reset(geometry);
        rebuilding_ = true;
        nextRows_ = 0;
        nextHolds_ = 0;
        update(); // the reset was this frame's share
        return;
    }
    if (rebuilding_) {
        if (drawInto(*next_, nextRows_, nextHolds_)) {
            std::swap(raster_, next_);
            rebuilding_ = false;
            paintedRows_ = nextRows_;
            paintedHolds_ = nextHolds_;
        } else {
            update();
        }
        return;
    }
    if (!drawInto(*raster_, paintedRows_, paintedHolds_))
        update();
}

// Draws rows and holds from `rows` and `holds` on into `raster`, for at most
// the frame budget; true when all are in.
bool TimelineView::drawInto(TimelineRaster &raster, std::size_t &rows, std::size_t &holds)
{
    const std::size_t total = model_ ? model_->results().size() : 0;
    if (rows == total && holds == holds_.size())
        return true;
    QElapsedTimer budget;
    budget.start();
    raster.begin();
    bool done = true;
    for (; rows < total; ++rows) {
        if ((rows & 0x3FF) == 0 && budget.elapsed() > kPaintBudgetMs) {
            done = false;
            break;
        }
        const PrimeResult &r = model_->results()[rows];
        raster.addBar(laneOfWorker(r.worker), r.startNs, r.endNs, r.prime);
    }
    for (; done && holds < holds_.size(); ++holds) {
        const GilHold &h = holds_[holds];
        raster.addHold(laneOfGilTid(h.tid), h.startNs, h.endNs);
    }
    raster.end();
    return done;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::background);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;

    int labelWidth = fm.horizontalAdvance(tr("queue depth"));
    for (const Lane &lane : lanes_)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(lane.name));
    const QString totalText = QLocale().toString(static_cast<qint64>(total_));
    const QRectF chart(labelWidth + 2 * pad, fm.height() * 2 + pad,
                       width() - labelWidth - 4 * pad - fm.horizontalAdvance(totalText),
                       height() - fm.height() * 4 - pad);
    chart_ = chart;
    if (chart.width() < 10 || chart.height() < 10 || lanes_.empty())
        return;
    const double span = static_cast<double>(spanNs());
    const auto xOf = [&](std::int64_t ns) { return chart.left() + chart.width() * static_cast<double>(ns) / span; };

    // Legend, one row above the chart.
    double lx = chart.left();
    const auto legend = [&](const QColor &c, const QString &text, bool line) {
        const QRectF swatch(lx, pad + fm.height() * 0.2, fm.height() * 0.9, fm.height() * 0.6);
        if (line)
            p.fillRect(QRectF(swatch.left(), swatch.center().y() - 1.5, swatch.width(), 3), c);
        else
            p.fillRect(swatch, c);
        lx += swatch.width() + pad / 2;
        p.setPen(theme::text);
        p.drawText(QPointF(lx, pad + fm.ascent()), text);
        lx += fm.horizontalAdvance(text) + 2 * pad;
    };
    legend(theme::prime, tr("prime"), false);
    legend(theme::notPrime, tr("not prime"), false);
    if (!holds_.empty())
        legend(kGilColour, tr("GIL held"), false);
    legend(kDepthColour, tr("queue depth"), true);
    if (!crashes_.empty())
        legend(kCrashColour, tr("worker crashed"), false);

    // Lanes, bars and GIL strips come from the raster; labels are drawn here.
    const double laneHeight = chart.height() / static_cast<double>(lanes_.size());
    const double gap = std::min(4.0, laneHeight * 0.1);
    updateRaster(chart.size().toSize());
    // While a rebuild runs, the old picture is drawn stretched to the new
    // axis: its span takes the share of the chart the new span gives it.
    const QImage &image = raster_->image();
    const QRectF picture(chart.topLeft(),
                         QSizeF(chart.width() * static_cast<double>(raster_->geometry().spanNs) / span, chart.height()));
    if (picture.size().toSize() == image.size())
        p.drawImage(chart.topLeft(), image);
    else
        p.drawImage(picture, image);
    const double columnWidth = picture.width() / std::max(image.width(), 1);
    if (laneHeight >= fm.height() * 0.8) {
        p.setPen(theme::text);
        for (std::size_t k = 0; k < lanes_.size(); ++k)
            p.drawText(QRectF(pad, chart.top() + laneHeight * static_cast<double>(k), labelWidth + pad, laneHeight - gap),
                       Qt::AlignVCenter | Qt::AlignRight, lanes_[k].name);
    }

    // Queue depth: the numbers not yet started, from the results' start
    // times, as a step line over the whole chart with its axis on the right.
    if (model_ && total_ > 0) {
        const std::vector<std::int64_t> &starts = raster_->startsPerColumn();
        QPainterPath path;
        std::int64_t started = 0;
        const auto yOf = [&](std::int64_t depth) {
            return chart.bottom() - chart.height() * static_cast<double>(std::max<std::int64_t>(depth, 0))
                / static_cast<double>(total_);
        };
        const std::int64_t known = total_ - unreported_;
        path.moveTo(chart.left(), yOf(known));
        // Only as far as the run has got: the future has no depth yet.
        const double now = xOf(std::max(maxEndNs_, live_ ? minSpanNs_ : maxEndNs_)) - chart.left();
        for (std::size_t c = 0; c < starts.size() && static_cast<double>(c) * columnWidth <= now; ++c) {
            started += starts[c];
            path.lineTo(chart.left() + static_cast<double>(c) * columnWidth, yOf(known - started));
        }
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(kDepthColour, 2.5));
        p.drawPath(path);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(theme::text);
        p.drawText(QPointF(chart.right() + pad / 2, chart.top() + fm.ascent()), totalText);
        p.drawText(QPointF(chart.right() + pad / 2, chart.bottom()), QStringLiteral("0"));
    }

    drawCrashes(p);

    // Time axis, in seconds since the run's start.
    p.setPen(theme::gridLine);
    p.drawLine(QPointF(chart.left(), chart.bottom() + 1), QPointF(chart.right(), chart.bottom() + 1));
    const double spanS = span / 1e9;
    const double step = niceStep(spanS, std::max(2, static_cast<int>(chart.width() / (fm.horizontalAdvance(u'0') * 10))));
    p.setPen(theme::text);
    for (double t = 0; t <= spanS * 1.0001; t += step) {
        const double x = chart.left() + chart.width() * t / spanS;
        p.drawLine(QPointF(x, chart.bottom() + 1), QPointF(x, chart.bottom() + pad));
        //: %1 a time on the timeline's axis, in seconds
        const QString label = tr("%1 s").arg(t, 0, 'g', 4);
        const double w = fm.horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2, 0.0, width() - w), chart.bottom() + pad + fm.ascent()), label);
    }
}

QRectF TimelineView::crashLane(const WorkerCrash &crash) const
{
    const int lane = laneOfWorker(crash.worker);
    if (lane < 0 || lanes_.empty())
        return {};
    const double h = chart_.height() / static_cast<double>(lanes_.size());
    return {chart_.left(), chart_.top() + h * lane, chart_.width(), h};
}

double TimelineView::crashX(const WorkerCrash &crash) const
{
    return chart_.left() + chart_.width() * static_cast<double>(crash.tNs) / static_cast<double>(spanNs());
}

QPointF TimelineView::crashMarkerPos(std::size_t index) const
{
    if (index >= crashes_.size())
        return {};
    const QRectF lane = crashLane(crashes_[index]);
    return lane.isNull() ? QPointF() : QPointF(crashX(crashes_[index]), lane.center().y());
}

// A red line across the worker's lane where the engine noticed the crash,
// with a flag on top; drawn over the bars, never into the raster, since a
// run has a handful of crashes at most.
void TimelineView::drawCrashes(QPainter &p) const
{
    if (crashes_.empty())
        return;
    const double flag = std::max(9.0, fontMetrics().height() * 0.8);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const WorkerCrash &c : crashes_) {
        const QRectF lane = crashLane(c);
        if (lane.isNull())
            continue;
        const double x = crashX(c);
        p.setPen(QPen(theme::background, theme::kLineWidth + 2));
        p.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
        p.setPen(QPen(kCrashColour, theme::kLineWidth));
        p.drawLine(QPointF(x, lane.top()), QPointF(x, lane.bottom()));
        const QPolygonF triangle{QPointF(x - flag / 2, lane.top()), QPointF(x + flag / 2, lane.top()),
                                 QPointF(x, lane.top() + flag)};
        p.setPen(QPen(theme::okabeIto::black, 1));
        p.setBrush(kCrashColour);
        p.drawPolygon(triangle);
    }
    p.restore();
}

QString TimelineView::crashToolTipAt(const QPoint &pos) const
{
    // Within a few pixels of a marker, on its lane; the nearest one wins.
    const double reach = std::max(4.0, fontMetrics().height() * 0.4);
    const WorkerCrash *best = nullptr;
    double bestDistance = reach;
    for (const WorkerCrash &c : crashes_) {
        const QRectF lane = crashLane(c);
        if (lane.isNull() || pos.y() < lane.top() || pos.y() > lane.bottom())
            continue;
        const double d = std::abs(crashX(c) - pos.x());
        if (d <= bestDistance) {
            bestDistance = d;
            best = &c;
        }
    }
    if (!best)
        return {};
    const WorkerCrash &c = *best;
    //: %1 worker number, %2 its process id, %3 seconds since the run started
    QString text = tr("Worker %1 (pid %2) crashed at %3 s").arg(c.worker).arg(c.pid).arg(static_cast<double>(c.tNs) / 1e9, 0, 'f', 3);
    text += u'\n' + c.message;
    if (!c.n)
        text += u'\n' + tr("It had no number in flight: nothing was lost.");
    else if (c.attempt >= WorkerCrash::kMaxAttempts)
        //: %1 the number, %n how many workers it cost
        text += u'\n' + tr("%1 has cost %n workers in a row: the run stops.", nullptr, c.attempt).arg(*c.n);
    else
        //: %1 the number, %2 this try, %3 the most tries
        text += u'\n' + tr("%1 goes to a fresh worker (try %2 of %3).").arg(*c.n).arg(c.attempt + 1).arg(WorkerCrash::kMaxAttempts);
    return text;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = crashToolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    if (event->type() == QEvent::LanguageChange) {
        a11y::setName(this, accessibleNameText());
        describer_->now();
    }
    return QWidget::event(event);
}

} // namespace conlab
