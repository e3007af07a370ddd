// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "future.h"

#include "loopinbox.h"

#include <algorithm>

namespace conlab::aio::detail {

FutureStateBase::FutureStateBase(EventLoop &loop) : inbox_(loop.inbox_) { }

bool FutureStateBase::cancel()
{
    if (status_ != Status::Pending)
        return false;
    status_ = Status::Cancelled;
    claimed_.store(true, std::memory_order_release); // later setResult() calls report false
    wakeWaiters();
    return true;
}

void FutureStateBase::removeWaiter(TaskCore &task)
{
    waiters_.erase(std::remove(waiters_.begin(), waiters_.end(), &task), waiters_.end());
}

void FutureStateBase::rethrowIfFailed() const
{
    if (error_)
        std::rethrow_exception(error_);
}

void FutureStateBase::publish()
{
    // The closure holds the state, so a worker may drop its Future at once.
    inbox_->post([self = shared_from_this()] { self->settle(); });
}

void FutureStateBase::settle()
{
    if (status_ != Status::Pending)
        return; // cancelled meanwhile: the late outcome is dropped, as asyncio does
    status_ = Status::Done;
    wakeWaiters();
}

void FutureStateBase::wakeWaiters()
{
    // A woken task detaches itself (and may drop the last reference to this
    // state), so work on a copy while holding a reference.
    const auto keep = shared_from_this();
    const std::vector<TaskCore *> waiters = std::move(waiters_);
    waiters_.clear();
    for (TaskCore *task : waiters)
        task->wakeFromFuture(*this);
}

} // namespace conlab::aio::detail
