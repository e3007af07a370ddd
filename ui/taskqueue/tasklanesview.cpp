// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/tasklanesview.h"

#include "ui/theme/palette.h"

#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace conlab {

namespace {
constexpr int kMinLaneHeight = 14;
constexpr int kMaxLaneHeight = 40;
} // namespace

TaskLanesView::TaskLanesView(QWidget *parent) : QWidget(parent), tick_(new QTimer(this))
{
    setObjectName(QStringLiteral("taskLanes"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme::background);
    setPalette(pal);
    // Running bars grow between events; ten frames a second is smooth enough
    // on a projector and costs nothing when idle.
    tick_->setInterval(100);
    connect(tick_, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

QStringList TaskLanesView::laneNames() const
{
    return QStringList(names_.begin(), names_.end());
}

int TaskLanesView::laneIndex(int lane, const QString &host, qint64 pid)
{
    const auto it = std::find(lanes_.begin(), lanes_.end(), lane);
    if (it != lanes_.end())
        return static_cast<int>(it - lanes_.begin());
    lanes_.push_back(lane);
    names_.push_back(host + u':' + QString::number(pid));
    updateGeometry();
    return static_cast<int>(lanes_.size()) - 1;
}

void TaskLanesView::sawTime(std::int64_t ns)
{
    maxNs_ = std::max(maxNs_, ns);
    if (ns >= seenNs_) {
        seenNs_ = ns;
        sinceSeen_.start();
    }
}

std::int64_t TaskLanesView::nowNs() const
{
    if (!live_ || !sinceSeen_.isValid())
        return maxNs_;
    return std::max<std::int64_t>(maxNs_, seenNs_ + sinceSeen_.nsecsElapsed());
}

void TaskLanesView::abandonOpen(std::uint64_t n, int exceptLane, std::int64_t atNs)
{
    for (Bar &bar : bars_)
        if (bar.n == n && bar.endNs < 0 && bar.lane != exceptLane) {
            bar.endNs = std::max(bar.startNs, atNs);
            bar.abandoned = true;
        }
}

void TaskLanesView::addStarted(const std::vector<TaskStarted> &batch)
{
    for (const TaskStarted &s : batch) {
        laneIndex(s.lane, s.host, s.pid);
        sawTime(s.startNs);
        // The run may see a task's STARTED state more than once (a message,
        // then a poll of its key): one bar per start on a lane.
        // And the channels drain in turn, so a start can come after the
        // task's result: a task that is done gets no new bar.
        if (std::any_of(bars_.begin(), bars_.end(), [&](const Bar &b) {
                return b.n == s.n && ((b.lane == s.lane && b.endNs < 0) || (b.endNs >= 0 && !b.abandoned));
            }))
            continue;
        // Begun again elsewhere: the earlier worker died with it.
        abandonOpen(s.n, s.lane, s.startNs);
        bars_.push_back(Bar{s.n, s.lane, s.startNs, -1, false, false});
    }
    update();
}

void TaskLanesView::addDone(const std::vector<TaskDone> &batch)
{
    for (const TaskDone &d : batch) {
        const PrimeResult &r = d.result;
        laneIndex(r.worker, d.host, d.pid);
        abandonOpen(r.n, r.worker, r.endNs);
        auto open = std::find_if(bars_.begin(), bars_.end(),
                                 [&](const Bar &b) { return b.n == r.n && b.lane == r.worker && b.endNs < 0; });
        if (open == bars_.end()) {
            // Its start came too late to be seen: the result says when.
            bars_.push_back(Bar{r.n, r.worker, r.startNs, r.endNs, r.prime, false});
        } else {
            open->startNs = r.startNs;
            open->endNs = std::max(r.endNs, r.startNs);
            open->prime = r.prime;
        }
        sawTime(r.endNs);
    }
    update();
}

void TaskLanesView::setLive(bool live)
{
    live_ = live;
    if (live)
        tick_->start();
    else
        tick_->stop();
    update();
}

void TaskLanesView::clear()
{
    lanes_.clear();
    names_.clear();
    bars_.clear();
    maxNs_ = seenNs_ = 0;
    sinceSeen_.invalidate();
    updateGeometry();
    update();
}

QSize TaskLanesView::minimumSizeHint() const
{
    return {240, 4 * fontMetrics().height()};
}

QSize TaskLanesView::sizeHint() const
{
    const int lanes = std::max<int>(2, static_cast<int>(lanes_.size()));
    return {600, fontMetrics().height() * 2 + lanes * (fontMetrics().height() + 8)};
}

void TaskLanesView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const QRect all = rect().adjusted(6, 4, -6, -4);
    if (lanes_.empty()) {
        p.setPen(theme::mutedText);
        p.drawText(all, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("One lane per worker process (host:pid) appears here as tasks start."));
        return;
    }
    int labelWidth = 0;
    for (const QString &name : names_)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(name));
    labelWidth = std::min(labelWidth + 8, all.width() / 3);
    const int axisHeight = fm.height() + 2;
    const QRect plot(all.left() + labelWidth, all.top(), all.width() - labelWidth, all.height() - axisHeight);
    const int count = static_cast<int>(lanes_.size());
    const int laneH = std::clamp(plot.height() / count, 2, kMaxLaneHeight);
    const std::int64_t span = std::max<std::int64_t>(nowNs(), 1'000'000);
    auto xOf = [&](std::int64_t ns) {
        return plot.left() + static_cast<int>(static_cast<double>(ns) / static_cast<double>(span) * plot.width());
    };

    p.setPen(theme::text);
    for (int i = 0; i < count; ++i) {
        const QRect label(all.left(), plot.top() + i * laneH, labelWidth - 6, laneH);
        if (laneH >= kMinLaneHeight)
            p.drawText(label, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(names_[i], Qt::ElideLeft, label.width()));
        p.setPen(theme::gridLine);
        p.drawLine(plot.left(), plot.top() + (i + 1) * laneH, plot.right(), plot.top() + (i + 1) * laneH);
        p.setPen(theme::text);
    }
    const std::int64_t now = nowNs();
    for (const Bar &bar : bars_) {
        const auto it = std::find(lanes_.begin(), lanes_.end(), bar.lane);
        const int i = static_cast<int>(it - lanes_.begin());
        const int x0 = xOf(bar.startNs);
        const int x1 = std::max(x0 + 2, xOf(bar.endNs < 0 ? now : bar.endNs));
        const QRect r(x0, plot.top() + i * laneH + 2, x1 - x0, std::max(1, laneH - 4));
        if (bar.abandoned) {
            p.fillRect(r, QBrush(theme::wrong, Qt::BDiagPattern));
            p.setPen(theme::wrong);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        } else if (bar.endNs < 0) {
            // Running: an outline that fills in when the result comes.
            p.fillRect(r, theme::gridLine.lighter(115));
            p.setPen(theme::text);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        } else {
            p.fillRect(r, bar.prime ? theme::prime : theme::notPrime);
        }
    }
    // The time axis: the run's seconds, at both ends and the middle.
    p.setPen(theme::mutedText);
    const int y = plot.bottom() + 2;
    p.drawText(QRect(plot.left(), y, plot.width(), axisHeight), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("0 s"));
    p.drawText(QRect(plot.left(), y, plot.width(), axisHeight), Qt::AlignRight | Qt::AlignTop,
               //: the end of the time axis, in seconds since the run began
               tr("%1 s").arg(static_cast<double>(span) / 1e9, 0, 'f', 1));
}

} // namespace conlab
