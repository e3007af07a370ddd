// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace conlab::aio::detail {

// The one door into the loop from other threads (asyncio's self-pipe).
// Shared by pointer with futures, so a worker that finishes after the loop
// is gone posts into a closed inbox instead of into freed memory.
class LoopInbox
{
public:
    using Clock = std::chrono::steady_clock;
    using Callback = std::function<void()>;

    // Any thread. False once the loop has closed the inbox.
    bool post(Callback fn);

    // Loop thread. Swaps the pending callbacks into `out` (which must be
    // empty). Without a deadline and with `block` set it waits for the
    // first one; with a deadline it waits at most until then.
    void take(std::vector<Callback> &out, bool block, std::optional<Clock::time_point> deadline);

    // Loop thread, at destruction: refuse new posts, drop pending ones.
    void close();

private:
    std::mutex mutex_;
    std::condition_variable cv_;
    std::vector<Callback> items_;
    bool closed_ = false;
    // Lets a busy loop skip the mutex on iterations where nothing was posted.
    std::atomic<bool> nonEmpty_{false};
};

} // namespace conlab::aio::detail
