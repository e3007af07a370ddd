// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/primeslistings.h"

namespace conlab {

QString primesListing(PrimesModel model, bool racy)
{
    switch (model) {
    case PrimesModel::Sequential: return QStringLiteral(":/listings/primes_sequential.py");
    case PrimesModel::Coroutines: return QStringLiteral(":/listings/primes_async.py");
    case PrimesModel::Processes:
        return racy ? QStringLiteral(":/listings/primes_procs_racy.py") : QStringLiteral(":/listings/primes_procs.py");
    case PrimesModel::CoroutinesExecutor: return QStringLiteral(":/listings/primes_executor.py");
    case PrimesModel::Threads: return QStringLiteral(":/listings/primes_threads.py");
    case PrimesModel::Pool: return QStringLiteral(":/listings/primes_threads_pool.py");
    }
    return {};
}

QStringList allPrimesListings()
{
    QStringList all;
    for (const PrimesModelTraits &t : PrimesModels::all())
        for (bool racy : {false, true})
            all << primesListing(t.model, racy);
    all.removeDuplicates();
    return all;
}

} // namespace conlab
