// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "taskcore.h"

#include "cancellederror.h"
#include "eventloop.h"
#include "future.h"

#include <stdexcept>

namespace conlab::aio::detail {

TaskCore::~TaskCore()
{
    // Only a core that never reached a loop still owns its frame here; the
    // loop destroys the frames of the tasks it adopted.
    if (root_)
        root_.destroy();
}

bool TaskCore::cancel()
{
    if (done() || !loop_)
        return false;
    return loop_->cancelTask(*this);
}

void TaskCore::rethrowIfFailed() const
{
    if (error_)
        std::rethrow_exception(error_);
}

std::string TaskCore::repr() const
{
    std::string s = "<Task ";
    switch (status_) {
    case TaskStatus::Pending: s += "pending"; break;
    case TaskStatus::Finished: s += "finished"; break;
    case TaskStatus::Cancelled: s += "cancelled"; break;
    }
    s += " name=" + pyReprString(name_) + " coro=<" + info_.name + "() ";
    const std::string &where = info_.location;
    if (status_ == TaskStatus::Pending)
        s += where.empty() ? std::string("running") : "running at " + where;
    else
        s += where.empty() ? std::string("done") : "done, defined at " + where;
    s += '>';
    if (status_ == TaskStatus::Finished)
        s += error_ ? " exception=" + pyReprException(error_) : " result=" + resultRepr();
    s += '>';
    return s;
}

void TaskCore::sleepFor(std::coroutine_handle<> resumeAt, std::chrono::nanoseconds delay)
{
    resumeAt_ = resumeAt;
    // A cancel that arrived while the task ran must not wait for the timer.
    if (delay.count() <= 0 || mustCancel_)
        loop_->schedule(*this);
    else
        loop_->addTimer(*this, delay);
}

void TaskCore::waitFor(FutureStateBase &future, std::coroutine_handle<> resumeAt)
{
    resumeAt_ = resumeAt;
    if (mustCancel_) {
        loop_->schedule(*this);
        return;
    }
    wait_ = WaitKind::Future;
    waitFuture_ = future.shared_from_this();
    future.addWaiter(*this);
}

void TaskCore::waitFor(TaskCore &other, std::coroutine_handle<> resumeAt)
{
    if (&other == this)
        throw std::logic_error("Task cannot await on itself");
    resumeAt_ = resumeAt;
    if (mustCancel_) {
        loop_->schedule(*this);
        return;
    }
    wait_ = WaitKind::Task;
    waitTask_ = other.shared_from_this();
    other.waiters_.push_back(this);
}

void TaskCore::wakeFromFuture(const FutureStateBase &future)
{
    if (wait_ == WaitKind::Future && waitFuture_.get() == &future)
        loop_->schedule(*this);
}

void TaskCore::throwIfCancelRequested()
{
    if (mustCancel_) {
        mustCancel_ = false;
        throw CancelledError();
    }
}

} // namespace conlab::aio::detail
