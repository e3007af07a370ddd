#pragma once
#include "eventloop/eventloop.h"
#include "primes/blockingqueue.h"
#include "primes/runcontrol.h"
#include "process/workerchannel.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace conlab {

// The analogue of concurrent.futures.ProcessPoolExecutor for the event loop's
// run_in_executor: N worker processes, each driven by a thread of its own that
// takes jobs from a shared queue, so a free worker takes the next job. A job
// calls check() to have its thread's worker run is_prime.
class ProcessPoolExecutor
{
public:
    // Thrown by check() when the worker died or misbehaved.
    struct Failure
    {
        QString message;
    };
    struct Checked
    {
        protocol::Result result;
        int worker = 0;
    };

    ProcessPoolExecutor(int workers, QString program, std::uint32_t paceUnits, RunControl &control);
    ~ProcessPoolExecutor(); // shutdown: pills, joins, reaps (kills if cancelled)
    ProcessPoolExecutor(const ProcessPoolExecutor &) = delete;
    ProcessPoolExecutor &operator=(const ProcessPoolExecutor &) = delete;

    // Spawns the workers up front, so spawning is not charged to the first
    // jobs. Returns false with a message if a worker cannot start.
    bool start(QString *error);
    // The executor to hand to aio::runInExecutor.
    aio::EventLoop::Executor executor();
    // Inside a job only: checks n in this thread's worker. Throws Failure or
    // Cancelled.
    static Checked check(std::uint64_t n);

private:
    void serve(WorkerChannel &channel);
    void failQueued();

    int workers_;
    QString program_;
    std::uint32_t paceUnits_;
    RunControl &control_;
    BlockingQueue<std::optional<std::function<void()>>> jobs_; // nullopt: leave
    std::vector<std::unique_ptr<WorkerChannel>> channels_;
    std::vector<std::thread> threads_;
    std::optional<RunControl::WakerScope> wake_;
};

} // namespace conlab
