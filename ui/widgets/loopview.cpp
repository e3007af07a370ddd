// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// LoopView: what it holds, its size and its texts; the painting is in
// loopviewpaint.cpp.
#include "ui/widgets/loopview.h"

#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <algorithm>

namespace conlab {

LoopView::LoopView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loopView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    a11y::setName(this, tr("Event loop: steps of each task, ready queue and timers"));
    describer_ = new AccessibleDescriber(this, [this] { return description(); });
    describer_->now();
}

void LoopView::clear()
{
    model_.clear();
    nowNs_ = 0;
    live_ = true;
    lanesShown_ = 0;
    updateGeometry();
    describer_->now();
    update();
}

void LoopView::addEvents(const std::vector<aio::LoopEvent> &events)
{
    if (events.empty())
        return;
    model_.add(events);
    // A new lane changes the height the view asks for; the page scrolls.
    if (model_.lanes().size() != lanesShown_) {
        lanesShown_ = model_.lanes().size();
        updateGeometry();
    }
    describer_->changed(); // batches come many times a second: told at most once a second
    update();
}

void LoopView::setNowNs(std::int64_t nowNs)
{
    live_ = true;
    nowNs_ = nowNs;
    update();
}

void LoopView::finish(std::int64_t spanNs)
{
    live_ = false;
    nowNs_ = std::max(spanNs, model_.endNs());
    describer_->now();
    update();
}

std::int64_t LoopView::spanNs() const
{
    // At least 100 ms, so the first frames of a run do not show one step
    // stretched over the whole width.
    return std::max<std::int64_t>({nowNs_, model_.endNs(), 100'000'000});
}

int LoopView::laneHeight() const
{
    return fontMetrics().height() * 3 / 2;
}

int LoopView::queueHeight() const
{
    return fontMetrics().height() * 2;
}

QSize LoopView::sizeHint() const
{
    const int lanes = std::max<int>(2, static_cast<int>(model_.lanes().size()));
    const int h = fontMetrics().height();
    return {fontMetrics().averageCharWidth() * 60, queueHeight() + lanes * laneHeight() + 2 * h + 16};
}

QSize LoopView::minimumSizeHint() const
{
    // Two lanes and the queue: the lesson's supervisor and spin; more lanes
    // come with the page's scrolling.
    const int h = fontMetrics().height();
    return {fontMetrics().averageCharWidth() * 36, queueHeight() + 2 * laneHeight() + 2 * h + 16};
}

QString LoopView::laneLabel(const LoopViewModel::Lane &lane) const
{
    const QString coro = QString::fromStdString(lane.coroName);
    if (lane.tasks <= 1)
        return QString::fromStdString(lane.taskName) + u' ' + coro;
    //: a lane shared by many tasks of one coroutine; %1 the first task's number,
    //: %2 the last one's, %3 the coroutine's name
    return tr("Task-%1…%2 %3").arg(lane.firstTaskId).arg(lane.lastTaskId).arg(coro);
}

QString LoopView::description() const
{
    // What a screen reader says, and what a lecturer can read aloud: each
    // task's steps, its longest one and whether it was cancelled.
    QStringList parts;
    for (const LoopViewModel::Lane &lane : model_.lanes()) {
        const int steps = static_cast<int>(lane.steps.size());
        QString part = laneLabel(lane) + QStringLiteral(": ");
        if (steps == 0) {
            part += tr("no step");
        } else {
            //: %1 the longest step in ms
            part += tr("%n step(s)", nullptr, steps) + QStringLiteral(", ")
                + tr("longest %1 ms").arg(qRound(static_cast<double>(lane.longestStepNs) / 1e6));
        }
        if (!lane.cancels.empty())
            part += QStringLiteral(", ") + tr("cancel() called");
        parts << part;
    }
    if (parts.isEmpty())
        parts << tr("no task yet");
    //: %1 the most tasks that waited in the ready queue at once
    parts << tr("ready queue at most %1").arg(model_.maxQueued());
    return parts.join(QStringLiteral("; "));
}

void LoopView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        a11y::setName(this, tr("Event loop: steps of each task, ready queue and timers"));
        describer_->now();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace conlab
