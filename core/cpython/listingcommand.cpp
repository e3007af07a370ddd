// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/listingcommand.h"

#include "core/spinner/coroutinelisting.h"

#include <chrono>
#include <unistd.h>

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
    case PrimesModel::Processes:
        return racy ? QStringLiteral("primes_procs_racy.py") : QStringLiteral("primes_procs.py");
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
    qsizetype argBytes = 0;
    for (const QString &a : std::as_const(c.arguments))
        argBytes += a.size() + 1 + static_cast<qsizetype>(sizeof(char *));
    // The kernel refuses a command line past ARG_MAX (2 MiB here, with the
    // environment): say so before trying, with the count that fits.
    const long argMax = ::sysconf(_SC_ARG_MAX);
    if (config.numbers.empty())
        c.error = tr("No numbers to check: an empty list would make the listing check the book's sample");
    else if (argMax > 0 && argBytes > argMax / 2)
        //: %n how many numbers were given
        c.error = tr("%n numbers are too many for a command line: the listings take their numbers as arguments, "
                     "and this system allows about %1 of these",
                     nullptr, static_cast<int>(config.numbers.size()))
                      .arg(static_cast<qsizetype>(config.numbers.size()) * (argMax / 2) / argBytes);
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
        c.error = tr("The listing sleeps %2 s; CPython cannot run it with %1 s")
                      .arg(config.seconds)
                      .arg(kListingSleepSeconds);
    else if (!sleeps && config.number != kSlowPrime)
        //: %1 the listing's number
        c.error = tr("The listing checks %1; CPython cannot run it with another number").arg(kSlowPrime);
    else if (config.message != QStringLiteral("thinking!"))
        c.error = tr("The listing spins with the message thinking!; CPython cannot run it with another");
    return c;
}

} // namespace conlab
