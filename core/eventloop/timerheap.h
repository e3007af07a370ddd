// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace conlab::aio::detail {

class TaskCore;

// The loop's sleeping tasks, earliest deadline on top. Entries are never
// removed on cancel; a token tells the loop whether an entry is still the
// task's current wait (asyncio also leaves cancelled TimerHandles in its heap).
class TimerHeap
{
public:
    using Clock = std::chrono::steady_clock;

    struct Entry
    {
        Clock::time_point when;
        std::uint64_t seq; // equal deadlines wake in the order they were set
        std::uint64_t token;
        std::shared_ptr<TaskCore> task; // owned: the task may end before its stale entry pops
    };

    bool empty() const noexcept { return heap_.empty(); }
    const Entry &top() const noexcept { return heap_.front(); }
    void push(Clock::time_point when, std::uint64_t token, std::shared_ptr<TaskCore> task);
    Entry pop();
    void clear() noexcept { heap_.clear(); }

private:
    std::vector<Entry> heap_;
    std::uint64_t seq_ = 0;
};

} // namespace conlab::aio::detail
