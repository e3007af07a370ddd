// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/record/recordingjson.h"

#include "core/numbers/numberlist.h"
#include "core/record/runrecording.h"
#include "core/text/quotedvalue.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace conlab::recordingjson {

namespace {
// Recordings written before GIL statistics carried the worker name it only
// in the thread's name, as the engine gave it then: "Thread-3 (worker)" is
// worker 3, "ThreadPoolExecutor-0_2" worker 3. 0 for anything else.
int legacyGilWorker(const std::string &name)
{
    const auto digitsAfter = [&](std::string_view prefix) {
        if (!name.starts_with(prefix))
            return 0;
        int n = 0;
        for (std::size_t k = prefix.size(); k < name.size() && name[k] >= '0' && name[k] <= '9' && n < 100'000; ++k)
            n = n * 10 + (name[k] - '0');
        return n;
    };
    if (const int pool = digitsAfter("ThreadPoolExecutor-0_"); pool > 0 || name.starts_with("ThreadPoolExecutor-0_0"))
        return pool + 1;
    return digitsAfter("Thread-");
}
} // namespace

bool Reader::fail(const QString &path, const QString &why)
{
    if (error_.isEmpty())
        //: %1 where in the file (e.g. results.endNs[41]), %2 what is wrong
        error_ = RunRecordings::tr("%1: %2").arg(path, why);
    return false;
}

QJsonObject Reader::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, RunRecordings::tr("missing, or not an object"));
        return {};
    }
    return v.toObject();
}

QString Reader::string(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        fail(path + u'.' + key, RunRecordings::tr("expected text"));
    return v.toString();
}

double Reader::number(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(path + u'.' + key, RunRecordings::tr("expected a number"));
    return v.toDouble();
}

bool Reader::boolean(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isBool())
        fail(path + u'.' + key, RunRecordings::tr("expected true or false"));
    return v.toBool();
}

std::vector<double> Reader::doubles(const QJsonObject &o, const QString &key, const QString &path, qsizetype size)
{
    std::vector<double> out;
    const QJsonValue v = o.value(key);
    const QString where = path + u'.' + key;
    if (!v.isArray()) {
        fail(where, RunRecordings::tr("expected a list of numbers"));
        return out;
    }
    const QJsonArray a = v.toArray();
    if (size >= 0 && a.size() != size) {
        //: %1 entries found, %2 entries expected
        fail(where, RunRecordings::tr("has %1 entries, expected %2").arg(a.size()).arg(size));
        return out;
    }
    out.reserve(static_cast<std::size_t>(a.size()));
    for (qsizetype k = 0; k < a.size(); ++k) {
        const QJsonValue e = a.at(k);
        if (!e.isDouble() || !std::isfinite(e.toDouble())) {
            fail(where + QStringLiteral("[%1]").arg(k), RunRecordings::tr("expected a number"));
            return {};
        }
        out.push_back(e.toDouble());
    }
    return out;
}

std::vector<std::int64_t> Reader::integers(const QJsonObject &o, const QString &key, const QString &path,
                                           qsizetype size)
{
    std::vector<std::int64_t> out;
    for (double d : doubles(o, key, path, size)) {
        // Beyond ±2^62 the value cannot be a time or an id we wrote.
        if (std::fabs(d) > 4.6e18) {
            fail(path + u'.' + key, RunRecordings::tr("a value is out of range"));
            return {};
        }
        out.push_back(static_cast<std::int64_t>(d));
    }
    return out;
}

std::vector<std::uint64_t> Reader::numberList(const QJsonObject &o, const QString &key, const QString &path)
{
    const QString text = string(o, key, path);
    if (text.trimmed().isEmpty())
        return {};
    NumberList list = NumberListParser::parse(text);
    if (!list.ok()) {
        fail(path + u'.' + key, list.error->describe());
        return {};
    }
    return std::move(list.numbers);
}

