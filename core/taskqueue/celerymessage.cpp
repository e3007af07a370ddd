// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/celerymessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace conlab {

QByteArray CeleryMessage::newTaskId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray CeleryMessage::body(std::uint64_t n)
{
    // By hand: QJsonValue holds numbers past 2^53 as doubles.
    return "[[" + QByteArray::number(static_cast<qulonglong>(n))
        + "], {}, {\"callbacks\": null, \"errbacks\": null, \"chain\": null, \"chord\": null}]";
}

QByteArray CeleryMessage::envelope(std::uint64_t n, const QByteArray &taskId, const QString &origin)
{
    const QString id = QString::fromLatin1(taskId);
    const QString digits = QString::number(static_cast<qulonglong>(n));
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject headers{
        {QStringLiteral("lang"), QStringLiteral("py")},
        {QStringLiteral("task"), QString::fromLatin1(kTaskName)},
        {QStringLiteral("id"), id},
        {QStringLiteral("shadow"), null},
        {QStringLiteral("eta"), null},
        {QStringLiteral("expires"), null},
        {QStringLiteral("group"), null},
        {QStringLiteral("group_index"), null},
        {QStringLiteral("retries"), QJsonValue(0)},
        {QStringLiteral("timelimit"), QJsonArray{null, null}},
        {QStringLiteral("root_id"), id},
        {QStringLiteral("parent_id"), null},
        {QStringLiteral("argsrepr"), QString(u'(' + digits + QStringLiteral(",)"))},
        {QStringLiteral("kwargsrepr"), QStringLiteral("{}")},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("ignore_result"), QJsonValue(false)},
    };
    const QJsonObject properties{
        {QStringLiteral("correlation_id"), id},
        {QStringLiteral("delivery_mode"), QJsonValue(2)},
        {QStringLiteral("delivery_info"),
         QJsonObject{{QStringLiteral("exchange"), QString()},
                     {QStringLiteral("routing_key"), QString::fromLatin1(kQueue)}}},
        {QStringLiteral("priority"), QJsonValue(0)},
        {QStringLiteral("body_encoding"), QStringLiteral("base64")},
        {QStringLiteral("delivery_tag"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
    };
    const QJsonObject envelope{
        {QStringLiteral("body"), QString::fromLatin1(body(n).toBase64())},
        {QStringLiteral("content-encoding"), QStringLiteral("utf-8")},
        {QStringLiteral("content-type"), QStringLiteral("application/json")},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("properties"), properties},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace conlab
