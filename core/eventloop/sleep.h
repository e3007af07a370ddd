// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "taskhandle.h"

#include <chrono>
#include <coroutine>
#include <type_traits>

namespace conlab::aio {

// The awaitable behind sleep(). Zero or less gives control back to the loop
// for exactly one iteration; more parks the task on the loop's timer heap.
class SleepAwaiter
{
public:
    explicit SleepAwaiter(std::chrono::nanoseconds delay) noexcept : delay_(delay) { }
    bool await_ready() const noexcept { return false; } // even sleep(0) must yield
    void await_suspend(std::coroutine_handle<> h)
    {
        task_ = &detail::runningTask();
        task_->sleepFor(h, delay_);
    }
    void await_resume() { task_->throwIfCancelRequested(); }

private:
    std::chrono::nanoseconds delay_;
    detail::TaskCore *task_ = nullptr;
};

// asyncio.sleep(seconds). A template so that sleep(0) is an exact match and
// never ambiguous with POSIX ::sleep(unsigned) under a using-directive.
template <typename Seconds>
requires std::is_arithmetic_v<Seconds> SleepAwaiter sleep(Seconds seconds)
noexcept
{
    // Converting an out-of-range double to nanoseconds is undefined, so huge
    // delays are capped at ten years and NaN means no delay.
    constexpr double kMaxSeconds = 10.0 * 365 * 24 * 3600;
    double s = static_cast<double>(seconds);
    if (!(s > 0))
        s = 0;
    else if (s > kMaxSeconds)
        s = kMaxSeconds;
    return SleepAwaiter(std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::duration<double>(s)));
}

inline SleepAwaiter sleep(std::chrono::nanoseconds delay) noexcept
{
    return SleepAwaiter(delay);
}

} // namespace conlab::aio
