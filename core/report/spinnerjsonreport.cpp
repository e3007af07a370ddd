// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/report/spinnerjsonreport.h"

#include "core/spinner/spinnerverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conlab {

QByteArray SpinnerJsonReport::build(const SpinnerConfig &config, const SpinnerReport &report, const QString &engine)
{
    QJsonArray times;
    for (const SpinnerFrame &f : report.frames)
        times.append(static_cast<double>(f.tNs) / 1e9);
    QJsonObject gil{{QStringLiteral("enabled"), config.gil.enabled},
                    {QStringLiteral("switch_interval_ms"),
                     static_cast<double>(config.gil.switchInterval.count()) / 1000.0}};
    if (report.gil) {
        QJsonArray threads;
        for (const GilThreadStats &t : report.gil->threads)
            threads.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(t.name)},
                                       {QStringLiteral("hold_s"), static_cast<double>(t.holdNs) / 1e9},
                                       {QStringLiteral("wait_s"), static_cast<double>(t.waitNs) / 1e9},
                                       {QStringLiteral("switches"), static_cast<qint64>(t.switches)}});
        gil.insert(QStringLiteral("threads"), threads);
    }
    // The verdict the GUI reveals: a stable word for scripts, the why for people.
    const SpinnerVerdict verdict = SpinnerVerdict::of(config, report);
    QJsonValue outcome;
    switch (verdict.kind) {
    case SpinnerVerdict::Kind::Measured: outcome = SpinnerVerdict::key(*verdict.outcome); break;
    case SpinnerVerdict::Kind::TooQuick: outcome = QStringLiteral("too_quick"); break;
    case SpinnerVerdict::Kind::NotFinished: break; // null: nothing was measured
    }
    const QJsonObject verdictJson{{QStringLiteral("outcome"), outcome}, {QStringLiteral("why"), verdict.why}};
    const QJsonObject root{
        {QStringLiteral("schema"), QStringLiteral("concurrency-lab.spinner/1")},
        {QStringLiteral("engine"), engine},
        {QStringLiteral("model"), SpinnerChoices::modelName(config.model)},
        {QStringLiteral("slow"), SpinnerChoices::slowName(config.slow)},
        {QStringLiteral("pace"), config.pace.name()},
        {QStringLiteral("gil"), gil},
        {QStringLiteral("spinner_object"), report.spinnerRepr},
        {QStringLiteral("answer"), report.answer},
        {QStringLiteral("frames"), static_cast<qint64>(report.frames.size())},
        {QStringLiteral("expected_frames"), report.expectedFrames},
        {QStringLiteral("max_gap_ms"), static_cast<double>(report.maxGapNs) / 1e6},
        {QStringLiteral("elapsed_s"), report.elapsed},
        {QStringLiteral("slow_s"), report.slowSeconds},
        {QStringLiteral("verdict"), verdictJson},
        {QStringLiteral("frame_times_s"), times},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("error"), report.error.isEmpty() ? QJsonValue() : QJsonValue(report.error)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace conlab
