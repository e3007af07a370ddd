// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/export/tracemetadata.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace conlab {

// Writes Chrome Trace Event JSON, which Perfetto and chrome://tracing open.
// Streamed into one buffer rather than built as a QJsonDocument: a million
// jobs would otherwise cost a tree of a million objects. Times are taken in
// ns and written in µs with three decimals, so they stay exact.
// Callers keep X events on one track (pid, tid) from overlapping partially;
// Perfetto's JSON importer requires them to nest.
class ChromeTrace
{
public:
    void processName(int pid, const QString &name);
    // chrome://tracing shows a process's labels beside its name; Perfetto's
    // importer skips this event (it reads only process_name, thread_name and
    // the two sort indexes), so everything in it is also in the metadata.
    void processLabels(int pid, const QString &labels);
    void threadName(int pid, int tid, const QString &name);
    // Orders tracks in the UI (lower first).
    void threadSortIndex(int pid, int tid, int index);
    // argsJson: an object's members without braces, e.g. "\"n\":\"7\"".
    void complete(const QString &name, const QString &category, int pid, int tid, std::int64_t startNs,
                  std::int64_t durationNs, const QByteArray &argsJson = {});
    // A thread-scoped instant ("s": "t").
    void instant(const QString &name, int pid, int tid, std::int64_t tNs, const QByteArray &argsJson = {});
    // Perfetto names a counter track "<name> <series>", even when the event
    // has one series, so pick the two to read as one phrase.
    void counter(const QString &name, int pid, std::int64_t tNs, const QString &series, double value);
    // Written as the top-level "metadata" object beside "traceEvents", where
    // Chrome's own trace files carry theirs. Perfetto's JSON importer
    // (json_trace_tokenizer.cc, 2026) puts each member of it in the trace's
    // metadata table as "json_metadata.<key>", shown on the trace info page;
    // nested objects would arrive as one raw string, so TraceMetadata writes
    // flat strings and numbers. Older importers skip the key, and no M event
    // could stand in: they read only names and sort indexes.
    void setMetadata(const TraceMetadata &metadata);
    QByteArray finish() const;

    static QByteArray micros(std::int64_t ns);

private:
    void begin(const QString &name, char phase, int pid, int tid, std::int64_t tNs);
    QByteArray events_;
    QByteArray metadata_;
};

} // namespace conlab
