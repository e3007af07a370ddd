// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "timerheap.h"

#include "taskcore.h"

#include <algorithm>

namespace conlab::aio::detail {

namespace {

// std::push_heap builds a max-heap; "later than" puts the earliest on top.
bool laterThan(const TimerHeap::Entry &a, const TimerHeap::Entry &b) noexcept
{
    return a.when != b.when ? a.when > b.when : a.seq > b.seq;
}

} // namespace

void TimerHeap::push(Clock::time_point when, std::uint64_t token, std::shared_ptr<TaskCore> task)
{
    heap_.push_back(Entry{when, ++seq_, token, std::move(task)});
    std::push_heap(heap_.begin(), heap_.end(), laterThan);
}

TimerHeap::Entry TimerHeap::pop()
{
    std::pop_heap(heap_.begin(), heap_.end(), laterThan);
    Entry e = std::move(heap_.back());
    heap_.pop_back();
    return e;
}

} // namespace conlab::aio::detail
