// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnerreplay.h"

#include <algorithm>
#include <cmath>

namespace conlab {

SpinnerReplay::SpinnerReplay(const RunRecording &recording, std::shared_ptr<EventInbox<SpinnerLiveEvent>> inbox,
                             QObject *parent)
    : QObject(parent), inbox_(std::move(inbox)), report_(recording.report.value_or(SpinnerReport{}))
{
    const double elapsedNs = std::isfinite(report_.elapsed) ? report_.elapsed * 1e9 : 0.0;
    endNs_ = static_cast<std::int64_t>(std::clamp(elapsedNs, 0.0, static_cast<double>(kMaxDurationNs)));
    const auto at = [](std::int64_t t) { return std::clamp<std::int64_t>(t, 0, kMaxDurationNs); };

    SpinnerLiveEvent repr;
    repr.kind = SpinnerLiveEvent::Kind::SpinnerObject;
    repr.repr = report_.spinnerRepr;
    events_.push_back({0, repr});
    for (const SpinnerFrame &f : report_.frames) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::Frame;
        e.frame = f;
        events_.push_back({at(f.tNs), e});
    }
    // The engine reports a hold or a task step when it ends.
    for (const GilHold &h : recording.gilHolds) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::GilHold;
        e.hold = h;
        events_.push_back({at(h.endNs), e});
    }
    for (const aio::LoopEvent &l : recording.loopEvents) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::LoopEvent;
        e.loop = l;
        events_.push_back({at(l.endNs), e});
    }
    std::stable_sort(events_.begin(), events_.end(), [](const Timed &a, const Timed &b) { return a.tNs < b.tNs; });
    if (!events_.empty())
        endNs_ = std::max(endNs_, events_.back().tNs);
    // When the supervisor stopped it, the spinner wiped its line.
    if (!report_.frames.empty()) {
        SpinnerLiveEvent cleared;
        cleared.kind = SpinnerLiveEvent::Kind::Cleared;
        events_.push_back({endNs_, cleared});
    }

    timer_.setSingleShot(true);
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &SpinnerReplay::playDue);
}

void SpinnerReplay::start()
{
    if (active_)
        return;
    active_ = true;
    clock_.start();
    playDue();
}

void SpinnerReplay::stop()
{
    if (active_)
        finish(true);
}

void SpinnerReplay::playDue()
{
    if (!active_)
        return;
    const std::int64_t now = clock_.nsecsElapsed();
    for (; next_ < events_.size() && events_[next_].tNs <= now; ++next_) {
        if (events_[next_].event.kind == SpinnerLiveEvent::Kind::Frame)
            ++framesReplayed_;
        inbox_->push(events_[next_].event);
    }
    const std::int64_t due = next_ < events_.size() ? events_[next_].tNs : endNs_;
    if (next_ == events_.size() && now >= endNs_) {
        finish(false);
        return;
    }
    // Wake at the next recorded event (rounded up: never early).
    const auto waitMs = static_cast<int>((due - now + 999'999) / 1'000'000);
    timer_.start(std::max(0, waitMs));
}

void SpinnerReplay::finish(bool stopped)
{
    active_ = false;
    timer_.stop();
    SpinnerReport report = report_;
    if (stopped) {
        report.cancelled = true;
        report.frames.resize(static_cast<std::size_t>(framesReplayed_));
        report.elapsed = static_cast<double>(clock_.nsecsElapsed()) / 1e9;
    }
    emit finished(report);
}

} // namespace conlab
