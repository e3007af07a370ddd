// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"
#include "core/gil/gilevents.h"
#include "core/spinner/spinnerevents.h"

#include "core/spinner/spinnerrun.h"
#include "ui/engine/eventinbox.h"

#include <QString>
#include <memory>

namespace conlab {

// What a spinner run's observer callbacks drop into the page's inbox: one
// plain value for every kind, so one inbox keeps them in arrival order.
struct SpinnerLiveEvent
{
    enum class Kind { SpinnerObject, Frame, Cleared, GilHold, LoopEvent };
    Kind kind = Kind::Frame;
    SpinnerFrame frame;
    GilHold hold;
    QString repr;
    aio::LoopEvent loop; // the coroutine models' loop, for the loop view and the trace

    // Loop events kept per run at most: a napping is_prime steps a few
    // hundred times; a stray model must not fill the memory.
    static constexpr std::size_t kMaxLoopEvents = 200'000;
};

// An observer for SpinnerRun::exec that drops every callback into `inbox`
// and touches nothing else: the page that started the run may be gone, or
// on a newer run, by the time an event comes.
SpinnerObserver observerFor(const std::shared_ptr<EventInbox<SpinnerLiveEvent>> &inbox);

} // namespace conlab
