// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/taskqueuejson.h"

#include "core/export/jsonstring.h"

namespace conlab {

namespace {

QByteArray seconds(double v)
{
    return QByteArray::number(v, 'f', 9);
}

QByteArray numbers(const std::vector<std::uint64_t> &ns)
{
    QByteArray out = "[";
    for (std::size_t k = 0; k < ns.size(); ++k)
        out += (k ? "," : "") + QByteArray::number(static_cast<qulonglong>(ns[k]));
    return out + ']';
}

const char *kindName(TaskIncident::Kind kind)
{
    switch (kind) {
    case TaskIncident::Kind::Malformed:
        return "malformed";
    case TaskIncident::Kind::Lost:
        return "lost";
    case TaskIncident::Kind::Redelivered:
        return "redelivered";
    }
    return "?";
}

} // namespace

TaskQueueJson::TaskQueueJson(const Setup &s)
{
    out_ = "{\"model\":\"celery\",\"pool\":" + jsonString(s.pool) + ",\"concurrency\":"
        + QByteArray::number(s.concurrency) + ",\"nodes\":" + QByteArray::number(s.nodes)
        + ",\"broker\":" + jsonString(s.broker) + ",\"acks_late\":" + (s.acksLate ? "true" : "false")
        + ",\n\"results\":[";
}

void TaskQueueJson::add(const TaskDone &d)
{
    const PrimeResult &r = d.result;
    const QByteArray n = QByteArray::number(static_cast<qulonglong>(r.n));
    out_ += (first_ ? "\n{" : ",\n{") + QByteArray("\"n\":") + n + ",\"n_text\":\"" + n + "\",\"prime\":"
        + (r.prime ? "true" : "false") + ",\"elapsed\":" + seconds(r.elapsed) + ",\"host\":" + jsonString(d.host)
        + ",\"pid\":" + QByteArray::number(d.pid) + ",\"lane\":" + QByteArray::number(r.worker)
        + ",\"start\":" + seconds(static_cast<double>(r.startNs) / 1e9)
        + ",\"end\":" + seconds(static_cast<double>(r.endNs) / 1e9) + ",\"starts\":" + QByteArray::number(d.starts)
        + '}';
    first_ = false;
}

QByteArray TaskQueueJson::finish(const TaskQueueSummary &s)
{
    QByteArray incidents = "[";
    for (std::size_t k = 0; k < s.incidents.size(); ++k) {
        const TaskIncident &i = s.incidents[k];
        const QByteArray n = QByteArray::number(static_cast<qulonglong>(i.n));
        incidents += (k ? ",\n{" : "\n{") + QByteArray("\"kind\":\"") + kindName(i.kind) + "\",\"n\":" + n
            + ",\"n_text\":\"" + n + "\",\"why\":" + jsonString(i.why)
            + ",\"t\":" + seconds(static_cast<double>(i.atNs) / 1e9) + '}';
    }
    incidents += ']';
    return out_ + "],\n\"summary\":{\"numbers\":" + QByteArray::number(s.numbers)
        + ",\"checked\":" + QByteArray::number(s.checked) + ",\"wall\":" + seconds(s.wall)
        + ",\"lanes\":" + QByteArray::number(s.lanes) + ",\"redeliveries\":" + QByteArray::number(s.redeliveries)
        + ",\"lost\":" + numbers(s.lost) + ",\"left\":" + numbers(s.left)
        + ",\"cancelled\":" + (s.cancelled ? "true" : "false") + ",\"error\":"
        + (s.error.isEmpty() ? QByteArray("null") : jsonString(s.error)) + ",\"incidents\":" + incidents + "}}\n";
}

} // namespace conlab
