#include "report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace conlab {

namespace {
QByteArray quoted(const QString &s)
{
    // QJsonValue does the escaping; strip the array brackets around it.
    const QByteArray a = QJsonDocument(QJsonArray{QJsonValue(s)}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}
QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 9);
}
QByteArray list(const std::vector<std::uint64_t> &ns)
{
    QByteArray out = "[";
    for (std::size_t k = 0; k < ns.size(); ++k) {
        if (k)
            out += ',';
        out += QByteArray::number(ns[k]);
    }
    return out + ']';
}
} // namespace

JsonReport::JsonReport(const PrimesConfig &config)
{
    out_ = "{\"schema\":\"concurrency-lab.primes/1\",\"model\":" + quoted(PrimesModels::name(config.model))
        + ",\"workers\":" + QByteArray::number(config.model == PrimesModel::Sequential ? 1 : config.workers)
        + ",\"pace\":" + quoted(config.pace.name()) + ",\"racy\":" + (config.racy ? "true" : "false")
        + ",\"results\":[";
}

void JsonReport::add(const PrimeResult &r)
{
    if (!first_)
        out_ += ',';
    first_ = false;
    out_ += "\n{\"n\":" + QByteArray::number(r.n) + ",\"prime\":" + (r.prime ? "true" : "false")
        + ",\"elapsed\":" + number(r.elapsed) + ",\"worker\":" + QByteArray::number(r.worker)
        + ",\"start\":" + number(static_cast<double>(r.startNs) / 1e9)
        + ",\"end\":" + number(static_cast<double>(r.endNs) / 1e9) + '}';
}

QByteArray JsonReport::finish(const RunSummary &s)
{
    out_ += "],\n\"summary\":{\"numbers\":" + QByteArray::number(s.numbers)
        + ",\"checked\":" + QByteArray::number(s.checked) + ",\"wall\":" + number(s.wall)
        + ",\"cancelled\":" + (s.cancelled ? "true" : "false")
        + ",\"error\":" + (s.error.isEmpty() ? QByteArray("null") : quoted(s.error))
        + ",\"lost\":" + list(s.lost) + ",\"unchecked\":" + list(s.unchecked) + ",\"crashes\":[";
    // Worker processes the run lost and replaced (process models).
    for (std::size_t k = 0; k < s.crashes.size(); ++k) {
        const WorkerCrash &c = s.crashes[k];
        out_ += (k ? ",\n{" : "\n{") + QByteArray("\"worker\":") + QByteArray::number(c.worker)
            + ",\"pid\":" + QByteArray::number(c.pid) + ",\"cause\":\"" + WorkerCrash::causeName(c.cause)
            + "\",\"signal\":" + QByteArray::number(c.signal) + ",\"exit_code\":" + QByteArray::number(c.exitCode)
            + ",\"n\":" + (c.n ? QByteArray::number(*c.n) : QByteArray("null"))
            + ",\"attempt\":" + QByteArray::number(c.attempt) + ",\"t\":" + number(static_cast<double>(c.tNs) / 1e9)
            + ",\"message\":" + quoted(c.message) + '}';
    }
    out_ += "]}}\n";
    return out_;
}

} // namespace conlab
