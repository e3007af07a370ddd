#include "pages/spinnerliveevent.h"

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
    return observer;
}

} // namespace conlab
