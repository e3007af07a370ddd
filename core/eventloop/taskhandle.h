// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "taskcore.h"

#include <coroutine>
#include <memory>
#include <string>
#include <utility>

namespace conlab::aio {

namespace detail {
TaskCore &runningTask(); // defined by the loop: the task whose step is running
}

// What create_task returns: asyncio.Task seen from the outside. Copyable; all
// copies name the same task. Use it on the loop's thread only.
// TaskHandle<T> converts to TaskHandle<> (void) for code that only needs to
// cancel or wait.
template <typename T = void>
class TaskHandle
{
public:
    TaskHandle() = default;
    explicit TaskHandle(std::shared_ptr<detail::TaskState<T>> core) noexcept : core_(std::move(core)) { }

    explicit operator bool() const noexcept { return static_cast<bool>(core_); }
    const std::string &name() const { return core_->name(); }
    bool done() const { return core_->done(); }
    bool cancelled() const { return core_->cancelled(); }
    // Returns false if the task is already done, as Task.cancel() does.
    bool cancel() { return core_->cancel(); }
    std::string repr() const { return core_->repr(); }
    T result() const { return core_->result(); }
    std::exception_ptr exception() const { return core_->error(); }
    const std::shared_ptr<detail::TaskState<T>> &core() const noexcept { return core_; }

    class Awaiter
    {
    public:
        explicit Awaiter(std::shared_ptr<detail::TaskState<T>> target) noexcept : target_(std::move(target)) { }
        bool await_ready() const noexcept { return target_->done(); }
        void await_suspend(std::coroutine_handle<> h)
        {
            self_ = &detail::runningTask();
            self_->waitFor(*target_, h);
        }
        T await_resume()
        {
            if (self_)
                self_->throwIfCancelRequested();
            return target_->result();
        }

    private:
        // Owned, so `co_await createTask(...)` is safe even where g++ 12 is
        // careless with temporaries that live across a suspension.
        std::shared_ptr<detail::TaskState<T>> target_;
        detail::TaskCore *self_ = nullptr;
    };

    Awaiter operator co_await() const noexcept { return Awaiter(core_); }

private:
    std::shared_ptr<detail::TaskState<T>> core_;
};

// The type-erased handle: cancel, wait, repr, whatever the task returns.
template <>
class TaskHandle<void>
{
public:
    TaskHandle() = default;
    explicit TaskHandle(std::shared_ptr<detail::TaskCore> core) noexcept : core_(std::move(core)) { }
    template <typename U>
    TaskHandle(const TaskHandle<U> &other) noexcept : core_(other.core())
    {
    } // NOLINT: widening is the point

    explicit operator bool() const noexcept { return static_cast<bool>(core_); }
    const std::string &name() const { return core_->name(); }
    bool done() const { return core_->done(); }
    bool cancelled() const { return core_->cancelled(); }
    bool cancel() { return core_->cancel(); }
    std::string repr() const { return core_->repr(); }
    void result() const
    {
        if (!core_->done())
            throw InvalidStateError("Result is not set.");
        core_->rethrowIfFailed();
    }
    std::exception_ptr exception() const { return core_->error(); }
    const std::shared_ptr<detail::TaskCore> &core() const noexcept { return core_; }

    class Awaiter
    {
    public:
        explicit Awaiter(std::shared_ptr<detail::TaskCore> target) noexcept : target_(std::move(target)) { }
        bool await_ready() const noexcept { return target_->done(); }
        void await_suspend(std::coroutine_handle<> h)
        {
            self_ = &detail::runningTask();
            self_->waitFor(*target_, h);
        }
        void await_resume()
        {
            if (self_)
                self_->throwIfCancelRequested();
            target_->rethrowIfFailed();
        }

    private:
        std::shared_ptr<detail::TaskCore> target_;
        detail::TaskCore *self_ = nullptr;
    };

    Awaiter operator co_await() const noexcept { return Awaiter(core_); }

private:
    std::shared_ptr<detail::TaskCore> core_;
};

} // namespace conlab::aio
