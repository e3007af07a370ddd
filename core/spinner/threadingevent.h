// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace conlab {

// threading.Event: set() wakes every wait(); wait(timeout) returns whether
// the flag is set, as Python's does. The spinner's stop signal, and the
// cancellable sleep of slow().
class ThreadingEvent
{
public:
    void set()
    {
        {
            std::lock_guard lock(mutex_);
            flag_ = true;
        }
        cond_.notify_all();
    }
    bool isSet() const
    {
        std::lock_guard lock(mutex_);
        return flag_;
    }
    template <typename Rep, typename Period>
    bool wait(std::chrono::duration<Rep, Period> timeout)
    {
        std::unique_lock lock(mutex_);
        return cond_.wait_for(lock, timeout, [this] { return flag_; });
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable cond_;
    bool flag_ = false;
};

} // namespace conlab
