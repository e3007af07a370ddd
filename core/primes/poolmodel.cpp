// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/concurrency/blockingqueue.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "core/primes/models.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <mutex>
#include <thread>
#include <unordered_map>

namespace conlab::models {

namespace {

// Pool threads are anonymous and reused; the timeline wants lanes numbered
// 1..N, so each thread gets the next number the first time it takes a job,
// and with it a thread state of the GIL, named as ThreadPoolExecutor names
// its threads.
class Lanes
{
public:
    explicit Lanes(Gil &gil) : gil_(gil) { }
    struct Lane
    {
        int number;
        int tid;
    };
    Lane lane()
    {
        std::lock_guard lock(mutex_);
        auto [it, added] = lanes_.try_emplace(std::this_thread::get_id(), Lane{0, 0});
        if (added) {
            const int number = static_cast<int>(lanes_.size());
            it->second = {number, gil_.registerThread("ThreadPoolExecutor-0_" + std::to_string(number - 1), number)};
        }
        return it->second;
    }

private:
    Gil &gil_;
    std::mutex mutex_;
    std::unordered_map<std::thread::id, Lane> lanes_;
};

} // namespace

// The analogue of ThreadPoolExecutor: QtConcurrent maps is_prime over the
// numbers on a QThreadPool of N threads; results come back in completion order
// through a queue that the report loop drains.
void runPool(RunContext &ctx)
{
    QThreadPool pool;
    pool.setMaxThreadCount(ctx.config.workers);
    BlockingQueue<PrimeResult> results;
    Lanes lanes(*ctx.gil);
    std::vector<std::uint64_t> numbers = ctx.config.numbers;

    QFuture<void> future = QtConcurrent::map(&pool, numbers, [&](const std::uint64_t &n) {
        if (ctx.control.cancelled())
            return;
        const Lanes::Lane lane = lanes.lane();
        GilThreadState state(*ctx.gil, lane.tid);
        try {
            // Between jobs a pool thread waits on the executor's queue, a
            // blocking call that lets the GIL go; so it holds it per job.
            GilAcquire running(state);
            results.put(check(n, lane.number, ctx, state));
        } catch (const Cancelled &) {
        }
    });
    {
        RunControl::WakerScope wake(ctx.control, [&] {
            future.cancel();
            results.interrupt();
        });
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            const auto r = results.get();
            if (!r)
                break;
            ctx.publish(*r);
        }
    }
    future.cancel();
    future.waitForFinished();
    pool.waitForDone();
    if (ctx.control.cancelled())
        throw Cancelled{};
}

} // namespace conlab::models
