// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/concurrency/blockingqueue.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "core/primes/models.h"

#include <algorithm>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace conlab::models {

// primes_threads_pool.py: the analogue of ThreadPoolExecutor, built the way
// CPython builds it rather than on QThreadPool. The executor puts one work
// item per submit() on a queue and starts a thread per submit until it has
// max_workers, so a run of fewer numbers than workers has fewer threads; each
// thread takes items in submission order. Shutdown wakes the threads with a
// None each. Results come back in completion order, as as_completed() yields
// them.
//
// (QtConcurrent::map handed items out in adaptive blocks, and its pool
// threads queue work for each other through QThreadPool's internals, which
// ThreadSanitizer cannot follow in Debian's uninstrumented QtCore.)
void runPool(RunContext &ctx)
{
    const std::size_t count = ctx.config.numbers.size();
    const int threadCount = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(ctx.config.workers), count));
    BlockingQueue<std::optional<std::uint64_t>> work;  // nullopt = shutdown
    BlockingQueue<PrimeResult> results;
    for (std::uint64_t n : ctx.config.numbers)
        work.put(n);
    for (int t = 0; t < threadCount; ++t)
        work.put(std::nullopt);

    RunControl::WakerScope wake(ctx.control, [&] {
        work.interrupt();
        results.interrupt();
    });
    {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(threadCount));
        for (int lane = 1; lane <= threadCount; ++lane) {
            threads.emplace_back([&ctx, &work, &results, lane] {
                // ThreadPoolExecutor names its threads from 0; the timeline's
                // lanes count from 1.
                GilThreadState state(*ctx.gil, "ThreadPoolExecutor-0_" + std::to_string(lane - 1), lane);
                try {
                    GilAcquire running(state);
                    // The executor's queue.get() blocks, letting the GIL go.
                    const auto nextItem = [&] {
                        GilRelease blocking(state);
                        return work.get();
                    };
                    for (auto item = nextItem(); item && *item; item = nextItem())
                        results.put(check(**item, lane, ctx, state));
                } catch (const Cancelled &) {
                }
            });
        }
        for (std::size_t k = 0; k < count; ++k) {
            const auto r = results.get();
            if (!r)
                break; // interrupted: cancelled
            ctx.publish(*r);
        }
        // ~jthread joins every thread here: after the last result each has
        // met its None, and after a cancel the queues are interrupted.
    }
    if (ctx.control.cancelled())
        throw Cancelled{};
}

} // namespace conlab::models
