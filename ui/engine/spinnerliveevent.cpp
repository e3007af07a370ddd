// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/spinnerliveevent.h"

#include <atomic>

namespace conlab {

SpinnerObserver observerFor(const std::shared_ptr<EventInbox<SpinnerLiveEvent>> &inbox)
{
    SpinnerObserver observer;
    observer.onSpinnerObject = [inbox](const QString &repr) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::SpinnerObject;
        e.repr = repr;
        inbox->push(std::move(e));
    };
    observer.onFrame = [inbox](const SpinnerFrame &frame) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::Frame;
        e.frame = frame;
        inbox->push(std::move(e));
    };
    observer.onCleared = [inbox] {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::Cleared;
        inbox->push(std::move(e));
    };
    observer.onGilHold = [inbox](const GilHold &hold) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::GilHold;
        e.hold = hold;
        inbox->push(std::move(e));
    };
    observer.loopDetail = aio::LoopDetail::Full; // the page draws the loop (LoopView)
    auto loopEvents = std::make_shared<std::atomic<std::size_t>>(0);
    observer.onLoopEvent = [inbox, loopEvents](const aio::LoopEvent &event) {
        if (loopEvents->fetch_add(1) >= SpinnerLiveEvent::kMaxLoopEvents)
            return;
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::LoopEvent;
        e.loop = event;
        inbox->push(std::move(e));
    };
    return observer;
}

} // namespace conlab
