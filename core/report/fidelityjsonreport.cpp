// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/report/fidelityjsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conlab {

namespace {

QString bandKey(FidelityBand band)
{
    switch (band) {
    case FidelityBand::Spins: return QStringLiteral("spins");
    case FidelityBand::NeverAppears: return QStringLiteral("never_appears");
    case FidelityBand::Stutters: return QStringLiteral("stutters");
    case FidelityBand::Time: return QStringLiteral("time");
    case FidelityBand::Outcome: return QStringLiteral("outcome");
    }
    return {};
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject runJson(const FidelitySample &s)
{
    QJsonObject o;
    if (!s.ok()) {
        o.insert(u"error", s.error);
        return o;
    }
    o.insert(u"seconds", s.seconds);
    if (s.spinner) {
        o.insert(u"frames", s.frames);
        o.insert(u"fps", s.framesPerSecond);
        o.insert(u"max_gap_ms", static_cast<double>(s.maxGapNs) / 1e6);
        o.insert(u"spinner", SpinnerVerdict::key(*s.spinner));
    }
    if (s.race)
        o.insert(u"race", raceOutcomeKey(*s.race));
    return o;
}

QJsonObject sideJson(const FidelitySide &side, FidelityBand band)
{
    QJsonObject o;
    o.insert(u"ok", side.ok);
    o.insert(u"seconds", optional(side.seconds));
    if (band != FidelityBand::Time && band != FidelityBand::Outcome) {
        o.insert(u"fps", optional(side.framesPerSecond));
        o.insert(u"max_frames", side.maxFrames);
        o.insert(u"max_gap_ms",
                 side.maxGapNs ? QJsonValue(static_cast<double>(*side.maxGapNs) / 1e6) : QJsonValue(QJsonValue::Null));
    }
    if (band == FidelityBand::Outcome) {
        QJsonObject tally;
        for (RaceOutcome o2 : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung})
            tally.insert(raceOutcomeKey(o2), side.races[static_cast<std::size_t>(o2)]);
        o.insert(u"outcomes", tally);
    }
    QJsonArray runs;
    for (const FidelitySample &s : side.runs)
        runs.append(runJson(s));
    o.insert(u"runs", runs);
    return o;
}

} // namespace

QByteArray FidelityJsonReport::build(const std::vector<FidelityRow> &rows, int rounds, const QString &interpreter,
                                     bool cancelled)
{
    QJsonArray list;
    for (const FidelityRow &row : rows) {
        QJsonObject o;
        o.insert(u"key", row.key);
        o.insert(u"title", row.title);
        o.insert(u"band", bandKey(row.band));
        o.insert(u"cpython", sideJson(row.cpython, row.band));
        o.insert(u"emulated", sideJson(row.emulated, row.band));
        o.insert(u"ratio", optional(row.ratio));
        o.insert(u"verdict", FidelityJudge::verdictKey(row.verdict));
        o.insert(u"why", row.why);
        list.append(o);
    }
    QJsonObject top;
    top.insert(u"schema", QStringLiteral("concurrency-lab.fidelity/1"));
    top.insert(u"rounds", rounds);
    top.insert(u"interpreter", interpreter);
    top.insert(u"cancelled", cancelled);
    top.insert(u"rows", list);
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

} // namespace conlab
