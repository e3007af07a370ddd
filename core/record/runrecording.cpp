// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/record/runrecording.h"

#include "core/export/outputfile.h"
#include "core/files/boundedread.h"
#include "core/numbers/numberlist.h"
#include "core/record/recordingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conlab {

namespace {
const QString kSchemaPrefix = QStringLiteral("concurrency-lab.recording/");
} // namespace

QByteArray RunRecording::toJson() const
{
    using namespace recordingjson;
    const int version = audience ? 4 : raceTallies ? 3 : cpython ? 2 : kOldestVersion;
    QJsonObject root{
        {QStringLiteral("schema"), QString(kSchemaPrefix + QString::number(version))},
        {QStringLiteral("version"), version},
        {QStringLiteral("kind"), kind == Kind::Primes ? QStringLiteral("primes") : QStringLiteral("spinner")},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("recordedAt"), recordedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("gilHolds"), holdsToJson(gilHolds)},
    };
    if (kind == Kind::Primes) {
        root.insert(QStringLiteral("config"), configToJson(primes));
        root.insert(QStringLiteral("results"), resultsToJson(results));
        if (summary)
            root.insert(QStringLiteral("summary"), summaryToJson(*summary));
    } else {
        root.insert(QStringLiteral("spinnerConfig"), spinnerConfigToJson(spinner));
        if (report)
            root.insert(QStringLiteral("report"), reportToJson(*report));
    }
    root.insert(QStringLiteral("loopEvents"), loopEventsToJson(loopEvents));
    if (cpython)
        root.insert(QStringLiteral("cpython"), cpythonToJson(*cpython));
    if (raceTallies)
        root.insert(QStringLiteral("raceTally"), raceTallies->toJson());
    if (audience)
        root.insert(QStringLiteral("audience"), audience->toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<RunRecording> RunRecording::fromJson(const QByteArray &json, QString *error)
{
    using namespace recordingjson;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [error](const QString &why) -> std::optional<RunRecording> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        //: %1 byte offset in the file, %2 the JSON parser's message
        return fail(RunRecordings::tr("not valid JSON at byte %1: %2 (is the file truncated?)")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(RunRecordings::tr("not a recording: the file holds no JSON object"));
    const QJsonObject root = doc.object();
    const QString schema = root.value(QStringLiteral("schema")).toString();
    if (!schema.startsWith(kSchemaPrefix))
        return fail(RunRecordings::tr("not a Concurrency Lab recording (no \"schema\" of concurrency-lab.recording)"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < kOldestVersion || version > kVersion || schema != kSchemaPrefix + QString::number(version))
        //: %1 the file's schema, %2 the schemas this version reads
        return fail(RunRecordings::tr("recording format %1 is not supported; this version reads %2")
                        .arg(schema,
                             kSchemaPrefix + QString::number(kOldestVersion) + QStringLiteral(" to ")
                                 + QString::number(kVersion)));

    Reader in;
    RunRecording r;
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("primes"))
        r.kind = Kind::Primes;
    else if (kind == QStringLiteral("spinner"))
        r.kind = Kind::Spinner;
    else
        //: %1 the kind found in the file
        return fail(RunRecordings::tr("unknown kind of run \"%1\"; expected primes or spinner").arg(kind));
    r.title = root.value(QStringLiteral("title")).toString();
    r.description = root.value(QStringLiteral("description")).toString();
    r.recordedAt = QDateTime::fromString(root.value(QStringLiteral("recordedAt")).toString(), Qt::ISODateWithMs);
    r.gilHolds = in.holds(root.value(QStringLiteral("gilHolds")), QStringLiteral("gilHolds"));
    if (r.kind == Kind::Primes) {
        r.primes = in.config(root.value(QStringLiteral("config")), QStringLiteral("config"));
        r.results = in.results(root.value(QStringLiteral("results")), QStringLiteral("results"));
        if (root.contains(QStringLiteral("summary")))
            r.summary = in.summary(root.value(QStringLiteral("summary")), QStringLiteral("summary"));
    } else {
        // Optional: files written before the spinner pages saved runs lack it.
        if (root.contains(QStringLiteral("spinnerConfig")))
            r.spinner = in.spinnerConfig(root.value(QStringLiteral("spinnerConfig")), QStringLiteral("spinnerConfig"));
        if (root.contains(QStringLiteral("report")))
            r.report = in.report(root.value(QStringLiteral("report")), QStringLiteral("report"));
    }
    r.loopEvents = in.loopEvents(root.value(QStringLiteral("loopEvents")), QStringLiteral("loopEvents"));
    if (version >= 2 && root.contains(QStringLiteral("cpython")))
        r.cpython = in.cpython(root.value(QStringLiteral("cpython")), QStringLiteral("cpython"));
    if (!in.ok())
        return fail(in.error());
    if (version >= 3 && root.contains(QStringLiteral("raceTally"))) {
        QString why;
        r.raceTallies = RaceTallies::fromJson(root.value(QStringLiteral("raceTally")), QStringLiteral("raceTally"), &why);
        if (!r.raceTallies)
            return fail(why);
    }
    if (version >= 4 && root.contains(QStringLiteral("audience"))) {
        QString why;
        r.audience = RoundTally::fromJson(root.value(QStringLiteral("audience")), QStringLiteral("audience"), &why);
        if (!r.audience)
            return fail(why);
    }
    return r;
}

bool RunRecording::save(const QString &path, QString *error) const
{
    QString why;
    if (OutputFile::write(path, toJson(), &why))
        return true;
    if (error)
        *error = why;
    return false;
}

std::optional<RunRecording> RunRecording::load(const QString &path, QString *error)
{
    // Only regular files: the window opens recordings on its GUI thread, where
    // a FIFO would block it (and with it the quit a SIGTERM asks for).
    const BoundedRead::Result read = BoundedRead::read(path, kMaxFileBytes, RunRecordings::tr("a recording"),
                                                       BoundedRead::Streams::Refuse);
    if (!read.ok()) {
        if (error)
            *error = read.error;
        return std::nullopt;
    }
    return fromJson(read.bytes, error);
}

} // namespace conlab
