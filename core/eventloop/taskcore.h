// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "coroinfo.h"
#include "invalidstateerror.h"
#include "pyrepr.h"
#include "task.h"

#include <chrono>
#include <coroutine>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace conlab::aio {
class EventLoop;
}

namespace conlab::aio::detail {

class FutureStateBase;

enum class TaskStatus : std::uint8_t { Pending, Finished, Cancelled };

// Where a pending task is parked. The loop and cancel() need to know, because
// cancelling means waking the task from whatever it waits on.
enum class WaitKind : std::uint8_t { Ready, Running, Timer, Future, Task, Done };

// The loop's record of one task, shared between the loop (which owns the
// coroutine frame) and any TaskHandle. Loop thread only, like asyncio.Task.
class TaskCore : public std::enable_shared_from_this<TaskCore>
{
public:
    explicit TaskCore(std::coroutine_handle<> root) noexcept : root_(root), resumeAt_(root) { }
    virtual ~TaskCore();
    TaskCore(const TaskCore &) = delete;
    TaskCore &operator=(const TaskCore &) = delete;

    std::uint64_t id() const noexcept { return id_; }
    const std::string &name() const noexcept { return name_; }
    const CoroInfo &info() const noexcept { return info_; }
    TaskStatus status() const noexcept { return status_; }
    bool done() const noexcept { return status_ != TaskStatus::Pending; }
    bool cancelled() const noexcept { return status_ == TaskStatus::Cancelled; }
    std::exception_ptr error() const noexcept { return error_; }

    bool cancel();
    std::string repr() const;
    void rethrowIfFailed() const;

    // The hooks awaitables use from await_suspend, with the handle of the
    // innermost coroutine of this task: that is where the loop resumes.
    void sleepFor(std::coroutine_handle<> resumeAt, std::chrono::nanoseconds delay);
    void waitFor(FutureStateBase &future, std::coroutine_handle<> resumeAt);
    void waitFor(TaskCore &other, std::coroutine_handle<> resumeAt);
    // From await_resume: the cancellation is delivered at the await where the
    // task was suspended, once.
    void throwIfCancelRequested();
    // Whether a timer entry set with this token is still the task's wait.
    bool sleepsOn(std::uint64_t token) const noexcept { return wait_ == WaitKind::Timer && waitToken_ == token; }
    // From a future that was resolved or cancelled.
    void wakeFromFuture(const FutureStateBase &future);

protected:
    // Moves the result out of the finished root frame, which is about to be
    // destroyed. Returns true if the coroutine ended with CancelledError.
    virtual bool harvest() = 0;
    virtual std::string resultRepr() const = 0;

    std::exception_ptr error_;

private:
    friend class conlab::aio::EventLoop;

    EventLoop *loop_ = nullptr;
    std::uint64_t id_ = 0;
    std::string name_;
    CoroInfo info_;
    std::coroutine_handle<> root_;
    std::coroutine_handle<> resumeAt_;
    TaskStatus status_ = TaskStatus::Pending;
    WaitKind wait_ = WaitKind::Ready;
    bool started_ = false;
    bool mustCancel_ = false;
    std::uint64_t waitToken_ = 0; // invalidates timer entries left behind by a cancel
    std::size_t slot_ = 0;        // index in the loop's list of live tasks
    std::shared_ptr<FutureStateBase> waitFuture_;
    std::shared_ptr<TaskCore> waitTask_;
    std::vector<TaskCore *> waiters_; // tasks awaiting this one
};

template <typename T>
struct ResultSlot
{
    using type = std::optional<T>;
};
template <>
struct ResultSlot<void>
{
    using type = std::monostate;
};

template <typename T>
class TaskState final : public TaskCore
{
public:
    using Handle = std::coroutine_handle<Promise<T>>;
    explicit TaskState(Handle h) noexcept : TaskCore(h), typed_(h) { }

    // asyncio.Task.result(): the value, or the task's exception, or
    // CancelledError. Copies, because several awaiters may ask.
    T result() const
    {
        if (!done())
            throw InvalidStateError("Result is not set.");
        rethrowIfFailed();
        if constexpr (!std::is_void_v<T>)
            return *value_;
    }

private:
    bool harvest() override
    {
        auto &p = typed_.promise();
        error_ = p.error;
        if constexpr (!std::is_void_v<T>) {
            if (p.value)
                value_.emplace(std::move(*p.value));
        }
        return p.cancelled;
    }

    std::string resultRepr() const override
    {
        if constexpr (std::is_void_v<T>)
            return "None";
        else
            return value_ ? pyRepr(*value_) : std::string("None");
    }

    Handle typed_;
    typename ResultSlot<T>::type value_;
};

} // namespace conlab::aio::detail
