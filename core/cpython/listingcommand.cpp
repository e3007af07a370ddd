// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/listingcommand.h"

#include "core/spinner/coroutinelisting.h"

#include <chrono>

namespace conlab {

namespace {

QString switchInterval(const GilConfig &gil)
{
    const double seconds = std::chrono::duration<double>(gil.switchInterval).count();
    return QStringLiteral("SWITCH_INTERVAL=") + QString::number(seconds, 'g', 9);
}

void applyGil(ListingCommand &c, const GilConfig &gil)
{
    c.environment << switchInterval(gil);
    if (!gil.enabled) {
        c.needsFreeThreaded = true;
        c.environment << QStringLiteral("PYTHON_GIL=0");
    }
}

} // namespace

QString ListingCommand::primesFile(PrimesModel model, bool racy)
{
    switch (model) {
    case PrimesModel::Sequential: return QStringLiteral("primes_sequential.py");
    case PrimesModel::Coroutines: return QStringLiteral("primes_async.py");
    case PrimesModel::Processes: return racy ? QStringLiteral("primes_procs_racy.py") : QStringLiteral("primes_procs.py");
    case PrimesModel::CoroutinesExecutor: return QStringLiteral("primes_executor.py");
    case PrimesModel::Threads: return QStringLiteral("primes_threads.py");
    case PrimesModel::Pool: return QStringLiteral("primes_threads_pool.py");
    }
    return {};
}

ListingCommand ListingCommand::forPrimes(const PrimesConfig &config)
{
    ListingCommand c;
    c.file = primesFile(config.model, config.racy && PrimesModels::hasRacyVersion(config.model));
    if (!PrimesModels::runsOnOneThread(config.model))
        c.arguments << QString::number(PrimesModels::workers(config.model, config.workers));
    for (std::uint64_t n : config.numbers)
        c.arguments << QString::number(n);
    c.environment << QStringLiteral("CONLAB_TIMELINE=1");
    if (PrimesModels::gilApplies(config.model))
        applyGil(c, config.gil);
    if (config.numbers.empty())
        c.error = tr("No numbers to check: an empty list would make the listing check the book's sample");
    return c;
}

ListingCommand ListingCommand::forSpinner(const SpinnerConfig &config)
{
    ListingCommand c;
    c.file = spinnerListingFile(config.model, config.slow);
    if (c.file.isEmpty()) {
        c.error = SpinnerChoices::combinationError(config.model, config.slow);
        return c;
    }
    if (config.model == SpinnerModel::Thread)
        applyGil(c, config.gil);
    const bool sleeps = config.slow == SlowKind::Sleep || config.slow == SlowKind::BlockingSleep;
    if (sleeps && config.seconds != kListingSleepSeconds)
        //: %1 seconds asked for, %2 the listing's own
        c.error = tr("The listing sleeps %2 s; CPython cannot run it with %1 s").arg(config.seconds).arg(kListingSleepSeconds);
    else if (!sleeps && config.number != kSlowPrime)
        //: %1 the listing's number
        c.error = tr("The listing checks %1; CPython cannot run it with another number").arg(kSlowPrime);
    else if (config.message != QStringLiteral("thinking!"))
        c.error = tr("The listing spins with the message thinking!; CPython cannot run it with another");
    return c;
}

} // namespace conlab
