// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "cancellederror.h"

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace conlab::aio {

template <typename T>
class Task;

namespace detail {

class PromiseBase
{
public:
    // Resumes whoever awaited this coroutine. A task's root coroutine has no
    // continuation: it parks at its final suspend point so the loop can see
    // done() and collect the result before destroying the frame.
    struct FinalAwaiter
    {
        bool await_ready() const noexcept { return false; }
        template <typename P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> self) noexcept
        {
            std::coroutine_handle<> next = self.promise().continuation;
            return next ? next : std::noop_coroutine();
        }
        void await_resume() const noexcept { }
    };

    // Lazy start, like a Python coroutine object: nothing runs until the loop
    // (or an awaiting coroutine) resumes it.
    std::suspend_always initial_suspend() const noexcept { return {}; }
    FinalAwaiter final_suspend() const noexcept { return {}; }

    void unhandled_exception() noexcept
    {
        error = std::current_exception();
        // Classified now, while the exception is in flight, so the loop never
        // has to rethrow just to learn whether the task was cancelled.
        try {
            throw;
        } catch (const CancelledError &) {
            cancelled = true;
        } catch (...) {
        }
    }

    std::coroutine_handle<> continuation;
    std::exception_ptr error;
    bool cancelled = false;
};

template <typename T>
class Promise : public PromiseBase
{
public:
    Task<T> get_return_object() noexcept;
    template <typename U>
    void return_value(U &&v)
    {
        value.emplace(std::forward<U>(v));
    }

    T take()
    {
        if (error)
            std::rethrow_exception(error);
        return std::move(*value);
    }

    std::optional<T> value;
};

template <>
class Promise<void> : public PromiseBase
{
public:
    Task<void> get_return_object() noexcept;
    void return_void() const noexcept { }
    void take() const
    {
        if (error)
            std::rethrow_exception(error);
    }
};

} // namespace detail

// The return type of a coroutine the loop can run: `Task<int> f() { co_return 1; }`.
// It owns the coroutine frame until it is handed to the loop (createTask, run)
// or awaited directly. `co_await f()` runs f inside the current task, exactly
// as `await f()` does in Python: no new task, no trip through the loop.
template <typename T = void>
class [[nodiscard]] Task
{
public:
    using promise_type = detail::Promise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Task() noexcept = default;
    explicit Task(Handle h) noexcept : h_(h) { }
    Task(Task &&other) noexcept : h_(std::exchange(other.h_, {})) { }
    Task &operator=(Task &&other) noexcept
    {
        if (this != &other) {
            reset();
            h_ = std::exchange(other.h_, {});
        }
        return *this;
    }
    Task(const Task &) = delete;
    Task &operator=(const Task &) = delete;
    ~Task() { reset(); }

    bool valid() const noexcept { return static_cast<bool>(h_); }
    Handle release() noexcept { return std::exchange(h_, {}); }

    class Awaiter
    {
    public:
        explicit Awaiter(Handle child) noexcept : child_(child) { }
        bool await_ready() const noexcept { return false; }
        std::coroutine_handle<> await_suspend(std::coroutine_handle<> parent) noexcept
        {
            child_.promise().continuation = parent;
            return child_; // symmetric transfer: no stack growth, no loop trip
        }
        T await_resume() { return child_.promise().take(); }

    private:
        Handle child_;
    };

    // Only rvalues: a coroutine runs once, as in Python.
    Awaiter operator co_await() &&noexcept { return Awaiter(h_); }

private:
    void reset() noexcept
    {
        if (h_)
            h_.destroy();
        h_ = {};
    }

    Handle h_;
};

namespace detail {

template <typename T>
Task<T> Promise<T>::get_return_object() noexcept
{
    return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}

inline Task<void> Promise<void>::get_return_object() noexcept
{
    return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}

} // namespace detail
} // namespace conlab::aio