PrimesConfig Reader::config(const QJsonValue &v, const QString &path)
{
    PrimesConfig c;
    const QJsonObject o = object(v, path);
    if (!ok())
        return c;
    const QString model = string(o, QStringLiteral("model"), path);
    if (const auto m = PrimesModels::parse(model))
        c.model = *m;
    else
        //: %1 the model name found in the file
        fail(path + QStringLiteral(".model"), RunRecordings::tr("unknown model \"%1\"").arg(model));
    c.workers = static_cast<int>(
        std::clamp(number(o, QStringLiteral("workers"), path), 1.0, double(PrimesConfig::kMaxWorkers)));
    QString paceError;
    if (const auto pace = Pace::parse(string(o, QStringLiteral("pace"), path), &paceError))
        c.pace = *pace;
    else
        fail(path + QStringLiteral(".pace"), paceError);
    c.racy = boolean(o, QStringLiteral("racy"), path);
    c.gil.enabled = boolean(o, QStringLiteral("gil"), path);
    c.gil.switchInterval = std::chrono::microseconds(
        static_cast<std::int64_t>(std::clamp(number(o, QStringLiteral("switchIntervalUs"), path),
                                             double(kMinSwitchInterval.count()), double(kMaxSwitchInterval.count()))));
    c.numbers = numberList(o, QStringLiteral("numbers"), path);
    return c;
}

std::vector<PrimeResult> Reader::results(const QJsonValue &v, const QString &path)
{
    const QJsonObject o = object(v, path);
    const std::vector<std::uint64_t> ns = numberList(o, QStringLiteral("n"), path);
    const QString prime = string(o, QStringLiteral("prime"), path);
    const auto size = static_cast<qsizetype>(ns.size());
    const std::vector<double> elapsed = doubles(o, QStringLiteral("elapsed"), path, size);
    const std::vector<std::int64_t> worker = integers(o, QStringLiteral("worker"), path, size);
    const std::vector<std::int64_t> start = integers(o, QStringLiteral("startNs"), path, size);
    const std::vector<std::int64_t> end = integers(o, QStringLiteral("endNs"), path, size);
    if (ok() && prime.size() != size)
        //: %1 entries found, %2 entries expected
        fail(path + QStringLiteral(".prime"),
             RunRecordings::tr("has %1 entries, expected %2").arg(prime.size()).arg(size));
    // One character per result, 1 prime and 0 not: anything else would be
    // read as "not prime" and show a wrong verdict without a word.
    for (qsizetype k = 0; ok() && k < prime.size(); ++k)
        if (prime.at(k) != u'0' && prime.at(k) != u'1')
            //: %1 the position in the text (0-based), %2 the character found there
            fail(path + QStringLiteral(".prime"),
                 RunRecordings::tr("character %1 is %2; expected only 0 (not prime) and 1 (prime)")
                     .arg(k)
                     .arg(QuotedValue::of(QString(prime.at(k)))));
    std::vector<PrimeResult> out;
    if (!ok())
        return out;
    out.reserve(ns.size());
    for (std::size_t k = 0; k < ns.size(); ++k)
        out.push_back({ns[k], prime[static_cast<qsizetype>(k)] == u'1', elapsed[k],
                       static_cast<int>(std::clamp<std::int64_t>(worker[k], 0, PrimesConfig::kMaxWorkers)), start[k],
                       std::max(end[k], start[k])});
    return out;
}

