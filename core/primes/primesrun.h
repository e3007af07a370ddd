// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/concurrency/runcontrol.h"
#include "core/eventloop/loopevent.h"
#include "core/gil/gil.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <functional>

namespace conlab {

using ResultFn = std::function<void(const PrimeResult &)>;
using CrashFn = std::function<void(const WorkerCrash &)>;
// The racy report loop's hang begins: its verdict, and the grace time (ns)
// after which the lab ends the wait.
using RaceHangFn = std::function<void(const RaceVerdict &, std::int64_t graceNs)>;

// One run of one model over a list of numbers. exec() blocks its caller, which
// acts as the book's report loop: results reach `onResult` on that thread, in
// completion order. Never call exec() on a GUI thread. cancel() is safe from
// any thread at any time; exec() then returns within a few hundred ms with
// every thread joined and every worker process reaped.
class PrimesRun
{
public:
    explicit PrimesRun(PrimesConfig config);

    RunSummary exec(const ResultFn &onResult);
    // Every GIL hold as it ends (threads and pool), called on the worker
    // thread that held it; serial while the GIL is on. Set before exec().
    void setGilObserver(Gil::HoldObserver observer) { gilObserver_ = std::move(observer); }
    // Every task step of the event loop (coroutine models), on the loop's
    // thread. Set before exec().
    void setLoopObserver(std::function<void(const aio::LoopEvent &)> observer,
                         aio::LoopDetail detail = aio::LoopDetail::Tasks)
    {
        loopObserver_ = std::move(observer);
        loopDetail_ = detail;
    }
    // Every worker process the run loses (it died, garbled its output or
    // hung) as the engine notices, before its number goes to a fresh worker.
    // Process models only; called on the run's threads, one call at a time.
    // The same crashes are in RunSummary::crashes. Set before exec().
    void setFaultObserver(CrashFn observer) { faultObserver_ = std::move(observer); }
    // Racy processes: called once when the report loop starts to wait for a
    // result that will never come, with the grace time that ends it, so a
    // view can count it down. On the run's thread. Set before exec().
    void setRaceObserver(RaceHangFn observer) { raceObserver_ = std::move(observer); }
    void cancel() { control_.cancel(); }
    const PrimesConfig &config() const { return config_; }

private:
    PrimesConfig config_;
    RunControl control_;
    Gil::HoldObserver gilObserver_;
    std::function<void(const aio::LoopEvent &)> loopObserver_;
    aio::LoopDetail loopDetail_ = aio::LoopDetail::Tasks;
    CrashFn faultObserver_;
    RaceHangFn raceObserver_;
};

} // namespace conlab
