#pragma once
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
    void threadName(int pid, int tid, const QString &name);
    // Orders tracks in the UI (lower first).
    void threadSortIndex(int pid, int tid, int index);
    // argsJson: an object's members without braces, e.g. "\"n\":\"7\"".
    void complete(const QString &name, const QString &category, int pid, int tid, std::int64_t startNs,
                  std::int64_t durationNs, const QByteArray &argsJson = {});
    // A thread-scoped instant ("s": "t").
    void instant(const QString &name, int pid, int tid, std::int64_t tNs, const QByteArray &argsJson = {});
    void counter(const QString &name, int pid, std::int64_t tNs, const QString &series, double value);
    QByteArray finish() const;

    static QByteArray quoted(const QString &text);
    static QByteArray micros(std::int64_t ns);

private:
    void begin(const QString &name, char phase, int pid, int tid, std::int64_t tNs);
    QByteArray events_;
};

} // namespace conlab