GilStats Reader::gilStats(const QJsonValue &v, const QString &path)
{
    GilStats s;
    const QJsonObject o = object(v, path);
    if (!ok())
        return s;
    s.config.enabled = boolean(o, QStringLiteral("enabled"), path);
    s.config.switchInterval = std::chrono::microseconds(
        toInt<std::int64_t>(number(o, QStringLiteral("switchIntervalUs"), path)));
    s.switches = toInt<std::uint64_t>(std::max(0.0, number(o, QStringLiteral("switches"), path)));
    s.dropRequests = toInt<std::uint64_t>(std::max(0.0, number(o, QStringLiteral("dropRequests"), path)));
    const QJsonArray threads = o.value(QStringLiteral("threads")).toArray();
    for (qsizetype k = 0; k < threads.size() && ok(); ++k) {
        const QString where = path + QStringLiteral(".threads[%1]").arg(k);
        const QJsonObject t = object(threads.at(k), where);
        GilThreadStats ts;
        ts.name = string(t, QStringLiteral("name"), where).toStdString();
        const double worker = t.contains(QStringLiteral("worker")) ? number(t, QStringLiteral("worker"), where)
                                                                   : double(legacyGilWorker(ts.name));
        ts.worker = toInt<int>(std::clamp(worker, 0.0, double(PrimesConfig::kMaxWorkers)));
        ts.holdNs = toInt<std::int64_t>(number(t, QStringLiteral("holdNs"), where));
        ts.waitNs = toInt<std::int64_t>(number(t, QStringLiteral("waitNs"), where));
        ts.acquisitions = toInt<std::uint64_t>(std::max(0.0, number(t, QStringLiteral("acquisitions"), where)));
        ts.switches = toInt<std::uint64_t>(std::max(0.0, number(t, QStringLiteral("switches"), where)));
        ts.dropRequests = toInt<std::uint64_t>(std::max(0.0, number(t, QStringLiteral("dropRequests"), where)));
        ts.forcedDrops = toInt<std::uint64_t>(std::max(0.0, number(t, QStringLiteral("forcedDrops"), where)));
        s.threads.push_back(std::move(ts));
    }
    return s;
}

RunSummary Reader::summary(const QJsonValue &v, const QString &path)
{
    RunSummary s;
    const QJsonObject o = object(v, path);
    if (!ok())
        return s;
    s.model = string(o, QStringLiteral("model"), path);
    s.workers = toInt<int>(number(o, QStringLiteral("workers"), path));
    s.numbers = toInt<qsizetype>(std::max(0.0, number(o, QStringLiteral("numbers"), path)));
    s.checked = toInt<qsizetype>(std::max(0.0, number(o, QStringLiteral("checked"), path)));
    s.wall = std::max(0.0, number(o, QStringLiteral("wall"), path));
    s.cancelled = boolean(o, QStringLiteral("cancelled"), path);
    s.error = string(o, QStringLiteral("error"), path);
    s.lost = numberList(o, QStringLiteral("lost"), path);
    s.unchecked = numberList(o, QStringLiteral("unchecked"), path);
    if (o.contains(QStringLiteral("gil")))
        s.gil = gilStats(o.value(QStringLiteral("gil")), path + QStringLiteral(".gil"));
    // The racy loop's outcome; absent in older files and fixed runs.
    if (o.contains(QStringLiteral("race"))) {
        const QString where = path + QStringLiteral(".race");
        const QJsonObject r = object(o.value(QStringLiteral("race")), where);
        RaceVerdict v;
        const QString name = string(r, QStringLiteral("outcome"), where);
        if (name == RaceVerdict::name(RaceOutcome::Lost))
            v.outcome = RaceOutcome::Lost;
        else if (name == RaceVerdict::name(RaceOutcome::Hung))
            v.outcome = RaceOutcome::Hung;
        else if (name != RaceVerdict::name(RaceOutcome::Complete) && ok())
            fail(where + QStringLiteral(".outcome"), RunRecordings::tr("expected complete, lost or hung"));
        v.seed = r.value(QStringLiteral("seed")).toString().toULongLong();
        v.lost = numberList(r, QStringLiteral("lost"), where);
        v.pillsLeft = toInt<int>(number(r, QStringLiteral("pills_left"), where));
        v.lateWorker = toInt<int>(number(r, QStringLiteral("late_worker"), where));
        // The count is what the file keeps; the page shows only how many.
        v.printed.resize(toInt<std::size_t>(std::max(0.0, number(r, QStringLiteral("printed"), where))));
        s.race = v;
    }
    // Worker crashes (process models); absent in older files and clean runs.
    const QJsonArray crashes = o.value(QStringLiteral("crashes")).toArray();
    for (qsizetype k = 0; k < crashes.size() && ok(); ++k) {
        const QString where = path + QStringLiteral(".crashes[%1]").arg(k);
        const QJsonObject c = object(crashes.at(k), where);
        WorkerCrash crash;
        const std::optional<WorkerCrash::Cause> cause = WorkerCrash::parseCause(
            string(c, QStringLiteral("cause"), where));
        if (!cause && ok())
            fail(where + QStringLiteral(".cause"), RunRecordings::tr("expected died, malformed or unresponsive"));
        crash.cause = cause.value_or(WorkerCrash::Cause::Died);
        crash.worker = toInt<int>(number(c, QStringLiteral("worker"), where));
        crash.pid = toInt<qint64>(number(c, QStringLiteral("pid"), where));
        crash.signal = toInt<int>(number(c, QStringLiteral("signal"), where));
        crash.exitCode = toInt<int>(number(c, QStringLiteral("exitCode"), where));
        const std::vector<std::uint64_t> n = numberList(c, QStringLiteral("n"), where);
        if (!n.empty())
            crash.n = n.front();
        crash.attempt = toInt<int>(number(c, QStringLiteral("attempt"), where));
        crash.tNs = toInt<std::int64_t>(number(c, QStringLiteral("tNs"), where));
        crash.message = string(c, QStringLiteral("message"), where);
        if (ok())
            s.crashes.push_back(std::move(crash));
    }
    return s;
}

