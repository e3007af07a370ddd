// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// Checks that a Chrome Trace Event JSON file has the structure Perfetto's
// JSON importer needs (REFERENCE.md): every event has name, ph, ts, pid and
// tid; X events have dur >= 0 and nest on each track; instants have a scope;
// counters carry numeric args; metadata names processes and threads.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace conlab::testing {

struct TraceCheck
{
    QStringList problems;
    int complete = 0, instants = 0, counters = 0, metadata = 0;
    std::map<std::pair<qint64, qint64>, int> xPerTrack;
    QStringList threadNames, processNames;
    bool ok() const { return problems.isEmpty(); }
};

inline TraceCheck checkTrace(const QByteArray &json)
{
    TraceCheck c;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        c.problems << QStringLiteral("not a JSON object: %1").arg(err.errorString());
        return c;
    }
    const QJsonValue eventsValue = doc.object().value(QStringLiteral("traceEvents"));
    if (!eventsValue.isArray()) {
        c.problems << QStringLiteral("no traceEvents array");
        return c;
    }
    struct Span
    {
        qint64 start, end;
    };
    std::map<std::pair<qint64, qint64>, std::vector<Span>> tracks;
    const QJsonArray events = eventsValue.toArray();
    for (qsizetype k = 0; k < events.size(); ++k) {
        const QJsonObject e = events.at(k).toObject();
        const auto bad = [&](const QString &why) { c.problems << QStringLiteral("event %1: %2").arg(k).arg(why); };
        if (!e.value(QStringLiteral("name")).isString())
            bad(QStringLiteral("no name"));
        if (!e.value(QStringLiteral("ph")).isString())
            bad(QStringLiteral("no ph"));
        if (!e.value(QStringLiteral("ts")).isDouble())
            bad(QStringLiteral("no ts"));
        if (!e.value(QStringLiteral("pid")).isDouble())
            bad(QStringLiteral("no pid"));
        if (!e.value(QStringLiteral("tid")).isDouble())
            bad(QStringLiteral("no tid"));
        const QString ph = e.value(QStringLiteral("ph")).toString();
        const auto track = std::make_pair(static_cast<qint64>(e.value(QStringLiteral("pid")).toDouble()),
                                          static_cast<qint64>(e.value(QStringLiteral("tid")).toDouble()));
        // Perfetto converts µs to integer ns; so does this check.
        const qint64 ts = std::llround(e.value(QStringLiteral("ts")).toDouble() * 1000.0);
        if (ph == QStringLiteral("X")) {
            ++c.complete;
            const QJsonValue dur = e.value(QStringLiteral("dur"));
            if (!dur.isDouble() || dur.toDouble() < 0)
                bad(QStringLiteral("X without dur >= 0"));
            tracks[track].push_back({ts, ts + std::llround(dur.toDouble() * 1000.0)});
            ++c.xPerTrack[track];
        } else if (ph == QStringLiteral("i")) {
            ++c.instants;
            const QString s = e.value(QStringLiteral("s")).toString();
            if (s != QStringLiteral("t") && s != QStringLiteral("p") && s != QStringLiteral("g"))
                bad(QStringLiteral("instant without scope"));
        } else if (ph == QStringLiteral("C")) {
            ++c.counters;
            const QJsonObject args = e.value(QStringLiteral("args")).toObject();
            if (args.isEmpty())
                bad(QStringLiteral("counter without args"));
            for (auto it = args.begin(); it != args.end(); ++it)
                if (!it.value().isDouble())
                    bad(QStringLiteral("counter value not a number"));
        } else if (ph == QStringLiteral("M")) {
            ++c.metadata;
            const QString name = e.value(QStringLiteral("name")).toString();
            const QString value = e.value(QStringLiteral("args")).toObject().value(QStringLiteral("name")).toString();
            if (name == QStringLiteral("thread_name"))
                c.threadNames << value;
            else if (name == QStringLiteral("process_name"))
                c.processNames << value;
        } else {
            bad(QStringLiteral("unexpected phase %1").arg(ph));
        }
    }
    // Nesting: sorted by start (longer first on ties), each span must end
    // inside every span still open around it.
    for (auto &[track, spans] : tracks) {
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
        std::vector<Span> open;
        for (const Span &s : spans) {
            while (!open.empty() && open.back().end <= s.start)
                open.pop_back();
            if (!open.empty() && s.end > open.back().end)
                c.problems << QStringLiteral("partial overlap on pid %1 tid %2 at %3 ns")
                                  .arg(track.first)
                                  .arg(track.second)
                                  .arg(s.start);
            open.push_back(s);
        }
    }
    return c;
}

} // namespace conlab::testing
