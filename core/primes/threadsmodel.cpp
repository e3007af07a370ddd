// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/concurrency/blockingqueue.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "core/primes/models.h"

#include <optional>
#include <thread>
#include <vector>

namespace conlab::models {

// threads.py: a job queue with one poison pill per worker; each worker
// answers its pill with a "done" marker, and the report loop counts those.
// The book's pill is 0; here it is an empty optional, so that a user's list
// may hold 0 and still have it checked.
void runThreads(RunContext &ctx)
{
    const int workers = ctx.config.workers;
    BlockingQueue<std::optional<std::uint64_t>> jobs;  // nullopt = pill
    BlockingQueue<std::optional<PrimeResult>> results; // nullopt = "done"
    for (std::uint64_t n : ctx.config.numbers)
        jobs.put(n);
    for (int w = 0; w < workers; ++w)
        jobs.put(std::nullopt);

    RunControl::WakerScope wake(ctx.control, [&] {
        jobs.interrupt();
        results.interrupt();
    });
    {
        std::vector<std::jthread> threads;
        threads.reserve(static_cast<std::size_t>(workers));
        for (int w = 1; w <= workers; ++w) {
            threads.emplace_back([&ctx, &jobs, &results, w] {
                // Python's name for the thread of threading.Thread(target=worker).
                GilThreadState state(*ctx.gil,
                                     PrimesModels::workerName(PrimesModel::Threads, w).toStdString() + " (worker)", w);
                try {
                    GilAcquire running(state);
                    // jobs.get() blocks, so it lets the GIL go, as a
                    // SimpleQueue.get() does in CPython.
                    const auto nextJob = [&] {
                        GilRelease blocking(state);
                        return jobs.get();
                    };
                    // A pill, or an interrupted get(), ends the worker.
                    for (auto job = nextJob(); job && *job; job = nextJob())
                        results.put(check(**job, w, ctx, state));
                } catch (const Cancelled &) {
                }
                results.put(std::nullopt);
            });
        }
        int done = 0;
        while (done < workers) {
            const auto r = results.get();
            if (!r)
                break; // interrupted: cancelled
            if (!*r)
                ++done;
            else
                ctx.publish(**r);
        }
        // ~jthread joins every worker here; after a cancel they are already
        // on their way out, since the queues are interrupted.
    }
    if (ctx.control.cancelled())
        throw Cancelled{};
}

} // namespace conlab::models
