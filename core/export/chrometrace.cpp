// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/chrometrace.h"

#include "core/export/jsonstring.h"

#include <cstdlib>

namespace conlab {

QByteArray ChromeTrace::micros(std::int64_t ns)
{
    // Integer arithmetic: 1234567 ns is exactly "1234.567".
    const bool negative = ns < 0;
    const std::uint64_t a = negative ? static_cast<std::uint64_t>(-(ns + 1)) + 1 : static_cast<std::uint64_t>(ns);
    QByteArray out = negative ? "-" : "";
    out += QByteArray::number(a / 1000);
    const std::uint64_t frac = a % 1000;
    if (frac)
        out += '.' + QByteArray::number(frac).rightJustified(3, '0');
    return out;
}

void ChromeTrace::begin(const QString &name, char phase, int pid, int tid, std::int64_t tNs)
{
    if (!events_.isEmpty())
        events_ += ",\n";
    events_ += "{\"name\":" + jsonString(name) + ",\"ph\":\"" + phase + "\",\"ts\":" + micros(tNs)
        + ",\"pid\":" + QByteArray::number(pid) + ",\"tid\":" + QByteArray::number(tid);
}

void ChromeTrace::processName(int pid, const QString &name)
{
    // Process-wide events go on the main thread (tid == pid): a tid of 0
    // would make Perfetto invent a thread 0 in the process.
    begin(QStringLiteral("process_name"), 'M', pid, pid, 0);
    events_ += ",\"args\":{\"name\":" + jsonString(name) + "}}";
}

void ChromeTrace::processLabels(int pid, const QString &labels)
{
    begin(QStringLiteral("process_labels"), 'M', pid, pid, 0);
    events_ += ",\"args\":{\"labels\":" + jsonString(labels) + "}}";
}

void ChromeTrace::threadName(int pid, int tid, const QString &name)
{
    begin(QStringLiteral("thread_name"), 'M', pid, tid, 0);
    events_ += ",\"args\":{\"name\":" + jsonString(name) + "}}";
}

void ChromeTrace::threadSortIndex(int pid, int tid, int index)
{
    begin(QStringLiteral("thread_sort_index"), 'M', pid, tid, 0);
    events_ += ",\"args\":{\"sort_index\":" + QByteArray::number(index) + "}}";
}

void ChromeTrace::complete(const QString &name, const QString &category, int pid, int tid, std::int64_t startNs,
                           std::int64_t durationNs, const QByteArray &argsJson)
{
    begin(name, 'X', pid, tid, startNs);
    events_ += ",\"dur\":" + micros(durationNs < 0 ? 0 : durationNs) + ",\"cat\":" + jsonString(category);
    if (!argsJson.isEmpty())
        events_ += ",\"args\":{" + argsJson + '}';
    events_ += '}';
}

void ChromeTrace::instant(const QString &name, int pid, int tid, std::int64_t tNs, const QByteArray &argsJson)
{
    begin(name, 'i', pid, tid, tNs);
    events_ += ",\"s\":\"t\"";
    if (!argsJson.isEmpty())
        events_ += ",\"args\":{" + argsJson + '}';
    events_ += '}';
}

void ChromeTrace::counter(const QString &name, int pid, std::int64_t tNs, const QString &series, double value)
{
    begin(name, 'C', pid, pid, tNs);
    events_ += ",\"args\":{" + jsonString(series) + ':' + QByteArray::number(value, 'g', 12) + "}}";
}

void ChromeTrace::setMetadata(const TraceMetadata &metadata)
{
    metadata_ = metadata.toJson();
}

QByteArray ChromeTrace::finish() const
{
    QByteArray out = "{\"traceEvents\":[\n" + events_ + "\n],\n\"displayTimeUnit\":\"ms\"";
    if (!metadata_.isEmpty())
        out += ",\n\"metadata\":" + metadata_;
    return out + "}\n";
}

} // namespace conlab
