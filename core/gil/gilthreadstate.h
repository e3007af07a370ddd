// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "kernel/checkpoint.h"

#include <string>

namespace conlab {

class Gil;

// The per-thread checkpoint of a run with the GIL emulated: CPython's thread
// state, as far as the eval loop's breaker is concerned. The workload loop
// calls service() only when the breaker is pending, so an uncontended GIL
// costs the loop nothing beyond that one relaxed load per division.
class GilThreadState : public Checkpoint
{
public:
    // Uses a tid already handed out by gil.registerThread().
    GilThreadState(Gil &gil, int tid);
    // Registers the thread under this name (for stats and the timeline), as
    // the run's worker `worker` (0: no worker).
    GilThreadState(Gil &gil, std::string name, int worker = 0);

    Gil &gil() const noexcept { return gil_; }
    int tid() const noexcept { return tid_; }

    void acquire();
    void release() noexcept;
    bool holdsGil() const noexcept;

    // Throws Cancelled on a cancel; gives the GIL up when a waiter asked for
    // it and this thread holds it (a request can be pending while this thread
    // runs without the GIL, e.g. with it released around a call: then there
    // is nothing to give).
    void service() override;

private:
    Gil &gil_;
    int tid_;
};

} // namespace conlab
