// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/cpythonexport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conlab {

namespace {
// Each line of `csv` after its header, with `engine` in front.
void appendRows(QByteArray &out, const QByteArray &csv, const QByteArray &engine)
{
    qsizetype from = csv.indexOf('\n');
    if (from < 0)
        return;
    ++from;
    while (from < csv.size()) {
        qsizetype nl = csv.indexOf('\n', from);
        if (nl < 0)
            nl = csv.size();
        out += engine + ',' + QByteArrayView(csv).sliced(from, nl - from) + '\n';
        from = nl + 1;
    }
}
} // namespace

QByteArray CPythonExport::csv(const QByteArray &emulationCsv, const QByteArray &cpythonCsv)
{
    const qsizetype headerEnd = emulationCsv.indexOf('\n');
    QByteArray out = "engine," + (headerEnd < 0 ? emulationCsv : emulationCsv.left(headerEnd)) + '\n';
    out.reserve(emulationCsv.size() + cpythonCsv.size() * 2);
    appendRows(out, emulationCsv, "emulation");
    appendRows(out, cpythonCsv, "cpython");
    return out;
}

QByteArray CPythonExport::json(const QByteArray &emulationJson, const CPythonSide &side,
                               const QByteArray &cpythonReport, const QJsonObject &comparison)
{
    QJsonObject root = QJsonDocument::fromJson(emulationJson).object();
    QJsonObject py{{QStringLiteral("end"), CPythonSide::key(side.end)},
                   {QStringLiteral("interpreter"), side.interpreter},
                   {QStringLiteral("commandLine"), side.commandLine},
                   {QStringLiteral("error"), side.error},
                   {QStringLiteral("seconds"), side.seconds},
                   {QStringLiteral("comparison"), comparison}};
    if (!cpythonReport.isEmpty())
        py.insert(QStringLiteral("report"), QJsonDocument::fromJson(cpythonReport).object());
    root.insert(QStringLiteral("cpython"), py);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CPythonExport::trace(const QByteArray &emulationTrace, const QByteArray &cpythonTrace,
                                const QString &commandLine)
{
    QJsonObject root = QJsonDocument::fromJson(emulationTrace).object();
    QJsonArray events = root.value(QStringLiteral("traceEvents")).toArray();
    const QJsonArray theirs =
        QJsonDocument::fromJson(cpythonTrace).object().value(QStringLiteral("traceEvents")).toArray();
    for (const QJsonValue &v : theirs) {
        QJsonObject e = v.toObject();
        e.insert(QStringLiteral("pid"), e.value(QStringLiteral("pid")).toInt() + kTracePidOffset);
        if (e.value(QStringLiteral("tid")).isDouble())
            e.insert(QStringLiteral("tid"), e.value(QStringLiteral("tid")).toInt() + kTracePidOffset);
        if (e.value(QStringLiteral("ph")) == QStringLiteral("M")
            && e.value(QStringLiteral("name")) == QStringLiteral("process_name")) {
            QJsonObject args = e.value(QStringLiteral("args")).toObject();
            args.insert(QStringLiteral("name"),
                        QString(QStringLiteral("CPython: ") + args.value(QStringLiteral("name")).toString()));
            e.insert(QStringLiteral("args"), args);
        }
        events.append(e);
    }
    root.insert(QStringLiteral("traceEvents"), events);
    QJsonObject meta = root.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("cpythonCommandLine"), commandLine);
    root.insert(QStringLiteral("metadata"), meta);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace conlab
