// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilconfig.h"
#include "core/pace/pace.h"
#include "primesmodels.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace conlab {

// Everything a primes run needs, read on the GUI (or CLI) thread and passed
// into the run by value.
struct PrimesConfig
{
    PrimesModel model = PrimesModel::Sequential;
    int workers = 1;
    Pace pace;
    bool racy = false; // processes only: the book's report loop before its fix
    // racy: the seed of the race's model clock (RaceReport); 0 draws a fresh
    // one. The summary's verdict names the seed, so any run can be replayed.
    std::uint64_t raceSeed = 0;
    GilConfig gil; // threads and pool only: each process has its own GIL
    std::vector<std::uint64_t> numbers;
    QString workerPath; // empty: found by WorkerLocator
    // Process models: how long a worker may take over one number before it
    // counts as hung. 0 derives a generous limit from the number and the
    // pace (see JobWatchdog); tests set a small fixed one.
    int watchdogMs = 0;

    static constexpr int kMaxWorkers = PrimesModels::kMaxWorkers;
};

} // namespace conlab
