// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelityengine.h"

#include "core/primes/primesrun.h"
#include "core/spinner/spinnerrun.h"

namespace conlab {

FidelitySample EmulatedFidelityEngine::run(const FidelityExperiment &experiment)
{
    if (const auto *cfg = std::get_if<SpinnerConfig>(&experiment.config)) {
        SpinnerRun run(*cfg);
        return FidelitySample::of(*cfg, current_.with(run, [&run] { return run.exec(); }));
    }
    const auto &cfg = std::get<PrimesConfig>(experiment.config);
    PrimesRun run(cfg);
    const RunSummary summary = current_.with(run, [&run] { return run.exec([](const PrimeResult &) {}); });
    const bool hung = summary.race && summary.race->outcome == RaceOutcome::Hung;
    return FidelitySample::of(summary, cfg.racy, hung);
}

} // namespace conlab
