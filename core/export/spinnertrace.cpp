// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/spinnertrace.h"

#include "core/export/chrometrace.h"
#include "core/export/looptrace.h"

#include <algorithm>
#include <set>

namespace conlab {

QByteArray SpinnerTrace::build(const QString &description, const SpinnerReport &report,
                               const std::vector<GilHold> &holds, const std::vector<aio::LoopEvent> &loopEvents,
                               TraceMetadata metadata)
{
    ChromeTrace trace;
    metadata.model = description;
    trace.setMetadata(metadata);
    trace.processName(kRunPid, QStringLiteral("concurrency-lab spinner (%1)").arg(description));
    trace.processLabels(kRunPid, metadata.summary());
    trace.threadName(kRunPid, kSupervisorTid, QStringLiteral("supervisor"));
    trace.threadSortIndex(kRunPid, kSupervisorTid, 0);
    trace.threadName(kRunPid, kSpinnerTid, QStringLiteral("spinner"));
    trace.threadSortIndex(kRunPid, kSpinnerTid, 1);

    trace.complete(QStringLiteral("supervisor()"), QStringLiteral("run"), kRunPid, kSupervisorTid, 0,
                   static_cast<std::int64_t>(report.elapsed * 1e9),
                   "\"answer\":" + QByteArray::number(report.answer)
                       + ",\"slow_s\":" + QByteArray::number(report.slowSeconds, 'f', 6));

    // Perfetto names the track "frame gap (ms)" (name, space, series).
    const QString frame = QStringLiteral("frame");
    const QString gap = QStringLiteral("gap (ms)");
    std::int64_t previous = 0;
    trace.counter(frame, kRunPid, 0, gap, 0);
    for (const SpinnerFrame &f : report.frames) {
        trace.instant(QString(QLatin1Char(f.glyph)), kRunPid, kSpinnerTid, f.tNs,
                      "\"frame\":" + QByteArray::number(f.index));
        trace.counter(frame, kRunPid, f.tNs, gap, static_cast<double>(f.tNs - previous) / 1e6);
        previous = f.tNs;
    }

    std::set<int> gilNamed;
    for (const GilHold &h : holds) {
        const int tid = kGilTidBase + h.tid;
        if (gilNamed.insert(h.tid).second) {
            QString name = QStringLiteral("thread %1").arg(h.tid);
            if (report.gil && h.tid >= 0 && static_cast<std::size_t>(h.tid) < report.gil->threads.size())
                name = QString::fromStdString(report.gil->threads[static_cast<std::size_t>(h.tid)].name);
            trace.threadName(kRunPid, tid, QStringLiteral("GIL: ") + name);
            trace.threadSortIndex(kRunPid, tid, tid);
        }
        trace.complete(QStringLiteral("GIL held"), QStringLiteral("gil"), kRunPid, tid, h.startNs, h.endNs - h.startNs);
    }

    LoopTrace::add(trace, kRunPid, loopEvents);
    return trace.finish();
}

} // namespace conlab
