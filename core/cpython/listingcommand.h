// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primesconfig.h"
#include "core/spinner/spinnerconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace conlab {

// Which listing runs an experiment in CPython, and how: its file, the
// arguments after it, and the environment the listing reads in plain sight.
// - the worker count is the first argument (procs.py N, threads.py N), then
//   the numbers, which primes_common.numbers_from() reads;
// - the switch interval is SWITCH_INTERVAL (seconds), which the threaded
//   listings pass to sys.setswitchinterval();
// - CONLAB_TIMELINE=1 makes primes_common.timeline() write one JSON line per
//   number on stderr (worker, pid, start and end), for the timeline;
// - GIL off needs a free-threaded interpreter, run with PYTHON_GIL=0.
// `error` is set for a config the listings cannot express (a spinner that
// sleeps 2 s: spinner_thread.py sleeps 3).
struct ListingCommand
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ListingCommand)
public:
    QString file; // "primes_procs.py", in :/listings and in the stage
    QStringList arguments;
    QStringList environment; // "NAME=value"
    bool needsFreeThreaded = false;
    QString error;

    static ListingCommand forPrimes(const PrimesConfig &config);
    static ListingCommand forSpinner(const SpinnerConfig &config);
    // The listing of a primes model: also what the code pane shows for it.
    static QString primesFile(PrimesModel model, bool racy);
    // The slow() a spinner listing has built in: a 3 s sleep.
    static constexpr double kListingSleepSeconds = 3.0;
};

} // namespace conlab
