// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/cpython/listingoutcome.h"
#include "core/cpython/listingrunner.h"
#include "core/primes/primesrun.h"

#include <QCoreApplication>
#include <functional>

namespace conlab {

// A primes experiment run by real CPython: the listing PrimesRun's model
// stands for, with its worker count and numbers. The same contract as
// PrimesRun: exec() blocks (never on a GUI thread), results reach
// `onResult` in completion order as the book's lines arrive, cancel() is safe
// from any thread. Each result has the worker, start and end the listing's
// timeline lines on stderr give (on the run's time axis, from the spawn), so
// the timeline draws the CPython run too. `config.pace` and `watchdogMs` mean
// nothing here; GIL off needs a free-threaded interpreter.
class CPythonPrimesRun
{
    Q_DECLARE_TR_FUNCTIONS(conlab::CPythonPrimesRun)
public:
    explicit CPythonPrimesRun(PrimesConfig config, CPythonOptions options = {});

    RunSummary exec(const ResultFn &onResult);
    void cancel() { runner_.cancel(); }
    // Every stdout line as the listing printed it (header, results, footer),
    // on exec()'s thread: what a terminal running the listing would show.
    void setLineObserver(std::function<void(const QString &)> observer) { lineObserver_ = std::move(observer); }
    // After exec(): the interpreter, the command, how it ended, stderr's tail.
    const ListingOutcome &outcome() const { return outcome_; }
    const PrimesConfig &config() const { return config_; }
    // The grace limit with no CPythonOptions::graceMs: a few times the
    // sequential time at CPython's measured speed, and never under 60 s.
    static int defaultGraceMs(const PrimesConfig &config);
    // The grace limit for a racy run repeated to count its outcomes: a hang
    // is told from a slow run only by the clock, and each hang costs the
    // series this long, so it keeps defaultGraceMs's margin over the work
    // (twice the book's pace) but not its 60 s floor: never under 10 s,
    // as the fidelity table's racy rows.
    static int racyGraceMs(const PrimesConfig &config);

private:
    PrimesConfig config_;
    ListingRunner runner_;
    std::function<void(const QString &)> lineObserver_;
    ListingOutcome outcome_;
};

} // namespace conlab