std::vector<GilHold> Reader::holds(const QJsonValue &v, const QString &path)
{
    const QJsonObject o = object(v, path);
    const std::vector<std::int64_t> tid = integers(o, QStringLiteral("tid"), path, -1);
    const auto size = static_cast<qsizetype>(tid.size());
    const std::vector<std::int64_t> start = integers(o, QStringLiteral("startNs"), path, size);
    const std::vector<std::int64_t> end = integers(o, QStringLiteral("endNs"), path, size);
    std::vector<GilHold> out;
    if (!ok())
        return out;
    for (std::size_t k = 0; k < tid.size(); ++k)
        out.push_back(
            {static_cast<int>(std::clamp<std::int64_t>(tid[k], -1, 1'000'000)), start[k], std::max(end[k], start[k])});
    return out;
}

std::vector<aio::LoopEvent> Reader::loopEvents(const QJsonValue &v, const QString &path)
{
    std::vector<aio::LoopEvent> out;
    if (!v.isArray()) {
        fail(path, RunRecordings::tr("expected a list"));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype k = 0; k < a.size() && ok(); ++k) {
        const QString where = path + QStringLiteral("[%1]").arg(k);
        const QJsonObject o = object(a.at(k), where);
        aio::LoopEvent e;
        const int kind = toInt<int>(number(o, QStringLiteral("kind"), where));
        if (kind < 0 || kind > static_cast<int>(aio::LoopEvent::kLastKind))
            fail(where + QStringLiteral(".kind"), RunRecordings::tr("unknown event kind"));
        e.kind = static_cast<aio::LoopEvent::Kind>(kind);
        e.taskId = toInt<std::uint64_t>(std::max(0.0, number(o, QStringLiteral("taskId"), where)));
        e.taskName = string(o, QStringLiteral("taskName"), where).toStdString();
        e.coroName = string(o, QStringLiteral("coroName"), where).toStdString();
        e.startNs = toInt<std::int64_t>(number(o, QStringLiteral("startNs"), where));
        e.endNs = toInt<std::int64_t>(number(o, QStringLiteral("endNs"), where));
        e.iteration = toInt<std::uint64_t>(std::max(0.0, number(o, QStringLiteral("iteration"), where)));
        // Only ready-queue samples carry a length; older recordings have none.
        if (o.contains(QStringLiteral("queued")))
            e.queued = toInt<std::uint32_t>(std::clamp(number(o, QStringLiteral("queued"), where), 0.0, 1e9));
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace conlab::recordingjson
