// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/raceverdict.h"

#include <QCoreApplication>

namespace conlab {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(conlab::RaceVerdict)
};
} // namespace

QString RaceVerdict::name(RaceOutcome o)
{
    // Machine names: the CLI prints them and --json carries them.
    switch (o) {
    case RaceOutcome::Complete: return QStringLiteral("complete");
    case RaceOutcome::Lost: return QStringLiteral("lost");
    case RaceOutcome::Hung: return QStringLiteral("hung");
    }
    return {};
}

QString RaceVerdict::describe() const
{
    switch (outcome) {
    case RaceOutcome::Complete: return Tr::tr("complete: the last result was read after the last pill was taken");
    case RaceOutcome::Lost: {
        QStringList names;
        for (std::uint64_t n : lost)
            names << QString::number(n);
        //: %n how many results were lost, %1 the numbers
        return Tr::tr("lost: jobs.empty() was true while %n result(s) were still on the way: %1", nullptr,
                      static_cast<int>(lost.size()))
            .arg(names.join(QStringLiteral(", ")));
    }
    case RaceOutcome::Hung:
        if (lateWorker == 0) // CPython's run: which pill was left is not known
            return Tr::tr("hung: every result was printed, but the loop called get() again, and no worker "
                          "will ever send another result");
        //: %n pills still in the job queue, %1 the worker that had not yet taken one
        return Tr::tr("hung: every result was printed, but %n pill(s) were still in the job queue (worker %1 had not "
                      "come back for its pill), so get() waits for a result that never comes",
                      nullptr, pillsLeft)
            .arg(lateWorker);
    }
    return {};
}

} // namespace conlab
