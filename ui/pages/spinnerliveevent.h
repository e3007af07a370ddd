#pragma once
#include "gil/gilevents.h"
#include "spinner/spinnerevents.h"

#include "engine/eventinbox.h"
#include "spinner/spinnerrun.h"

#include <QString>
#include <memory>

namespace conlab {

// What a spinner run's observer callbacks drop into the page's inbox: one
// plain value for every kind, so one inbox keeps them in arrival order.
struct SpinnerLiveEvent
{
    enum class Kind { SpinnerObject, Frame, Cleared, GilHold };
    Kind kind = Kind::Frame;
    SpinnerFrame frame;
    GilHold hold;
    QString repr;
};

// An observer for SpinnerRun::exec that drops every callback into `inbox`
// and touches nothing else: the page that started the run may be gone, or
// on a newer run, by the time an event comes.
SpinnerObserver observerFor(const std::shared_ptr<EventInbox<SpinnerLiveEvent>> &inbox);

} // namespace conlab
