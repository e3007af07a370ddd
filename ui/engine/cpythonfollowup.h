// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/cpython/cpythonside.h"
#include "core/primes/primesconfig.h"
#include "core/spinner/spinnerconfig.h"
#include "ui/engine/runsession.h"
#include "ui/settings/runsettings.h"

#include <QObject>
#include <vector>

namespace conlab {

// "Run in CPython too": the same experiment in real CPython, after the
// emulated run has ended (never during it: the two would share the cores).
// It runs on a RunSession of its own, so on an engine thread like every
// run, and the interpreter is located there too (PythonLocator starts it
// once). A primes run's results come as the listing prints them
// (primesArrived, at the screen's pace), so the room watches CPython work
// as it watched the emulation; finished() comes on the GUI thread with what
// the page shows and the recording keeps; stop() cancels, and a newer start
// or reset() drops an older run's outcome.
class CPythonFollowUp : public QObject
{
    Q_OBJECT
public:
    explicit CPythonFollowUp(QObject *parent = nullptr);

    // The interpreter chosen in the settings (Run > CPython Interpreter),
    // as the page was last given them, passed on by value.
    static CPythonOptions options(const RunSettings &settings);

    void startSpinner(const SpinnerConfig &config, const CPythonOptions &options);
    void startPrimes(const PrimesConfig &config, const CPythonOptions &options);
    void stop();
    void reset();
    bool isRunning() const;

signals:
    // A batch of a primes run's results, in completion order, while it runs.
    void primesArrived(const std::vector<conlab::PrimeResult> &batch);
    void finished(const conlab::CPythonSide &side);

private:
    RunSession *session_ = nullptr;
    RunSession::Channel<PrimeResult> *primes_ = nullptr;
};

} // namespace conlab
