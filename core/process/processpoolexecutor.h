// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/concurrency/blockingqueue.h"
#include "core/concurrency/runcontrol.h"
#include "core/eventloop/eventloop.h"
#include "core/process/jobwatchdog.h"
#include "core/process/workerchannel.h"

#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace conlab {

// The analogue of concurrent.futures.ProcessPoolExecutor for the event loop's
// run_in_executor: N worker processes, each driven by a thread of its own that
// takes jobs from a shared queue, so a free worker takes the next job. A job
// calls check() to have its thread's worker run is_prime.
//
// Unlike Python's pool, which breaks for good when a worker dies, a lost
// worker (dead, garbling, or silent past the watchdog) is replaced and the
// job retried in the fresh one; a number that costs WorkerCrash::kMaxAttempts
// workers in a row fails its job and stops the pool.
class ProcessPoolExecutor
{
public:
    // Thrown by check() when a number has cost too many workers, and by every
    // job after that.
    struct Failure
    {
        QString message;
    };
    struct Checked
    {
        protocol::Result result;
        int worker = 0;
    };
    // What the pool does about lost workers.
    struct Faults
    {
        JobWatchdog watchdog;
        std::int64_t t0Ns = 0;                            // the run's start, for WorkerCrash::tNs
        std::function<void(const WorkerCrash &)> onCrash; // any pool thread, may be concurrent
    };

    ProcessPoolExecutor(int workers, QString program, std::uint32_t paceUnits, RunControl &control, Faults faults);
    // With the default faults: no watchdog on jobs, no crash observer.
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
    std::unique_ptr<WorkerChannel> spawn(int id, QString *error) const;
    Checked checkIn(std::size_t slot, std::uint64_t n);
    std::optional<Checked> attempt(WorkerChannel &channel, std::uint64_t n, WorkerCrash &crash);
    void serve(std::size_t slot);
    void retire(std::size_t slot);
    void giveUp(const QString &message);
    [[noreturn]] void throwStopped() const;
    void failQueued();

    int workers_;
    QString program_;
    std::uint32_t paceUnits_;
    RunControl &control_;
    Faults faults_;
    // Set by the run's cancel or by a give-up: every wait and job ends.
    RunControl stop_;
    mutable std::mutex failureMutex_;
    std::optional<QString> failure_;
    BlockingQueue<std::optional<std::function<void()>>> jobs_; // nullopt: leave
    // One per pool thread; only that thread touches its entry once started.
    std::vector<std::unique_ptr<WorkerChannel>> channels_;
    std::vector<std::thread> threads_;
    std::optional<RunControl::WakerScope> wake_;
};

} // namespace conlab
