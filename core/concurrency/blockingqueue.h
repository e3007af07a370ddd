// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace conlab {

// The hand-made queue of threads.py: put() never blocks, get() blocks until an
// item arrives. interrupt() makes every get() return nullopt from then on, so
// a cancelled run never leaves a thread waiting.
template <typename T>
class BlockingQueue
{
public:
    // Both notify while holding the lock. Once the consumer holds the mutex
    // it may take the last item and destroy the queue; a notify after the
    // unlock could then touch a destroyed condition variable, and it is
    // exactly what ThreadSanitizer reports when the consumer's wait for the
    // producers (QThreadPool::waitForDone) is invisible to it.
    void put(T item)
    {
        std::lock_guard lock(mutex_);
        items_.push_back(std::move(item));
        ready_.notify_one();
    }

    std::optional<T> get()
    {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return interrupted_ || !items_.empty(); });
        if (interrupted_)
            return std::nullopt;
        T item = std::move(items_.front());
        items_.pop_front();
        return item;
    }

    void interrupt()
    {
        std::lock_guard lock(mutex_);
        interrupted_ = true;
        ready_.notify_all();
    }

    // Everything still queued, leaving the queue empty.
    std::deque<T> takeAll()
    {
        std::lock_guard lock(mutex_);
        return std::exchange(items_, {});
    }

    std::size_t size() const
    {
        std::lock_guard lock(mutex_);
        return items_.size();
    }

private:
    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<T> items_;
    bool interrupted_ = false;
};

} // namespace conlab
