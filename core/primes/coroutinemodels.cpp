// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/eventloop/aio.h"
#include "core/pace/pace.h"
#include "core/primes/models.h"
#include "core/process/processpoolexecutor.h"

#include <chrono>

namespace conlab::models {

namespace {

// Coroutines take their arguments by pointer: a coroutine frame keeps
// copies of its parameters, and these objects outlive the loop run.
aio::Task<void> checkOne(std::uint64_t n, RunContext *ctx, Checkpoint *checkpoint)
{
    // No await inside: is_prime blocks the loop for its whole run, which is
    // the point of the lesson.
    ctx->publish(check(n, 0, *ctx, *checkpoint));
    co_return;
}

aio::Task<void> checkAll(RunContext *ctx, Checkpoint *checkpoint)
{
    // Named before the await: g++ 12 mishandles temporaries that live across
    // a co_await in one full-expression (destroys them twice).
    const aio::CoroInfo info{"check", "primes_async.py:8"};
    for (std::uint64_t n : ctx->config.numbers) {
        auto task = aio::createTask(checkOne(n, ctx, checkpoint), info);
        co_await task;
    }
}

struct ExecutorJobs
{
    RunContext *ctx;
    aio::EventLoop *loop;
    aio::EventLoop::Executor executor;
    std::size_t next = 0; // the numbers not yet handed to the pool
};

// One of a few consumers: each awaits one run_in_executor future at a time,
// so the pool's queue stays fed without a future per number in memory.
aio::Task<void> consume(ExecutorJobs *jobs)
{
    RunContext &ctx = *jobs->ctx;
    while (jobs->next < ctx.config.numbers.size()) {
        const std::uint64_t n = ctx.config.numbers[jobs->next++];
        auto future = aio::runInExecutor(*jobs->loop, jobs->executor, [n] { return ProcessPoolExecutor::check(n); });
        const auto checked = co_await future;
        const protocol::Result &r = checked.result;
        ctx.publish({r.n, r.prime, static_cast<double>(r.endNs - r.startNs) / 1e9, checked.worker, r.startNs - ctx.t0Ns,
                     r.endNs - ctx.t0Ns});
    }
}

aio::Task<void> gatherAll(ExecutorJobs *jobs, int consumers)
{
    std::vector<aio::TaskHandle<>> tasks;
    for (int k = 0; k < consumers; ++k)
        tasks.push_back(aio::createTask(consume(jobs), aio::CoroInfo{"consume", "primes_executor.py:11"}));
    for (auto &t : tasks)
        co_await t;
}

void prepareLoop(aio::EventLoop &loop, const RunContext &ctx)
{
    // steady_clock is CLOCK_MONOTONIC on Linux, so loop events share the
    // run's time axis.
    loop.setClockOrigin(aio::EventLoop::Clock::time_point(std::chrono::nanoseconds(ctx.t0Ns)));
    if (ctx.loopObserver)
        loop.setObserver(ctx.loopObserver, ctx.loopDetail);
}

// A cancel must reach a loop that may be asleep waiting for a future.
struct LoopCanceller
{
    LoopCanceller(RunContext &ctx, aio::EventLoop &loop)
        : scope(ctx.control, [&loop] { loop.callSoonThreadsafe([] {}); })
    {
    }
    RunControl::WakerScope scope;
};

} // namespace

// asyncio.run(main()) where main awaits check(n) for every number: the loop
// thread checks them all, one after the other, as long as sequential takes.
void runCoroutines(RunContext &ctx)
{
    CancelCheckpoint checkpoint(ctx.control.breaker());
    aio::EventLoop loop;
    prepareLoop(loop, ctx);
    loop.run(checkAll(&ctx, &checkpoint), aio::CoroInfo{"main", "primes_async.py:14"});
}

// loop.run_in_executor(ProcessPoolExecutor(N), is_prime, n) for every number.
void runCoroutinesExecutor(RunContext &ctx)
{
    ProcessPoolExecutor::Faults faults;
    faults.watchdog = JobWatchdog(ctx.config.watchdogMs,
                                  PaceCalibration::instance().targetNsPerDivision(ctx.config.pace), ctx.config.workers);
    faults.t0Ns = ctx.t0Ns;
    faults.onCrash = [&ctx](const WorkerCrash &c) { ctx.recordCrash(c); };
    ProcessPoolExecutor pool(ctx.config.workers, ctx.config.workerPath, ctx.paceUnits, ctx.control, std::move(faults));
    QString error;
    if (!pool.start(&error)) {
        ctx.summary.error = error;
        return;
    }
    aio::EventLoop loop;
    prepareLoop(loop, ctx);
    LoopCanceller canceller(ctx, loop);
    ExecutorJobs jobs{&ctx, &loop, pool.executor()};
    try {
        loop.run(gatherAll(&jobs, 2 * ctx.config.workers), aio::CoroInfo{"main", "primes_executor.py:17"});
    } catch (const ProcessPoolExecutor::Failure &f) {
        ctx.summary.error = f.message;
    }
}

} // namespace conlab::models
