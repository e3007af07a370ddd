// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/fidelity/fidelityengine.h"

#include "core/primes/primesrun.h"
#include "core/spinner/spinnerrun.h"

namespace conlab {

FidelitySample EmulatedFidelityEngine::run(const FidelityExperiment &experiment)
{
    // The run registers itself before it starts, so a cancel that comes
    // between two runs still stops the next one at once.
    if (const auto *cfg = std::get_if<SpinnerConfig>(&experiment.config)) {
        SpinnerRun run(*cfg);
        {
            std::lock_guard lock(mutex_);
            if (cancelled_)
                run.cancel();
            spinner_ = &run;
        }
        const SpinnerReport report = run.exec();
        std::lock_guard lock(mutex_);
        spinner_ = nullptr;
        return FidelitySample::of(*cfg, report);
    }
    PrimesRun run(std::get<PrimesConfig>(experiment.config));
    {
        std::lock_guard lock(mutex_);
        if (cancelled_)
            run.cancel();
        primes_ = &run;
    }
    const RunSummary summary = run.exec([](const PrimeResult &) { });
    std::lock_guard lock(mutex_);
    primes_ = nullptr;
    return FidelitySample::of(summary);
}

void EmulatedFidelityEngine::cancel()
{
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    if (spinner_)
        spinner_->cancel();
    if (primes_)
        primes_->cancel();
}

} // namespace conlab
