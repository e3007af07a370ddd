// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepconfig.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace conlab {

// Where a sweep ran: written once in the results file's header.
struct SweepMachine
{
    QString host;
    int cores = 0;
    QDateTime created; // UTC
    QString appVersion;
    // The CPython its CPython series ran in ("3.11.2"); empty when it has
    // none. A resumed sweep must find the same major and minor version.
    QString cpython;

    static SweepMachine current(); // this machine, now
};

// One finished run of one series at one worker count.
struct SweepRun
{
    int series = 0;     // index into SweepConfig::series
    int workers = 1;    // 1..maxWorkers
    int repeat = 1;     // 1..runs
    double wall = 0.0;  // seconds, as procs.py measures: spawn to last result
    QDateTime finished; // UTC
    // Workers the engine lost during the run and replaced: ones that died or
    // broke the protocol, and ones its watchdog killed for not answering.
    // Their restarts and the watchdog's wait are inside `wall`, so such a
    // run measures the fault, not the model: an outlier, kept in the file
    // and shown, but left out of the medians.
    int crashes = 0;
    int stalls = 0;

    bool disturbed() const { return crashes > 0 || stalls > 0; }
    bool operator==(const SweepRun &) const = default;
};

// A whole sweep, finished or not: what it is, where it ran, what is done.
struct SweepData
{
    SweepConfig config;
    SweepMachine machine;
    std::vector<SweepRun> runs; // in the order they finished

    bool complete() const { return qsizetype(runs.size()) >= config.totalRuns(); }
};

} // namespace conlab
