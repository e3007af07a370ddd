// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/cpython/pythoninterpreter.h"
#include "core/fidelity/fidelityengine.h"

#include <memory>

namespace conlab {

// Real CPython: each experiment's listing, through CPythonSpinnerRun and
// CPythonPrimesRun.
class CPythonFidelityEngine final : public FidelityEngine
{
public:
    // The racy loop's hang is an outcome to count, not a failure: a run
    // still going after this long is taken as hung (P5's numbers take well
    // under a second here).
    static constexpr int kRaceGraceMs = 10'000;

    // `chosen` empty: python3 on PATH. Null, with `why`, without one.
    static std::unique_ptr<CPythonFidelityEngine> create(const QString &chosen, QString *why);

    FidelitySample run(const FidelityExperiment &experiment) override;
    void cancel() override { current_.cancel(); }
    const PythonInterpreter &interpreter() const { return interpreter_; }

private:
    explicit CPythonFidelityEngine(PythonInterpreter interpreter);

    PythonInterpreter interpreter_;
    CurrentRun current_;
};

} // namespace conlab
