// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/coroutinelisting.h"

#include <QRegularExpression>
#include <QStringList>

namespace conlab {

namespace {

// The line of `async def spin(` and `async def supervisor(` in each coroutine
// listing. A table rather than a parse at run time: the engine has no access
// to the ui's resources, and the CLI prints the same repr. tst_coroutinelisting
// reads the listings themselves and fails when an edit moves a definition.
struct CoroutineListing
{
    SlowKind slow;
    const char *file;
    int spinLine;
    int supervisorLine;
};

constexpr CoroutineListing kCoroutineListings[] = {
    {SlowKind::Sleep, "spinner_async.py", 8, 25},
    {SlowKind::BlockingSleep, "spinner_async_blocking.py", 9, 26},
    {SlowKind::Prime, "spinner_prime_async.py", 10, 27},
    {SlowKind::Nap, "spinner_prime_async_nap.py", 9, 41},
    {SlowKind::Executor, "spinner_prime_async_executor.py", 11, 31},
};

const CoroutineListing *coroutineListing(SlowKind slow)
{
    for (const CoroutineListing &l : kCoroutineListings)
        if (l.slow == slow)
            return &l;
    return nullptr;
}

} // namespace

QString spinnerListingFile(SpinnerModel model, SlowKind slow)
{
    switch (model) {
    case SpinnerModel::Coroutine:
        if (const CoroutineListing *l = coroutineListing(slow))
            return QLatin1StringView(l->file);
        return {};
    case SpinnerModel::Thread:
        return slow == SlowKind::Prime ? QStringLiteral("spinner_prime_thread.py")
                                       : QStringLiteral("spinner_thread.py");
    case SpinnerModel::Process:
        return slow == SlowKind::Prime ? QStringLiteral("spinner_prime_proc.py") : QStringLiteral("spinner_proc.py");
    }
    return {};
}

ListingPlace coroutineSpinPlace(SlowKind slow)
{
    const CoroutineListing *l = coroutineListing(slow);
    return l ? ListingPlace{QLatin1StringView(l->file), l->spinLine} : ListingPlace{};
}

ListingPlace coroutineSupervisorPlace(SlowKind slow)
{
    const CoroutineListing *l = coroutineListing(slow);
    return l ? ListingPlace{QLatin1StringView(l->file), l->supervisorLine} : ListingPlace{};
}

int definitionLine(const QString &source, const QString &name)
{
    const QRegularExpression def(QStringLiteral("^(async\\s+)?def\\s+") + QRegularExpression::escape(name)
                                 + QStringLiteral("\\s*\\("));
    const QStringList lines = source.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (def.match(lines[i]).hasMatch())
            return static_cast<int>(i + 1);
    return 0;
}

} // namespace conlab
