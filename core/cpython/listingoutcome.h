// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/pythoninterpreter.h"

#include <QString>
#include <QStringList>

namespace conlab {

// How one listing run in CPython went, beside the engine's own report
// (RunSummary, SpinnerReport), for a page or a report to show.
struct ListingOutcome
{
    enum class End {
        NotStarted,   // no interpreter, no stage, or a config the listing cannot express
        Finished,     // exit status 0 and no traceback
        Failed,       // non-zero exit, a signal, or a traceback on stderr
        DidNotFinish, // still running at the grace limit: killed
        Cancelled,
    };
    End end = End::NotStarted;
    PythonInterpreter interpreter;
    QString file;            // "primes_procs.py"
    QStringList arguments;   // after the file
    QStringList environment; // what the app set: "SWITCH_INTERVAL=0.005"
    qint64 pid = 0; // the interpreter's, also its process group's
    int exitCode = 0;
    QString stderrTail; // its last lines, without the timeline's JSON
    QString error;      // empty when Finished
    double seconds = 0; // from the spawn to the end

    bool finished() const { return end == End::Finished; }
    // As a person would type it in the staged folder:
    // "SWITCH_INTERVAL=0.005 python3 -u primes_threads.py 2 7 11".
    QString commandLine() const;
};

} // namespace conlab
