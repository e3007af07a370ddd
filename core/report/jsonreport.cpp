// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/report/jsonreport.h"

#include "core/export/jsonstring.h"

namespace conlab {

namespace {
// n as a JSON string: readers that parse numbers as doubles (jq 1.6,
// JavaScript) round any n above 2^53, so every n also comes as text.
QByteArray nText(std::uint64_t n)
{
    return '"' + QByteArray::number(n) + '"';
}
QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 9);
}
QByteArray list(const std::vector<std::uint64_t> &ns, bool asText = false)
{
    QByteArray out = "[";
    for (std::size_t k = 0; k < ns.size(); ++k) {
        if (k)
            out += ',';
        out += asText ? nText(ns[k]) : QByteArray::number(ns[k]);
    }
    return out + ']';
}
} // namespace

JsonReport::JsonReport(const PrimesConfig &config, const QString &engine)
{
    out_ = "{\"schema\":\"concurrency-lab.primes/1\",\"engine\":" + jsonString(engine)
        + ",\"model\":" + jsonString(PrimesModels::name(config.model))
        + ",\"workers\":" + QByteArray::number(PrimesModels::workers(config.model, config.workers)) + ",\"pace\":"
        + jsonString(config.pace.name()) + ",\"racy\":" + (config.racy ? "true" : "false") + ",\"results\":[";
}

void JsonReport::add(const PrimeResult &r)
{
    if (!first_)
        out_ += ',';
    first_ = false;
    out_ += "\n{\"n\":" + QByteArray::number(r.n) + ",\"n_text\":" + nText(r.n)
        + ",\"prime\":" + (r.prime ? "true" : "false") + ",\"elapsed\":" + number(r.elapsed)
        + ",\"worker\":" + QByteArray::number(r.worker) + ",\"start\":" + number(static_cast<double>(r.startNs) / 1e9)
        + ",\"end\":" + number(static_cast<double>(r.endNs) / 1e9) + '}';
}

// Racy processes: how the book's loop ended, and the seed that replays it.
static QByteArray raceJson(const RunSummary &s)
{
    if (!s.race)
        return "null";
    const RaceVerdict &v = *s.race;
    return "{\"outcome\":" + jsonString(RaceVerdict::name(v.outcome)) + ",\"seed\":" + QByteArray::number(v.seed)
        + ",\"printed\":" + QByteArray::number(static_cast<qulonglong>(v.printed.size())) + ",\"lost\":" + list(v.lost)
        + ",\"pills_left\":" + QByteArray::number(v.pillsLeft) + ",\"late_worker\":" + QByteArray::number(v.lateWorker)
        + ",\"why\":" + jsonString(v.describe()) + '}';
}

QByteArray JsonReport::finish(const RunSummary &s)
{
    out_ += "],\n\"summary\":{\"numbers\":" + QByteArray::number(s.numbers)
        + ",\"checked\":" + QByteArray::number(s.checked) + ",\"wall\":" + number(s.wall)
        + ",\"cancelled\":" + (s.cancelled ? "true" : "false")
        + ",\"error\":" + (s.error.isEmpty() ? QByteArray("null") : jsonString(s.error)) + ",\"lost\":" + list(s.lost)
        + ",\"lost_text\":" + list(s.lost, true) + ",\"unchecked\":" + list(s.unchecked)
        + ",\"unchecked_text\":" + list(s.unchecked, true) + ",\"race\":" + raceJson(s) + ",\"crashes\":[";
    // Worker processes the run lost and replaced (process models).
    for (std::size_t k = 0; k < s.crashes.size(); ++k) {
        const WorkerCrash &c = s.crashes[k];
        out_ += (k ? ",\n{" : "\n{") + QByteArray("\"worker\":") + QByteArray::number(c.worker)
            + ",\"pid\":" + QByteArray::number(c.pid) + ",\"cause\":\"" + WorkerCrash::causeName(c.cause)
            + "\",\"signal\":" + QByteArray::number(c.signal) + ",\"exit_code\":" + QByteArray::number(c.exitCode)
            + ",\"n\":" + (c.n ? QByteArray::number(*c.n) : QByteArray("null")) + ",\"n_text\":"
            + (c.n ? nText(*c.n) : QByteArray("null")) + ",\"attempt\":" + QByteArray::number(c.attempt)
            + ",\"t\":" + number(static_cast<double>(c.tNs) / 1e9) + ",\"message\":" + jsonString(c.message) + '}';
    }
    out_ += "]}}\n";
    return out_;
}

} // namespace conlab
