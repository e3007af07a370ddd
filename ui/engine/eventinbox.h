// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QMutex>
#include <QMutexLocker>
#include <vector>

namespace conlab {

// Where engine threads drop events for the GUI. push() is cheap and safe from
// any thread; RunSession takes what came at the screen's pace, so a million
// results a second never means a million signals. One inbox per run and
// generation: the session drops the inbox of a run it no longer shows, so a
// late event of a cancelled run cannot reach a newer view.
template <typename T>
class EventInbox
{
public:
    void push(T event)
    {
        QMutexLocker lock(&mutex_);
        events_.push_back(std::move(event));
    }
    // Everything pushed so far, but never waits: empty when an engine thread
    // holds the lock right now. There is deliberately no waiting take():
    // engine threads may run at a lower priority than the GUI (see
    // enginepriority.h), and one preempted inside push() must not hold the
    // GUI thread up, so the session tries again on its next tick.
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
