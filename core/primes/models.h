// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Internal to primes/: one function per execution model, called by PrimesRun.
#include "core/eventloop/loopevent.h"
#include "core/primes/primesrun.h"
#include "kernel/trialdivision.h"

#include <mutex>

namespace conlab::models {

struct RunContext
{
    const PrimesConfig &config;
    RunControl &control;
    std::int64_t t0Ns;       // the run's start, CLOCK_MONOTONIC
    std::uint32_t paceUnits; // from the calibration, resolved once per run
    const ResultFn &report;  // the report loop's sink
    RunSummary &summary;
    Gil *gil = nullptr;                                       // threads and pool; may be a disabled GIL
    std::function<void(const aio::LoopEvent &)> loopObserver; // coroutine models
    std::function<void(const WorkerCrash &)> faultObserver;   // process models
    RaceHangFn raceObserver{};                                // racy processes: the hang begins
    std::mutex crashMutex{};                                  // crashes may come from several pool threads at once
    aio::LoopDetail loopDetail = aio::LoopDetail::Tasks;

    // Reports one result and counts it.
    void publish(const PrimeResult &r)
    {
        ++summary.checked;
        if (report)
            report(r);
    }
    // Records a worker crash in the summary and passes it on. Any thread.
    void recordCrash(const WorkerCrash &c)
    {
        std::lock_guard lock(crashMutex);
        summary.crashes.push_back(c);
        if (faultObserver)
            faultObserver(c);
    }
};

// Checks one number the way procs.py's check() does: elapsed measured around
// is_prime, plus start and end on the run's time axis. Throws Cancelled.
PrimeResult check(std::uint64_t n, int worker, const RunContext &ctx, Checkpoint &checkpoint);

void runSequential(RunContext &ctx);
void runThreads(RunContext &ctx);
void runPool(RunContext &ctx);
void runProcesses(RunContext &ctx);
void runCoroutines(RunContext &ctx);
void runCoroutinesExecutor(RunContext &ctx);

} // namespace conlab::models
