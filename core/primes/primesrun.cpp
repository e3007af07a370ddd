// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/primesrun.h"

#include "core/primes/models.h"
#include "kernel/monotonic.h"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace conlab {

namespace models {

PrimeResult check(std::uint64_t n, int worker, const RunContext &ctx, Checkpoint &checkpoint)
{
    LoopCost cost;
    cost.paceUnits = ctx.paceUnits;
    cost.checkpoint = &checkpoint;
    const std::int64_t start = monotonicNs();
    const bool prime = isPrime(n, cost);
    const std::int64_t end = monotonicNs();
    return {n, prime, static_cast<double>(end - start) / 1e9, worker, start - ctx.t0Ns, end - ctx.t0Ns};
}

} // namespace models

PrimesRun::PrimesRun(PrimesConfig config) : config_(std::move(config))
{
    config_.workers = std::clamp(config_.workers, 1, PrimesConfig::kMaxWorkers);
}

RunSummary PrimesRun::exec(const ResultFn &onResult)
{
    RunSummary summary;
    summary.model = PrimesModels::name(config_.model);
    summary.workers = PrimesModels::workers(config_.model, config_.workers);
    summary.numbers = static_cast<qsizetype>(config_.numbers.size());

    // Which numbers were reported, so a failed or cancelled run can name the
    // ones it never checked. Kept out of the hot path: one insert per result.
    std::unordered_multiset<std::uint64_t> seen;
    const ResultFn track = [&](const PrimeResult &r) {
        seen.insert(r.n);
        if (onResult)
            onResult(r);
    };

    const std::uint32_t units = PaceCalibration::instance().unitsPerDivision(config_.pace);
    const std::int64_t t0 = monotonicNs();
    models::RunContext ctx{config_, control_, t0, units, track, summary, nullptr, loopObserver_, faultObserver_};
    ctx.loopDetail = loopDetail_;
    ctx.raceObserver = raceObserver_;
    // Threads share one interpreter, so they share its GIL; processes each
    // have their own, and sequential has nobody to contend with.
    const bool threaded = PrimesModels::gilApplies(config_.model);
    std::optional<Gil> gil;
    if (threaded) {
        gil.emplace(control_.breaker(), config_.gil, t0);
        if (gilObserver_)
            gil->setHoldObserver(gilObserver_);
        ctx.gil = &*gil;
    }
    try {
        RunControl::WakerScope wakeGil(control_, [&gil] {
            if (gil)
                gil->interrupt();
        });
        switch (config_.model) {
        case PrimesModel::Sequential: models::runSequential(ctx); break;
        case PrimesModel::Threads: models::runThreads(ctx); break;
        case PrimesModel::Pool: models::runPool(ctx); break;
        case PrimesModel::Processes: models::runProcesses(ctx); break;
        case PrimesModel::Coroutines: models::runCoroutines(ctx); break;
        case PrimesModel::CoroutinesExecutor: models::runCoroutinesExecutor(ctx); break;
        }
    } catch (const Cancelled &) {
        summary.cancelled = true;
    }
    if (gil)
        summary.gil = gil->stats();
    summary.wall = static_cast<double>(monotonicNs() - t0) / 1e9;
    if (control_.cancelled())
        summary.cancelled = true;

    if (!summary.ok() || !summary.lost.empty()) {
        for (std::uint64_t n : config_.numbers) {
            auto it = seen.find(n);
            if (it != seen.end())
                seen.erase(it);
            else if (std::find(summary.lost.begin(), summary.lost.end(), n) == summary.lost.end())
                summary.unchecked.push_back(n);
        }
    }
    return summary;
}

} // namespace conlab
