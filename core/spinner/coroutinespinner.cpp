// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/eventloop/aio.h"
#include "core/pace/pace.h"
#include "core/process/processpoolexecutor.h"
#include "core/spinner/coroutinelisting.h"
#include "core/spinner/spinnercontext.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"

#include <optional>

namespace conlab::spinner {

namespace {

struct CoroutineRun
{
    SpinnerContext *ctx;
    aio::EventLoop *loop;
    CancelCheckpoint *checkpoint;
    std::optional<aio::TaskHandle<>> supervisor; // for a cancel from outside
};

// spin() of spinner_async.py: a frame, then `await asyncio.sleep(.1)`; a
// cancel raises at that await, and spin cleans up.
aio::Task<void> spin(SpinnerContext *ctx)
{
    for (int i = 0;; ++i) {
        ctx->frame(i, monotonicNs(), kGlyphs[i % 4]);
        try {
            co_await aio::sleep(0.1);
        } catch (const aio::CancelledError &) {
            break;
        }
    }
    ctx->cleared();
}

// Divisions from `next` up to and including the next i with
// i % 100_000 == 1, after which the S8 coroutine naps.
std::uint64_t divisionsUntilNap(std::uint64_t next)
{
    const std::uint64_t delta = (100'001 - next % 100'000) % 100'000;
    return delta / 2 + 1;
}

aio::Task<int> slow(CoroutineRun *run)
{
    SpinnerContext &ctx = *run->ctx;
    switch (ctx.config.slow) {
    case SlowKind::Sleep: co_await aio::sleep(ctx.config.seconds); break;
    case SlowKind::BlockingSleep:
        ctx.blockingSleep(ctx.config.seconds); // time.sleep(3): the loop stalls
        break;
    case SlowKind::Prime:
        isPrime(ctx.config.number, ctx.cost(run->checkpoint)); // no await inside
        break;
    case SlowKind::Nap: {
        TrialDivision t(ctx.config.number);
        const LoopCost cost = ctx.cost(run->checkpoint, true);
        while (!t.advance(divisionsUntilNap(t.nextDivisor()), cost))
            co_await aio::sleep(0);
        break;
    }
    case SlowKind::Executor: {
        // The pool's watchdog: a stopped or hung worker is killed and the
        // number retried in a fresh one, as in the primes executor model.
        ProcessPoolExecutor::Faults faults;
        faults.watchdog = JobWatchdog(ctx.config.watchdogMs,
                                      PaceCalibration::instance().targetNsPerDivision(ctx.config.pace), 1);
        faults.t0Ns = ctx.t0Ns;
        faults.onCrash = [&ctx](const WorkerCrash &c) {
            std::lock_guard lock(ctx.mutex);
            ctx.crashes.push_back(c);
        };
        ProcessPoolExecutor pool(1, ctx.config.workerPath, ctx.cost(nullptr).paceUnits, ctx.control, std::move(faults));
        QString error;
        if (!pool.start(&error))
            throw ProcessPoolExecutor::Failure{error};
        const std::uint64_t n = ctx.config.number;
        auto future = aio::runInExecutor(*run->loop, pool.executor(), [n] { return ProcessPoolExecutor::check(n); });
        co_await future;
        break;
    }
    }
    co_return 42;
}

aio::Task<int> supervisor(CoroutineRun *run)
{
    run->supervisor = aio::currentTask();
    // The repr names the listing the page shows for this variant.
    const aio::CoroInfo spinInfo{"spin", coroutineSpinPlace(run->ctx->config.slow).location().toStdString()};
    auto spinner = aio::createTask(spin(run->ctx), spinInfo);
    run->ctx->spinnerObject(QString::fromStdString(spinner.repr()));
    run->ctx->markStart();
    auto slowTask = slow(run);
    const int result = co_await std::move(slowTask);
    run->ctx->markStop();
    spinner.cancel();
    co_return result;
}

} // namespace

// asyncio.run(supervisor()) of spinner_async.py and its experiments.
void runCoroutineSpinner(SpinnerContext &ctx, SpinnerReport &report)
{
    CancelCheckpoint checkpoint(ctx.control.breaker());
    aio::EventLoop loop;
    loop.setClockOrigin(aio::EventLoop::Clock::time_point(std::chrono::nanoseconds(ctx.t0Ns)));
    if (ctx.observer.onLoopEvent)
        loop.setObserver(ctx.observer.onLoopEvent, ctx.observer.loopDetail);
    CoroutineRun run{&ctx, &loop, &checkpoint, std::nullopt};
    // A cancel from outside: blocking calls see the breaker or the event,
    // and the loop cancels the supervisor at its next iteration.
    RunControl::WakerScope wake(ctx.control, [&] {
        ctx.cancelled.set();
        loop.callSoonThreadsafe([&run] {
            if (run.supervisor)
                run.supervisor->cancel();
        });
    });
    const aio::CoroInfo supervisorInfo{"supervisor",
                                       coroutineSupervisorPlace(ctx.config.slow).location().toStdString()};
    try {
        report.answer = loop.run(supervisor(&run), supervisorInfo);
    } catch (const aio::CancelledError &) {
        throw Cancelled{};
    } catch (const ProcessPoolExecutor::Failure &f) {
        report.error = f.message;
    }
}

} // namespace conlab::spinner
