// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QMutex>
#include <QMutexLocker>
#include <vector>

namespace conlab {

// Where engine threads drop events for the GUI. push() is cheap and safe from
// any thread; the GUI takes everything at once, at the screen's pace (a
// timer), so a million results a second never means a million signals.
// One inbox per run: a view drops the inbox of a run it no longer shows, so
// a late event of a cancelled run cannot reach a newer view.
template<typename T>
class EventInbox
{
public:
    void push(T event)
    {
        QMutexLocker lock(&mutex_);
        events_.push_back(std::move(event));
    }
    std::vector<T> take()
    {
        std::vector<T> out;
        QMutexLocker lock(&mutex_);
        out.swap(events_);
        return out;
    }
    // Like take(), but never waits: empty when an engine thread holds the
    // lock right now. Engine threads may run at a lower priority than the
    // GUI (see enginepriority.h); one preempted inside push() must not hold
    // the GUI thread up, so the GUI's timer tries again on its next tick.
    std::vector<T> tryTake()
    {
        std::vector<T> out;
        if (mutex_.tryLock()) {
            out.swap(events_);
            mutex_.unlock();
        }
        return out;
    }

private:
    QMutex mutex_;
    std::vector<T> events_;
};

} // namespace conlab
