// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/gil/gilconfig.h"
#include "core/pace/pace.h"
#include "core/primes/primesconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// One line of the chart: a model with its options. Written on the command line
// and in results files as a spec:
//   processes | threads | threads:gil=off | pool | pool:gil=off | coroutines-executor
// with an optional ":switch=MS" on the threaded ones (GIL switch interval),
// and `processes:engine=cpython`: the book's procs.py run by real CPython
// beside the emulation (`engine=emulated` is the default and is not written).
// `threads` alone means the GIL is on, as in CPython before 3.13t.
// `celery` and `celery:pool=threads`: the numbers as Celery tasks on a real
// Redis, to one local worker node whose pool (prefork processes, or threads
// under the GIL) has the worker count as its concurrency (T2, the chapter's
// Figure 19-2 on a task queue). They need a SweepRunner given a Celery
// engine (conlab_taskqueue).
struct SweepSeries
{
    enum class Engine { Emulated, CPython, Celery };
    PrimesModel model = PrimesModel::Processes; // Celery: Processes (prefork) or Threads
    GilConfig gil;                    // threads and pool only
    Engine engine = Engine::Emulated; // CPython: processes only

    // The canonical spec ("threads:gil=on"): stable, used as the key in files.
    QString spec() const;
    // What the legend shows, translated ("threads, GIL on"). A CPython
    // series names its interpreter's version when given ("3.11.2" shows as
    // "procs.py in CPython 3.11").
    QString label(const QString &cpythonVersion = {}) const;
    bool isCPython() const { return engine == Engine::CPython; }
    bool isCelery() const { return engine == Engine::Celery; }
    // nullopt with *error naming the spec and what is accepted.
    static std::optional<SweepSeries> parse(const QString &spec, QString *error);
    // The specs a user may write, for help texts and error messages.
    static QStringList knownSpecs();
    bool operator==(const SweepSeries &) const = default;
};

// What a sweep runs: every series, at every worker count from 1 to maxWorkers,
// `runs` times each, over the same numbers at the same pace.
struct SweepConfig
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepConfig)
public:
    std::vector<SweepSeries> series{SweepSeries{}};
    int maxWorkers = 20;
    int runs = 12;
    Pace pace;
    std::vector<std::uint64_t> numbers; // callers fill in the book's sample by default
    QString workerPath;                 // empty: found by WorkerLocator
    // How a CPython series finds its interpreter (the window's setting or
    // --python); not stored in the results file, which records the version.
    CPythonOptions cpython;

    static constexpr int kMaxWorkers = PrimesModels::kMaxWorkers;
    static constexpr int kMaxRuns = 1000;
    // Bounds that keep a results file loadable: every distinct switch
    // interval is its own series, and a header holds every number.
    static constexpr int kMaxSeries = 16;
    static constexpr std::size_t kMaxNumbers = 10'000'000;
    // procs.py queues every number before it starts a worker; past a few
    // thousand the queue's pipe is full and the script blocks on its own
    // put(), in CPython as in the book.
    static constexpr std::size_t kMaxCPythonNumbers = 2000;

    // Empty when runnable, else one translated sentence naming the bad field.
    QString validate() const;
    int totalRuns() const { return int(series.size()) * maxWorkers * runs; }
    bool usesCPython() const;
    bool usesCelery() const;
};

// A short, stable fingerprint of a number list (hex), so a CSV row says which
// numbers it timed without listing them.
QString numbersHash(const std::vector<std::uint64_t> &numbers);

} // namespace conlab
