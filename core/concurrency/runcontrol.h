// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "kernel/checkpoint.h"

#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace conlab {

// The cancel switch of one run. cancel() may come from any thread at any
// moment (a Stop button, Ctrl+C): it raises the breaker bit that every
// workload loop polls, then wakes whatever the run is blocked on (queues, the
// GIL) through the registered wakers.
class RunControl
{
public:
    void cancel()
    {
        breaker_.set(EvalBreaker::CancelRequested);
        // Wakers run under the lock so that a WakerScope that has gone out of
        // scope can never be called: its destructor waits for this lock.
        std::lock_guard lock(mutex_);
        for (auto &[id, wake] : wakers_)
            wake();
    }
    bool cancelled() const { return breaker_.test(EvalBreaker::CancelRequested); }
    EvalBreaker &breaker() { return breaker_; }

    // Registers a waker for as long as the returned scope lives. If the run
    // is already cancelled, the waker runs at once.
    class WakerScope
    {
    public:
        WakerScope(RunControl &rc, std::function<void()> wake) : rc_(rc)
        {
            std::lock_guard lock(rc_.mutex_);
            id_ = ++rc_.nextId_;
            rc_.wakers_.emplace_back(id_, std::move(wake));
            if (rc_.cancelled())
                rc_.wakers_.back().second();
        }
        ~WakerScope()
        {
            std::lock_guard lock(rc_.mutex_);
            std::erase_if(rc_.wakers_, [this](const auto &w) { return w.first == id_; });
        }
        WakerScope(const WakerScope &) = delete;
        WakerScope &operator=(const WakerScope &) = delete;

    private:
        RunControl &rc_;
        int id_ = 0;
    };

private:
    EvalBreaker breaker_;
    std::mutex mutex_;
    int nextId_ = 0;
    std::vector<std::pair<int, std::function<void()>>> wakers_;
};

} // namespace conlab
