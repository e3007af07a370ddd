// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <span>

namespace conlab {

// The last two run on the asyncio-like loop: every number checked on the one
// loop thread, or handed by the loop to worker processes (run_in_executor).
enum class PrimesModel { Sequential, Threads, Processes, Pool, Coroutines, CoroutinesExecutor };

// What the lesson says about a model, in one place: the CLI, the pages, the
// engine, the reports and the sweeps ask here instead of comparing models
// themselves, so a rule cannot hold in one of them and not in another.
struct PrimesModelTraits
{
    PrimesModel model;
    // Its command-line and file name: "coroutines-executor".
    const char16_t *name;
    // Every number is checked on one thread whatever the worker count, so
    // the count means nothing for it (a sweep skips it, reports show 1).
    bool runsOnOneThread;
    // Its workers are threads of one process taking turns at one GIL; the
    // GIL settings change what it does.
    bool gilApplies;
    // Its workers are processes (each with its own GIL), started through
    // the worker binary.
    bool usesWorkerProcesses;
    // Its numbers are tasks on the asyncio-like event loop, whose steps a
    // run reports (the window's loop view, the trace).
    bool runsOnEventLoop;
    // Its script had a race before its fix (procs.py's report loop stopped
    // at an empty job queue and lost results), which `racy` restores.
    bool hasRacyVersion;
};

class PrimesModels
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PrimesModels)
public:
    // The most workers any run, sweep or recording has, in the window and
    // on the command line alike: past the cores the lesson is already made
    // (oversubscription), and 256 processes still start in seconds.
    static constexpr int kMaxWorkers = 256;

    // Every model, in the order the lesson introduces them.
    static std::span<const PrimesModelTraits> all();
    static const PrimesModelTraits &traits(PrimesModel m);
    static bool runsOnOneThread(PrimesModel m) { return traits(m).runsOnOneThread; }
    static bool gilApplies(PrimesModel m) { return traits(m).gilApplies; }
    static bool usesWorkerProcesses(PrimesModel m) { return traits(m).usesWorkerProcesses; }
    static bool runsOnEventLoop(PrimesModel m) { return traits(m).runsOnEventLoop; }
    static bool hasRacyVersion(PrimesModel m) { return traits(m).hasRacyVersion; }
    // The workers a run of `m` really has when `requested` were asked for:
    // 1 on one thread, else the request within 1..kMaxWorkers.
    static int workers(PrimesModel m, int requested);
    // Worker `worker`'s name (1..n) as Python names it: "Process-3" from
    // multiprocessing, "Thread-3" from threading. The timeline's lanes, the
    // trace and the GIL statistics all use it; it is not translated, since
    // it is what the listings' Python prints.
    static QString workerName(PrimesModel m, int worker);

    static QString name(PrimesModel m);
    static std::optional<PrimesModel> parse(const QString &text);
    static QString validNames();
};

} // namespace conlab
