// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/report/bookformat.h"

namespace conlab {

QString BookFormat::header(PrimesModel model, qsizetype count, int workers)
{
    switch (model) {
    case PrimesModel::Sequential: return QStringLiteral("Checking %1 numbers sequentially:").arg(count);
    case PrimesModel::Processes:
        return QStringLiteral("Checking %1 numbers with %2 processes:").arg(count).arg(workers);
    case PrimesModel::Threads: return QStringLiteral("Checking %1 numbers with %2 threads:").arg(count).arg(workers);
    case PrimesModel::Pool:
        return QStringLiteral("Checking %1 numbers with a pool of %2 threads:").arg(count).arg(workers);
    case PrimesModel::Coroutines: return QStringLiteral("Checking %1 numbers with coroutines:").arg(count);
    case PrimesModel::CoroutinesExecutor:
        return QStringLiteral("Checking %1 numbers with coroutines and %2 processes:").arg(count).arg(workers);
    }
    return {};
}

QString BookFormat::resultLine(const PrimeResult &r)
{
    return QStringLiteral("%1  %2 %3s").arg(r.n, 16).arg(r.prime ? QChar(u'P') : QChar(u' ')).arg(r.elapsed, 9, 'f', 6);
}

QString BookFormat::footer(PrimesModel model, const RunSummary &summary)
{
    if (model == PrimesModel::Sequential)
        return QStringLiteral("Total time: %1s").arg(summary.wall, 0, 'f', 2);
    return QStringLiteral("%1 checks in %2s").arg(summary.checked).arg(summary.wall, 0, 'f', 2);
}

// py36/procs.py, the racy draft, ends with the sequential script's footer.
QString BookFormat::racyFooter(const RunSummary &summary)
{
    return QStringLiteral("Total time: %1s").arg(summary.wall, 0, 'f', 2);
}

} // namespace conlab
