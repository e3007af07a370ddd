#include "primes/blockingqueue.h"
#include "primes/models.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <mutex>
#include <thread>
#include <unordered_map>

namespace conlab::models {

namespace {

// Pool threads are anonymous and reused; the timeline wants lanes numbered
// 1..N, so each thread gets the next number the first time it takes a job.
class LaneNumbers
{
public:
    int lane()
    {
        std::lock_guard lock(mutex_);
        auto [it, added] = lanes_.try_emplace(std::this_thread::get_id(), static_cast<int>(lanes_.size()) + 1);
        return it->second;
    }

private:
    std::mutex mutex_;
    std::unordered_map<std::thread::id, int> lanes_;
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
    LaneNumbers lanes;
    std::vector<std::uint64_t> numbers = ctx.config.numbers;

    QFuture<void> future = QtConcurrent::map(&pool, numbers, [&](const std::uint64_t &n) {
        if (ctx.control.cancelled())
            return;
        CancelCheckpoint checkpoint(ctx.control.breaker());
        try {
            results.put(check(n, lanes.lane(), ctx, checkpoint));
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
