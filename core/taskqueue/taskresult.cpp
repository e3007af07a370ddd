// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/taskresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace conlab {

namespace {

constexpr qsizetype kMaxMeta = 64 * 1024; // a result is a few hundred bytes
constexpr double kMaxSeconds = 7 * 24 * 3600.0;

bool isFiniteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

TaskResult malformed(QString why)
{
    TaskResult r;
    r.kind = TaskResult::Kind::Malformed;
    r.why = std::move(why);
    return r;
}

} // namespace

TaskResult TaskResult::parse(const QByteArray &meta, std::uint64_t asked)
{
    if (meta.size() > kMaxMeta)
        return malformed(tr("the result is %1 bytes, more than a result can be").arg(meta.size()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(meta, &err);
    if (err.error != QJsonParseError::NoError)
        return malformed(tr("not JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return malformed(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    const QString status = o.value(QStringLiteral("status")).toString();
    if (status == u"FAILURE") {
        TaskResult r;
        r.kind = Kind::Failed;
        r.n = asked;
        const QJsonObject exc = o.value(QStringLiteral("result")).toObject();
        const QJsonValue message = exc.value(QStringLiteral("exc_message"));
        const QString text = message.isArray() && !message.toArray().isEmpty()
            ? message.toArray().first().toString()
            : message.toString();
        r.why = exc.value(QStringLiteral("exc_type")).toString(QStringLiteral("?"));
        if (!text.isEmpty())
            r.why += u": " + text.left(300);
        return r;
    }
    if (status == u"STARTED") {
        // With task_track_started, Celery stores {"pid": ..., "hostname": ...}.
        TaskResult r;
        r.kind = Kind::Started;
        r.n = asked;
        const QJsonObject who = o.value(QStringLiteral("result")).toObject();
        r.host = who.value(QStringLiteral("hostname")).toString().left(255);
        r.pid = who.value(QStringLiteral("pid")).toInteger(0);
        if (r.host.isEmpty() || r.pid <= 0)
            return malformed(tr("a STARTED state without its host and pid"));
        return r;
    }
    if (status == u"RETRY" || status == u"PENDING" || status == u"RECEIVED") {
        TaskResult r;
        r.kind = Kind::Pending;
        r.n = asked;
        return r;
    }
    if (status != u"SUCCESS")
        return malformed(status.isEmpty() ? tr("no status") : tr("unknown status \"%1\"").arg(status.left(40)));
    const QJsonValue value = o.value(QStringLiteral("result"));
    if (!value.isObject())
        return malformed(tr("\"result\" is not an object"));
    const QJsonObject res = value.toObject();

    TaskResult r;
    r.kind = Kind::Checked;
    // n, digit for digit: QJsonValue keeps integers past 2^63 as doubles,
    // so the number is read from the text. It must be the one key "n".
    static const QRegularExpression nKey(QStringLiteral("\"n\"\\s*:\\s*(-?[0-9.eE+-]+)"));
    const QString text = QString::fromUtf8(meta);
    auto matches = nKey.globalMatch(text);
    QString digits;
    int count = 0;
    while (matches.hasNext()) {
        digits = matches.next().captured(1);
        ++count;
    }
    if (!res.value(QStringLiteral("n")).isDouble() || count != 1)
        return malformed(tr("\"n\" is missing or not a number"));
    bool ok = false;
    r.n = digits.toULongLong(&ok);
    if (!ok)
        return malformed(tr("\"n\" is %1, not a whole number from 0 to 2^64-1").arg(digits.left(40)));
    if (r.n != asked)
        return malformed(tr("\"n\" is %1, but this task asked about %2").arg(digits).arg(asked));
    const QJsonValue prime = res.value(QStringLiteral("prime"));
    if (!prime.isBool())
        return malformed(tr("\"prime\" is not true or false"));
    r.prime = prime.toBool();
    for (const char *key : {"elapsed", "start", "end"})
        if (!isFiniteNumber(res.value(QLatin1String(key))))
            return malformed(tr("\"%1\" is missing or not a number").arg(QLatin1String(key)));
    r.elapsed = res.value(QStringLiteral("elapsed")).toDouble();
    r.start = res.value(QStringLiteral("start")).toDouble();
    r.end = res.value(QStringLiteral("end")).toDouble();
    if (r.elapsed < 0 || r.elapsed > kMaxSeconds)
        return malformed(tr("\"elapsed\" is %1 s").arg(r.elapsed));
    if (r.start <= 0 || r.end < r.start || r.end - r.start > kMaxSeconds)
        return malformed(tr("the times run from %1 to %2").arg(r.start, 0, 'f', 3).arg(r.end, 0, 'f', 3));
    const QJsonValue host = res.value(QStringLiteral("host"));
    r.host = host.toString();
    if (!host.isString() || r.host.isEmpty() || r.host.size() > 255)
        return malformed(tr("\"host\" is not a host name"));
    const QJsonValue pid = res.value(QStringLiteral("pid"));
    r.pid = pid.toInteger(-1);
    if (!pid.isDouble() || r.pid <= 0 || static_cast<double>(r.pid) != pid.toDouble())
        return malformed(tr("\"pid\" is not a process id"));
    return r;
}

} // namespace conlab
