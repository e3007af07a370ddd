// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace conlab {

namespace {

// RFC 4180: only a field with a comma, a quote or a line break is quoted.
QByteArray csvField(const QString &text)
{
    QByteArray f = text.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r'))
        f = '"' + f.replace("\"", "\"\"") + '"';
    return f;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString joinedNumbers(const std::vector<std::uint64_t> &numbers)
{
    QByteArray out;
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k)
            out += ' ';
        out += QByteArray::number(numbers[k]);
    }
    return QString::fromLatin1(out);
}

// At least 3 decimals (ms), and at least 3 significant digits, so a native
// run of a few ms reads 0.00412 rather than 0.004; plain decimals always,
// never an exponent, so awk and a notebook read them alike.
QByteArray seconds(double s)
{
    int decimals = 3;
    if (s > 0 && s < 0.1)
        decimals = std::min(9, 2 - int(std::floor(std::log10(s))));
    return QByteArray::number(s, 'f', decimals);
}

} // namespace

QByteArray SweepExport::tidyCsv(const SweepData &data)
{
    const SweepConfig &c = data.config;
    const QByteArray pace = csvField(c.pace.name());
    const QByteArray hash = numbersHash(c.numbers).toLatin1();
    const QByteArray machine = csvField(data.machine.host);
    const QByteArray cores = QByteArray::number(data.machine.cores);
    // crashes and stalls last: a disturbed run stays in the data (a notebook
    // may want it) and is easy to filter out, as the medians do.
    QByteArray out = "series,model,gil,workers,repeat,wall_s,pace,numbers_hash,machine,cores,date,crashes,stalls\n";
    out.reserve(out.size() + qsizetype(data.runs.size()) * 120);
    for (const SweepRun &r : data.runs) {
        if (r.series < 0 || r.series >= int(c.series.size()))
            continue;
        const SweepSeries &s = c.series[std::size_t(r.series)];
        const QByteArray gil = PrimesModels::gilApplies(s.model) ? (s.gil.enabled ? "on" : "off") : "";
        out += csvField(s.spec()) + ',' + PrimesModels::name(s.model).toLatin1() + ',' + gil + ','
            + QByteArray::number(r.workers) + ',' + QByteArray::number(r.repeat) + ','
            + QByteArray::number(r.wall, 'f', 6) + ',' + pace + ',' + hash + ',' + machine + ',' + cores + ','
            + isoUtc(r.finished).toLatin1() + ',' + QByteArray::number(r.crashes) + ',' + QByteArray::number(r.stalls)
            + '\n';
    }
    return out;
}

QByteArray SweepExport::json(const SweepData &data, const std::vector<SeriesStats> &stats)
{
    const SweepConfig &c = data.config;
    const auto specOf = [&](int series) {
        return series >= 0 && series < int(c.series.size()) ? c.series[std::size_t(series)].spec() : QString();
    };
    QJsonArray series;
    for (const SweepSeries &s : c.series) {
        QJsonObject o{{QStringLiteral("spec"), s.spec()}, {QStringLiteral("model"), PrimesModels::name(s.model)}};
        o.insert(u"engine", s.isCPython() ? QStringLiteral("cpython") : QStringLiteral("emulated"));
        if (PrimesModels::gilApplies(s.model)) {
            o.insert(u"gil", s.gil.enabled);
            o.insert(u"switch_ms", double(s.gil.switchInterval.count()) / 1000.0);
        }
        series.append(o);
    }
    const QJsonObject config{{QStringLiteral("series"), series},
                             {QStringLiteral("max_workers"), c.maxWorkers},
                             {QStringLiteral("runs"), c.runs},
                             {QStringLiteral("pace"), c.pace.name()},
                             {QStringLiteral("numbers"), joinedNumbers(c.numbers)},
                             {QStringLiteral("numbers_hash"), numbersHash(c.numbers)}};
    QJsonObject machine{{QStringLiteral("host"), data.machine.host},
                        {QStringLiteral("cores"), data.machine.cores},
                        {QStringLiteral("created"), isoUtc(data.machine.created)},
                        {QStringLiteral("app_version"), data.machine.appVersion}};
    if (!data.machine.cpython.isEmpty())
        machine.insert(u"cpython", data.machine.cpython);
    QJsonArray runs;
    for (const SweepRun &r : data.runs)
        runs.append(QJsonObject{{QStringLiteral("series"), specOf(r.series)},
                                {QStringLiteral("workers"), r.workers},
                                {QStringLiteral("repeat"), r.repeat},
                                {QStringLiteral("wall"), r.wall},
                                {QStringLiteral("finished"), isoUtc(r.finished)},
                                {QStringLiteral("crashes"), r.crashes},
                                {QStringLiteral("stalls"), r.stalls},
                                {QStringLiteral("disturbed"), r.disturbed()}});
    QJsonArray statsArray;
    for (const SeriesStats &s : stats) {
        QJsonArray counts;
        for (const CountStats &k : s.counts)
            counts.append(QJsonObject{{QStringLiteral("workers"), k.workers},
                                      {QStringLiteral("n"), k.n},
                                      {QStringLiteral("disturbed"), k.disturbed},
                                      {QStringLiteral("median"), k.median},
                                      {QStringLiteral("min"), k.min},
                                      {QStringLiteral("max"), k.max},
                                      {QStringLiteral("q1"), k.q1},
                                      {QStringLiteral("q3"), k.q3}});
        const auto best = s.best();
        statsArray.append(QJsonObject{{QStringLiteral("series"), specOf(s.series)},
                                      {QStringLiteral("best_workers"), best ? QJsonValue(best->workers) : QJsonValue()},
                                      {QStringLiteral("counts"), counts}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("concurrency-lab-sweep-export")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("config"), config},
                           {QStringLiteral("machine"), machine},
                           {QStringLiteral("runs"), runs},
                           {QStringLiteral("stats"), statsArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray SweepExport::medianLines(const std::vector<SeriesStats> &stats, int series)
{
    QByteArray out;
    const auto it = std::find_if(stats.begin(), stats.end(),
                                 [series](const SeriesStats &s) { return s.series == series; });
    if (it == stats.end())
        return out;
    for (const CountStats &c : it->counts)
        out += QByteArray::number(c.workers) + ' ' + seconds(c.median) + '\n';
    return out;
}

} // namespace conlab
