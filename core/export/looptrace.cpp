// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/looptrace.h"

#include "core/export/chrometrace.h"

#include <QString>
#include <set>

namespace conlab {

void LoopTrace::add(ChromeTrace &trace, int pid, const std::vector<aio::LoopEvent> &events)
{
    std::set<std::uint64_t> named;
    for (const aio::LoopEvent &e : events) {
        if (e.kind != aio::LoopEvent::Kind::TaskStep)
            continue;
        // With more tasks than tracks, tasks share tracks, which is safe
        // since steps never overlap.
        const int tid = kTaskTidBase + static_cast<int>(e.taskId % kTaskTracks);
        if (named.insert(e.taskId % kTaskTracks).second) {
            trace.threadName(pid, tid,
                             QString::fromStdString(e.taskName) + QStringLiteral(" (")
                                 + QString::fromStdString(e.coroName) + u')');
            trace.threadSortIndex(pid, tid, tid);
        }
        trace.complete(QString::fromStdString(e.coroName), QStringLiteral("task step"), pid, tid, e.startNs,
                       e.endNs - e.startNs, "\"iteration\":" + QByteArray::number(e.iteration));
    }
}

} // namespace conlab
