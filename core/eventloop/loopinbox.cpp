// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "loopinbox.h"

namespace conlab::aio::detail {

bool LoopInbox::post(Callback fn)
{
    {
        std::lock_guard lock(mutex_);
        if (closed_)
            return false;
        items_.push_back(std::move(fn));
        nonEmpty_.store(true, std::memory_order_release);
    }
    cv_.notify_one();
    return true;
}

void LoopInbox::take(std::vector<Callback> &out, bool block, std::optional<Clock::time_point> deadline)
{
    if (!block && !nonEmpty_.load(std::memory_order_acquire))
        return;
    std::unique_lock lock(mutex_);
    const auto posted = [this] { return !items_.empty(); };
    if (block) {
        if (deadline)
            cv_.wait_until(lock, *deadline, posted);
        else
            cv_.wait(lock, posted);
    }
    out.swap(items_);
    nonEmpty_.store(false, std::memory_order_relaxed);
}

void LoopInbox::close()
{
    std::vector<Callback> dropped;
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
        dropped.swap(items_);
        nonEmpty_.store(false, std::memory_order_relaxed);
    }
    // Destroyed outside the lock: a callback's captures may run arbitrary
    // destructors.
}

} // namespace conlab::aio::detail
