// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "gil/gilconfig.h"
#include "pace/pace.h"

#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// The last two run on the asyncio-like loop: every number checked on the one
// loop thread, or handed by the loop to worker processes (run_in_executor).
enum class PrimesModel { Sequential, Threads, Processes, Pool, Coroutines, CoroutinesExecutor };

// Everything a primes run needs, read on the GUI (or CLI) thread and passed
// into the run by value.
struct PrimesConfig
{
    PrimesModel model = PrimesModel::Sequential;
    int workers = 1;
    Pace pace;
    bool racy = false; // processes only: the book's report loop before its fix
    GilConfig gil;     // threads and pool only: each process has its own GIL
    std::vector<std::uint64_t> numbers;
    QString workerPath; // empty: found by WorkerLocator
    // Process models: how long a worker may take over one number before it
    // counts as hung. 0 derives a generous limit from the number and the
    // pace (see JobWatchdog); tests set a small fixed one.
    int watchdogMs = 0;

    static constexpr int kMaxWorkers = 256;
};

class PrimesModels
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PrimesModels)
public:
    static QString name(PrimesModel m);
    static std::optional<PrimesModel> parse(const QString &text);
    static QString validNames();
};

} // namespace conlab
