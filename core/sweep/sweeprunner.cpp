// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweeprunner.h"

#include "core/cpython/cpythonprimesrun.h"
#include "core/sweep/sweepexternalengine.h"
#include "core/primes/primesrun.h"
#include "core/process/workerlocator.h"
#include "core/sweep/sweepestimate.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweeppython.h"
#include "kernel/monotonic.h"

#include <QScopeGuard>
#include <algorithm>
#include <optional>

namespace conlab {

SweepRunner::SweepRunner(SweepData data, std::unique_ptr<SweepFile> file)
    : data_(std::move(data)), file_(std::move(file))
{
}

SweepRunner::~SweepRunner() = default;

SweepOutcome SweepRunner::exec(const RunFn &onRun)
{
    // Closed, and so unlocked, as soon as the sweep ends, however: a stopped
    // sweep can be resumed at once (the window keeps this runner while it
    // shows the chart), by this window or by the CLI.
    const auto closeFile = qScopeGuard([this] { file_.reset(); });
    SweepOutcome outcome;
    const SweepConfig &config = data_.config;
    if (const QString why = config.validate(); !why.isEmpty()) {
        outcome.error = why;
        return outcome;
    }
    if (!file_) {
        outcome.error = tr("no results file is open for this sweep");
        return outcome;
    }

    // Made and reopened files pass this already; here it guards any other
    // caller, before the first run rather than at the first CPython one.
    if (const QString why = SweepPython::prepare(data_); !why.isEmpty()) {
        outcome.error = why;
        return outcome;
    }

    if (config.usesCelery() && !external_) {
        outcome.error = tr("this sweep has a Celery series, and no Celery engine was given to run it");
        return outcome;
    }

    const std::vector<SweepPoint> schedule = sweepSchedule(config, data_.runs);
    SweepProgress progress;
    progress.total = config.totalRuns();
    progress.done = progress.total - int(schedule.size());
    SweepEta eta(config, schedule, data_.runs);
    // Looked up once: nothing per run that the runs do not need.
    const QString workerPath = config.workerPath.isEmpty() ? WorkerLocator::workerPath() : config.workerPath;

    const std::int64_t t0 = monotonicNs();
    std::int64_t pausedNs = 0;
    int sessionRuns = 0;
    const auto activeSeconds = [&] { return double(monotonicNs() - t0 - pausedNs) / 1e9; };

    for (const SweepPoint &point : schedule) {
        const SweepSeries &series = config.series[std::size_t(point.series)];
        PrimesConfig pc;
        pc.model = series.model;
        pc.workers = point.workers;
        pc.pace = config.pace;
        pc.gil = series.gil;
        pc.numbers = config.numbers;
        pc.workerPath = workerPath;
        // One of the two lives for this point, or neither for a Celery one.
        std::optional<PrimesRun> emulated;
        std::optional<CPythonPrimesRun> cpython;
        if (series.isCPython())
            cpython.emplace(std::move(pc), config.cpython);
        else if (!series.isCelery())
            emulated.emplace(std::move(pc));
        {
            std::unique_lock lock(mutex_);
            if (paused_ && !stopped_) {
                const std::int64_t pauseStart = monotonicNs();
                wake_.wait(lock, [this] { return !paused_ || stopped_; });
                pausedNs += monotonicNs() - pauseStart;
            }
            if (stopped_) {
                outcome.stopped = true;
                break;
            }
            cancelCurrent_ = [&] {
                if (cpython)
                    cpython->cancel();
                else if (emulated)
                    emulated->cancel();
                else
                    external_->cancel();
            };
        }
        const RunSummary summary = cpython ? cpython->exec({})
            : emulated                     ? emulated->exec({})
                                           : external_->run(series, point.workers, config.numbers);
        {
            std::lock_guard lock(mutex_);
            cancelCurrent_ = nullptr;
        }
        if (summary.cancelled) {
            outcome.stopped = true;
            break;
        }
        if (!summary.error.isEmpty()) {
            //: %1 a series such as "threads, GIL on", %2 a worker count, %3 a run number, %4 why it failed
            outcome.error = tr("%1 with %2 workers, run %3: %4")
                                .arg(series.label(data_.machine.cpython))
                                .arg(point.workers)
                                .arg(point.repeat)
                                .arg(summary.error);
            break;
        }

        SweepRun done{point.series, point.workers, point.repeat, summary.wall, QDateTime::currentDateTimeUtc()};
        // The engine recovered (a fresh worker finished the numbers), but
        // its restarts and the watchdog's wait are in the wall time.
        for (const WorkerCrash &crash : summary.crashes)
            ++(crash.cause == WorkerCrash::Cause::Unresponsive ? done.stalls : done.crashes);
        QString error;
        if (!file_->append(done, config, &error)) {
            outcome.error = error;
            break;
        }
        data_.runs.push_back(done);
        outcome.runsWall += done.wall;
        ++sessionRuns;
        ++progress.done;
        eta.record(done);
        progress.elapsed = activeSeconds();
        // What the sweep itself costs between runs (spawning is inside the
        // runs' wall), so the time left includes it too.
        const double overhead = std::max(0.0, progress.elapsed - outcome.runsWall) / sessionRuns;
        progress.eta = eta.secondsLeft(overhead);
        if (onRun)
            onRun(done, progress);
    }
    outcome.wall = activeSeconds();
    outcome.complete = progress.done >= progress.total;
    return outcome;
}

void SweepRunner::pause()
{
    std::lock_guard lock(mutex_);
    paused_ = true;
}

void SweepRunner::resume()
{
    {
        std::lock_guard lock(mutex_);
        paused_ = false;
    }
    wake_.notify_all();
}

void SweepRunner::stop()
{
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        // Set and cleared under this lock, so the run is alive.
        if (cancelCurrent_)
            cancelCurrent_();
    }
    wake_.notify_all();
}

bool SweepRunner::isPaused() const
{
    std::lock_guard lock(mutex_);
    return paused_;
}

double SweepRunner::estimateSeconds(const SweepConfig &config)
{
    if (config.series.empty() || config.numbers.empty() || config.maxWorkers < 1 || config.runs < 1)
        return 0.0;
    const int maxWorkers = std::min(config.maxWorkers, SweepConfig::kMaxWorkers);
    const int runs = std::min(config.runs, SweepConfig::kMaxRuns);
    const SweepCostModel model(config);
    double seconds = 0;
    for (const SweepSeries &series : config.series)
        for (int workers = 1; workers <= maxWorkers; ++workers)
            seconds += model.runSeconds(series, workers) * runs;
    return seconds;
}

} // namespace conlab
