// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "gil.h"
#include "gilthreadstate.h"

namespace conlab {

// Holds the GIL for a scope: a Python thread running bytecode. If the
// constructor throws Cancelled the GIL was never taken and nothing is undone.
// The destructor releases only if the thread still holds it (a cancelled
// reacquire inside the scope may have left it without).
//
// Named GilAcquire, not GilHold: GilHold is the recorded hold interval
// (gilevents.h) that the timeline and trace export consume.
class GilAcquire
{
public:
    GilAcquire(Gil &gil, int tid) : gil_(gil), tid_(tid) { gil_.acquire(tid_); }
    explicit GilAcquire(GilThreadState &ts) : GilAcquire(ts.gil(), ts.tid()) { }
    ~GilAcquire() { gil_.release(tid_); }
    GilAcquire(const GilAcquire &) = delete;
    GilAcquire &operator=(const GilAcquire &) = delete;

private:
    Gil &gil_;
    int tid_;
};

// Lets the GIL go around a blocking call (sleep, an Event wait, a blocking
// queue get), as CPython does with Py_BEGIN/END_ALLOW_THREADS, so threads that
// mostly wait hardly contend. Call reacquire() to take it back with
// cancellation reported as Cancelled; otherwise the destructor takes it back
// and, if the run was cancelled meanwhile, leaves the thread without it: the
// workload's next checkpoint then throws Cancelled. Does nothing if the thread
// did not hold the GIL (or the GIL is disabled).
class GilRelease
{
public:
    GilRelease(Gil &gil, int tid) : gil_(gil), tid_(tid), held_(gil.isHeldBy(tid))
    {
        if (held_)
            gil_.release(tid_);
    }
    explicit GilRelease(GilThreadState &ts) : GilRelease(ts.gil(), ts.tid()) { }
    ~GilRelease()
    {
        if (held_)
            gil_.acquireUnlessCancelled(tid_);
    }
    GilRelease(const GilRelease &) = delete;
    GilRelease &operator=(const GilRelease &) = delete;

    void reacquire()
    {
        if (!held_)
            return;
        held_ = false; // whether or not it throws, the destructor has nothing left to do
        gil_.acquire(tid_);
    }

private:
    Gil &gil_;
    int tid_;
    bool held_;
};

} // namespace conlab
