// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "cancellederror.h"
#include "eventloop.h"
#include "invalidstateerror.h"
#include "taskcore.h"
#include "taskhandle.h"

#include <atomic>
#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace conlab::aio {

namespace detail {

class LoopInbox;

// The part of a future that does not depend on T. The status and the list
// of waiters belong to the loop thread; other threads only claim the right
// to resolve it, write the value, and post the hand-over through the inbox,
// whose mutex orders that write before the loop reads it.
class FutureStateBase : public std::enable_shared_from_this<FutureStateBase>
{
public:
    explicit FutureStateBase(EventLoop &loop);
    virtual ~FutureStateBase() = default;
    FutureStateBase(const FutureStateBase &) = delete;
    FutureStateBase &operator=(const FutureStateBase &) = delete;

    enum class Status : std::uint8_t { Pending, Done, Cancelled };

    // Loop thread.
    Status status() const noexcept { return status_; }
    bool cancel();
    void addWaiter(TaskCore &task) { waiters_.push_back(&task); }
    void removeWaiter(TaskCore &task);
    void rethrowIfFailed() const;

    // Any thread: true for the one caller allowed to resolve the future.
    bool claim() noexcept { return !claimed_.exchange(true, std::memory_order_acq_rel); }
    // Any thread, after a successful claim and after writing the outcome.
    void publish();

    std::exception_ptr error_; // written by the claimer before publish()

private:
    void settle();
    void wakeWaiters();

    std::shared_ptr<LoopInbox> inbox_;
    std::vector<TaskCore *> waiters_;
    std::atomic<bool> claimed_{false};
    Status status_ = Status::Pending;
};

template <typename T>
class FutureState final : public FutureStateBase
{
public:
    using FutureStateBase::FutureStateBase;
    std::optional<T> value;
};

template <>
class FutureState<void> final : public FutureStateBase
{
public:
    using FutureStateBase::FutureStateBase;
};

} // namespace detail

// asyncio.Future, bound to one loop: resolved from any thread, awaited by
// tasks on the loop's thread. Copies share the same state.
template <typename T = void>
class Future
{
public:
    explicit Future(EventLoop &loop) : state_(std::make_shared<detail::FutureState<T>>(loop)) { }

    // Any thread. The first resolution wins; later ones, and any resolution
    // of a cancelled future, are ignored (returns false). The waiting task
    // wakes at the loop's next iteration.
    template <typename U = T>
    requires(!std::is_void_v<U>) bool setResult(U &&value)
    {
        if (!state_->claim())
            return false;
        state_->value.emplace(std::forward<U>(value));
        state_->publish();
        return true;
    }
    bool setResult() requires std::is_void_v<T>
    {
        if (!state_->claim())
            return false;
        state_->publish();
        return true;
    }
    bool setException(std::exception_ptr error)
    {
        if (!state_->claim())
            return false;
        state_->error_ = std::move(error);
        state_->publish();
        return true;
    }

    // Loop thread.
    bool cancel() { return state_->cancel(); }
    bool done() const noexcept { return state_->status() != detail::FutureStateBase::Status::Pending; }
    bool cancelled() const noexcept { return state_->status() == detail::FutureStateBase::Status::Cancelled; }
    T result() const { return resultOf(*state_); }

    class Awaiter
    {
    public:
        explicit Awaiter(std::shared_ptr<detail::FutureState<T>> state) noexcept : state_(std::move(state)) { }
        bool await_ready() const noexcept { return state_->status() != detail::FutureStateBase::Status::Pending; }
        void await_suspend(std::coroutine_handle<> h)
        {
            task_ = &detail::runningTask();
            task_->waitFor(*state_, h);
        }
        T await_resume()
        {
            if (task_)
                task_->throwIfCancelRequested();
            return resultOf(*state_);
        }

    private:
        std::shared_ptr<detail::FutureState<T>> state_;
        detail::TaskCore *task_ = nullptr;
    };

    Awaiter operator co_await() const noexcept { return Awaiter(state_); }

private:
    static T resultOf(const detail::FutureState<T> &s)
    {
        switch (s.status()) {
        case detail::FutureStateBase::Status::Pending: throw InvalidStateError("Result is not set.");
        case detail::FutureStateBase::Status::Cancelled: throw CancelledError();
        case detail::FutureStateBase::Status::Done: break;
        }
        s.rethrowIfFailed();
        if constexpr (!std::is_void_v<T>) {
            // Copies when it can: several tasks may await one future.
            if constexpr (std::is_copy_constructible_v<T>)
                return *s.value;
            else
                return std::move(const_cast<detail::FutureState<T> &>(s).value).value();
        }
    }

    std::shared_ptr<detail::FutureState<T>> state_;
};

} // namespace conlab::aio
