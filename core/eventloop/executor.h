// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "eventloop.h"
#include "future.h"

#include <exception>
#include <functional>
#include <type_traits>
#include <utility>

namespace conlab::aio {

// loop.run_in_executor(): hands `fn` to `executor` and returns a future the
// calling task can await. The executor decides where the job runs (a thread,
// a pool, a worker process); the job itself resolves the future, which is
// safe from any thread. Cancelling the awaiting task cancels the future;
// the job still runs to its end and its outcome is dropped, as with a
// concurrent.futures job that has already started.
template <typename Fn>
auto runInExecutor(EventLoop &loop, const EventLoop::Executor &executor, Fn fn) -> Future<std::invoke_result_t<Fn &>>
{
    using R = std::invoke_result_t<Fn &>;
    Future<R> future(loop);
    executor([future, fn = std::move(fn)]() mutable {
        try {
            if constexpr (std::is_void_v<R>) {
                fn();
                future.setResult();
            } else {
                future.setResult(fn());
            }
        } catch (...) {
            future.setException(std::current_exception());
        }
    });
    return future;
}

template <typename Fn>
auto runInExecutor(EventLoop &loop, Fn fn) -> Future<std::invoke_result_t<Fn &>>
{
    return runInExecutor(loop, loop.defaultExecutor(), std::move(fn));
}

// On the running loop, with its default executor (one std::thread per job
// unless replaced with setDefaultExecutor) or with the one given.
template <typename Fn>
auto runInExecutor(Fn fn) -> Future<std::invoke_result_t<Fn &>>
{
    EventLoop &loop = runningLoop();
    return runInExecutor(loop, loop.defaultExecutor(), std::move(fn));
}

template <typename Fn>
auto runInExecutor(const EventLoop::Executor &executor, Fn fn) -> Future<std::invoke_result_t<Fn &>>
{
    return runInExecutor(runningLoop(), executor, std::move(fn));
}

} // namespace conlab::aio
