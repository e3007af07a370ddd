// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/cpythonfidelityengine.h"

#include "core/cpython/cpythonprimesrun.h"
#include "core/cpython/cpythonspinnerrun.h"
#include "core/cpython/pythonlocator.h"

namespace conlab {

CPythonFidelityEngine::CPythonFidelityEngine(PythonInterpreter interpreter) : interpreter_(std::move(interpreter)) { }

std::unique_ptr<CPythonFidelityEngine> CPythonFidelityEngine::create(const QString &chosen, QString *why)
{
    PythonInterpreter found = PythonLocator::find(chosen);
    if (!found.ok()) {
        if (why)
            *why = found.error;
        return nullptr;
    }
    return std::unique_ptr<CPythonFidelityEngine>(new CPythonFidelityEngine(std::move(found)));
}

FidelitySample CPythonFidelityEngine::run(const FidelityExperiment &experiment)
{
    CPythonOptions options;
    options.interpreter = interpreter_.executable;
    if (const auto *cfg = std::get_if<SpinnerConfig>(&experiment.config)) {
        CPythonSpinnerRun run(*cfg, options);
        return FidelitySample::of(*cfg, current_.with(run, [&run] { return run.exec(); }));
    }
    const auto &cfg = std::get<PrimesConfig>(experiment.config);
    if (cfg.racy)
        options.graceMs = kRaceGraceMs;
    CPythonPrimesRun run(cfg, options);
    const RunSummary summary = current_.with(run, [&run] { return run.exec([](const PrimeResult &) {}); });
    const bool hung = summary.race && summary.race->outcome == RaceOutcome::Hung;
    return FidelitySample::of(summary, cfg.racy, hung);
}

} // namespace conlab
