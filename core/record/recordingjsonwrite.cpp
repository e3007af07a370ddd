// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/record/recordingjson.h"

#include "core/record/runrecording.h"

#include <QJsonArray>
#include <cmath>

namespace conlab::recordingjson {

namespace {

// 64-bit numbers travel as decimal text: a JSON number is a double.
QString numberText(const std::vector<std::uint64_t> &ns)
{
    QString out;
    out.reserve(static_cast<qsizetype>(ns.size()) * 17);
    for (std::size_t k = 0; k < ns.size(); ++k) {
        if (k)
            out += u' ';
        out += QString::number(ns[k]);
    }
    return out;
}

template <typename T, typename F>
QJsonArray column(const std::vector<T> &items, F get)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(get(item));
    return a;
}

QString modelKey(PrimesModel m)
{
    return PrimesModels::name(m);
}

} // namespace

QJsonObject configToJson(const PrimesConfig &c)
{
    return {{QStringLiteral("model"), modelKey(c.model)},
            {QStringLiteral("workers"), c.workers},
            {QStringLiteral("pace"), c.pace.name()},
            {QStringLiteral("racy"), c.racy},
            {QStringLiteral("gil"), c.gil.enabled},
            {QStringLiteral("switchIntervalUs"), static_cast<qint64>(c.gil.switchInterval.count())},
            {QStringLiteral("numbers"), numberText(c.numbers)}};
}

QJsonObject resultsToJson(const std::vector<PrimeResult> &rs)
{
    std::vector<std::uint64_t> ns;
    ns.reserve(rs.size());
    QString prime;
    prime.reserve(static_cast<qsizetype>(rs.size()));
    for (const PrimeResult &r : rs) {
        ns.push_back(r.n);
        prime += r.prime ? u'1' : u'0';
    }
    return {{QStringLiteral("n"), numberText(ns)},
            {QStringLiteral("prime"), prime},
            {QStringLiteral("elapsed"), column(rs, [](const PrimeResult &r) { return r.elapsed; })},
            {QStringLiteral("worker"), column(rs, [](const PrimeResult &r) { return r.worker; })},
            {QStringLiteral("startNs"),
             column(rs, [](const PrimeResult &r) { return static_cast<qint64>(r.startNs); })},
            {QStringLiteral("endNs"), column(rs, [](const PrimeResult &r) { return static_cast<qint64>(r.endNs); })}};
}

QJsonObject gilStatsToJson(const GilStats &s)
{
    QJsonArray threads;
    for (const GilThreadStats &t : s.threads)
        threads.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(t.name)},
                                   {QStringLiteral("worker"), t.worker},
                                   {QStringLiteral("holdNs"), static_cast<qint64>(t.holdNs)},
                                   {QStringLiteral("waitNs"), static_cast<qint64>(t.waitNs)},
                                   {QStringLiteral("acquisitions"), static_cast<qint64>(t.acquisitions)},
                                   {QStringLiteral("switches"), static_cast<qint64>(t.switches)},
                                   {QStringLiteral("dropRequests"), static_cast<qint64>(t.dropRequests)},
                                   {QStringLiteral("forcedDrops"), static_cast<qint64>(t.forcedDrops)}});
    return {{QStringLiteral("enabled"), s.config.enabled},
            {QStringLiteral("switchIntervalUs"), static_cast<qint64>(s.config.switchInterval.count())},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("switches"), static_cast<qint64>(s.switches)},
            {QStringLiteral("dropRequests"), static_cast<qint64>(s.dropRequests)}};
}

QJsonObject summaryToJson(const RunSummary &s)
{
    QJsonObject o{{QStringLiteral("model"), s.model},
                  {QStringLiteral("workers"), s.workers},
                  {QStringLiteral("numbers"), static_cast<qint64>(s.numbers)},
                  {QStringLiteral("checked"), static_cast<qint64>(s.checked)},
                  {QStringLiteral("wall"), s.wall},
                  {QStringLiteral("cancelled"), s.cancelled},
                  {QStringLiteral("error"), s.error},
                  {QStringLiteral("lost"), numberText(s.lost)},
                  {QStringLiteral("unchecked"), numberText(s.unchecked)}};
    if (s.gil)
        o.insert(QStringLiteral("gil"), gilStatsToJson(*s.gil));
    if (s.race)
        o.insert(QStringLiteral("race"),
                 QJsonObject{{QStringLiteral("outcome"), RaceVerdict::name(s.race->outcome)},
                             {QStringLiteral("seed"), QString::number(s.race->seed)},
                             {QStringLiteral("printed"), static_cast<qint64>(s.race->printed.size())},
                             {QStringLiteral("lost"), numberText(s.race->lost)},
                             {QStringLiteral("pills_left"), s.race->pillsLeft},
                             {QStringLiteral("late_worker"), s.race->lateWorker}});
    if (!s.crashes.empty()) {
        QJsonArray crashes;
        for (const WorkerCrash &c : s.crashes)
            crashes.append(QJsonObject{{QStringLiteral("cause"), QLatin1String(WorkerCrash::causeName(c.cause))},
                                       {QStringLiteral("worker"), c.worker},
                                       {QStringLiteral("pid"), c.pid},
                                       {QStringLiteral("signal"), c.signal},
                                       {QStringLiteral("exitCode"), c.exitCode},
                                       {QStringLiteral("n"), c.n ? numberText({*c.n}) : QString()},
                                       {QStringLiteral("attempt"), c.attempt},
                                       {QStringLiteral("tNs"), static_cast<qint64>(c.tNs)},
                                       {QStringLiteral("message"), c.message}});
        o.insert(QStringLiteral("crashes"), crashes);
    }
    return o;
}

QJsonObject holdsToJson(const std::vector<GilHold> &hs)
{
    return {{QStringLiteral("tid"), column(hs, [](const GilHold &h) { return h.tid; })},
            {QStringLiteral("startNs"), column(hs, [](const GilHold &h) { return static_cast<qint64>(h.startNs); })},
            {QStringLiteral("endNs"), column(hs, [](const GilHold &h) { return static_cast<qint64>(h.endNs); })}};
}

QJsonArray loopEventsToJson(const std::vector<aio::LoopEvent> &es)
{
    QJsonArray a;
    for (const aio::LoopEvent &e : es) {
        QJsonObject o{{QStringLiteral("kind"), static_cast<int>(e.kind)},
                      {QStringLiteral("taskId"), static_cast<qint64>(e.taskId)},
                      {QStringLiteral("taskName"), QString::fromStdString(e.taskName)},
                      {QStringLiteral("coroName"), QString::fromStdString(e.coroName)},
                      {QStringLiteral("startNs"), static_cast<qint64>(e.startNs)},
                      {QStringLiteral("endNs"), static_cast<qint64>(e.endNs)},
                      {QStringLiteral("iteration"), static_cast<qint64>(e.iteration)}};
        if (e.kind == aio::LoopEvent::Kind::ReadyQueue)
            o.insert(QStringLiteral("queued"), static_cast<qint64>(e.queued));
        a.append(o);
    }
    return a;
}

} // namespace conlab::recordingjson
