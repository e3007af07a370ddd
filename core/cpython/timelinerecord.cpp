// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/timelinerecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace conlab {

std::optional<TimelineRecord> TimelineRecord::parse(const QByteArray &line)
{
    if (!line.startsWith('{'))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    bool ok = false;
    TimelineRecord r;
    r.n = o.value(QStringLiteral("n")).toString().toULongLong(&ok);
    if (!ok || !o.value(QStringLiteral("start")).isDouble() || !o.value(QStringLiteral("end")).isDouble())
        return std::nullopt;
    r.pid = o.value(QStringLiteral("pid")).toInteger();
    r.thread = o.value(QStringLiteral("thread")).toInteger();
    r.startNs = std::llround(o.value(QStringLiteral("start")).toDouble() * 1e9);
    r.endNs = std::llround(o.value(QStringLiteral("end")).toDouble() * 1e9);
    return r;
}

} // namespace conlab
