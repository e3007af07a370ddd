// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The CPython side of a recording (format 2): the same experiment run in
// real CPython after the emulated one, with the interpreter and the command
// line, so a reader can judge it and type it again.
#include "core/record/recordingjson.h"
#include "core/record/runrecording.h"

#include <QJsonObject>

namespace conlab::recordingjson {

QJsonObject cpythonToJson(const CPythonSide &side)
{
    QJsonObject o{{QStringLiteral("end"), CPythonSide::key(side.end)},
                  {QStringLiteral("interpreter"), side.interpreter},
                  {QStringLiteral("commandLine"), side.commandLine},
                  {QStringLiteral("error"), side.error},
                  {QStringLiteral("seconds"), side.seconds}};
    if (!side.results.empty())
        o.insert(QStringLiteral("results"), resultsToJson(side.results));
    if (side.summary)
        o.insert(QStringLiteral("summary"), summaryToJson(*side.summary));
    if (side.report)
        o.insert(QStringLiteral("report"), reportToJson(*side.report));
    return o;
}

CPythonSide Reader::cpython(const QJsonValue &v, const QString &path)
{
    CPythonSide side;
    const QJsonObject o = object(v, path);
    if (!ok())
        return side;
    const QString end = string(o, QStringLiteral("end"), path);
    if (!ok())
        return side;
    if (const auto e = CPythonSide::endFromKey(end)) {
        side.end = *e;
    } else {
        //: %1 the word found in the file
        fail(path + QStringLiteral(".end"), RunRecordings::tr("unknown end of a CPython run \"%1\"").arg(end));
        return side;
    }
    side.interpreter = string(o, QStringLiteral("interpreter"), path);
    side.commandLine = string(o, QStringLiteral("commandLine"), path);
    side.error = string(o, QStringLiteral("error"), path);
    side.seconds = number(o, QStringLiteral("seconds"), path);
    if (o.contains(QStringLiteral("results")))
        side.results = results(o.value(QStringLiteral("results")), path + QStringLiteral(".results"));
    if (o.contains(QStringLiteral("summary")))
        side.summary = summary(o.value(QStringLiteral("summary")), path + QStringLiteral(".summary"));
    if (o.contains(QStringLiteral("report")))
        side.report = report(o.value(QStringLiteral("report")), path + QStringLiteral(".report"));
    return side;
}

} // namespace conlab::recordingjson
