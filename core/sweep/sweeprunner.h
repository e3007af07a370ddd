// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"
#include "core/sweep/sweepschedule.h"

#include <QCoreApplication>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace conlab {

class SweepFile;
class SweepExternalEngine;

struct SweepProgress
{
    int done = 0; // runs finished, including those of a resumed file
    int total = 0;
    double elapsed = 0.0; // seconds of this session, pauses excluded
    double eta = -1.0;    // seconds left; negative while unknown
};

struct SweepOutcome
{
    bool complete = false; // every point of the schedule is in the file
    bool stopped = false;
    QString error;         // a run failed or the file could not be written
    double wall = 0.0;     // this session, pauses excluded
    double runsWall = 0.0; // sum of the wall times of this session's runs
};

// Runs a sweep: each point of the schedule is a real PrimesRun of its model,
// spawning its worker processes as procs.py does, or for a CPython series
// procs.py itself in CPython (CPythonPrimesRun); the runs of all series
// take turns, one at a time, and each finished run is
// appended to the results file before the next starts. exec() blocks its
// caller (never the GUI thread). pause(), resume() and stop() are safe from
// any thread: pause waits for the run in flight to finish; stop cancels it
// (that run is not recorded).
class SweepRunner
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepRunner)
public:
    using RunFn = std::function<void(const SweepRun &, const SweepProgress &)>;

    // `data.runs` holds what a resumed file already has; `file` is open for
    // appending and receives every new run. exec() closes it when it returns.
    SweepRunner(SweepData data, std::unique_ptr<SweepFile> file);
    ~SweepRunner();

    // Runs the Celery series' points (not owned; must outlive exec()).
    // Without one, a sweep with a Celery series is refused before any run.
    void setExternalEngine(SweepExternalEngine *engine) { external_ = engine; }
    SweepOutcome exec(const RunFn &onRun);
    void pause();
    void resume();
    void stop();
    bool isPaused() const;

    // Before any run: a rough total for the whole sweep, from the pace's
    // calibrated cost per division and this machine's core count.
    static double estimateSeconds(const SweepConfig &config);

private:
    SweepData data_;
    std::unique_ptr<SweepFile> file_;
    SweepExternalEngine *external_ = nullptr;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool paused_ = false;
    bool stopped_ = false;
    std::function<void()> cancelCurrent_; // the run in flight's cancel(); guarded by mutex_, for stop()
};

} // namespace conlab
