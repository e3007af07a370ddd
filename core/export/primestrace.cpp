// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/primestrace.h"

#include "core/export/chrometrace.h"
#include "core/export/jsonstring.h"
#include "core/export/looptrace.h"

#include <algorithm>

namespace conlab {

namespace {

QString gilThreadName(const RunSummary *summary, int tid)
{
    if (summary && summary->gil && tid >= 0 && static_cast<std::size_t>(tid) < summary->gil->threads.size())
        return QString::fromStdString(summary->gil->threads[static_cast<std::size_t>(tid)].name);
    return QStringLiteral("thread %1").arg(tid);
}

} // namespace

QByteArray PrimesTrace::build(const PrimesConfig &config, const std::vector<PrimeResult> &results,
                              const std::vector<GilHold> &holds, const RunSummary *summary,
                              const std::vector<aio::LoopEvent> &loopEvents, TraceMetadata metadata)
{
    ChromeTrace trace;
    const bool processes = PrimesModels::usesWorkerProcesses(config.model);
    metadata.model = PrimesModels::name(config.model);
    metadata.pace = config.pace.name();
    metadata.workers = PrimesModels::workers(config.model, config.workers);
    trace.setMetadata(metadata);
    trace.processName(kRunPid, QStringLiteral("concurrency-lab primes (%1)").arg(metadata.model));
    trace.processLabels(kRunPid, metadata.summary());
    trace.threadName(kRunPid, kRunPid, QStringLiteral("MainThread"));
    trace.threadSortIndex(kRunPid, kRunPid, 0);

    // Where worker w's jobs go; worker 0 (sequential, coroutines) is the
    // run's main thread.
    const auto pidOf = [&](int worker) { return processes && worker > 0 ? kRunPid + worker : kRunPid; };
    const auto tidOf = [&](int worker) { return processes ? pidOf(worker) : kRunPid + worker; };
    int maxWorker = 0;
    for (const PrimeResult &r : results)
        maxWorker = std::max(maxWorker, r.worker);
    const int workers = PrimesModels::runsOnOneThread(config.model) ? 0 : std::max(config.workers, maxWorker);
    for (int w = 1; w <= workers; ++w) {
        if (processes) {
            trace.processName(pidOf(w), PrimesModels::workerName(config.model, w));
            trace.threadName(pidOf(w), tidOf(w), QStringLiteral("MainThread"));
        } else {
            trace.threadName(kRunPid, tidOf(w), PrimesModels::workerName(config.model, w));
            trace.threadSortIndex(kRunPid, tidOf(w), w);
        }
    }

    for (const PrimeResult &r : results) {
        const QByteArray args = "\"n\":\"" + QByteArray::number(r.n) + "\",\"prime\":" + (r.prime ? "true" : "false")
            + ",\"elapsed_s\":" + QByteArray::number(r.elapsed, 'f', 6);
        trace.complete(QString::number(r.n), r.prime ? QStringLiteral("prime") : QStringLiteral("not prime"),
                       pidOf(r.worker), tidOf(r.worker), r.startNs, r.endNs - r.startNs, args);
    }

    std::vector<int> named;
    for (const GilHold &h : holds) {
        const int tid = kGilTidBase + h.tid;
        if (std::find(named.begin(), named.end(), h.tid) == named.end()) {
            named.push_back(h.tid);
            trace.threadName(kRunPid, tid, QStringLiteral("GIL: ") + gilThreadName(summary, h.tid));
            trace.threadSortIndex(kRunPid, tid, kGilTidBase + h.tid);
        }
        trace.complete(QStringLiteral("GIL held"), QStringLiteral("gil"), kRunPid, tid, h.startNs, h.endNs - h.startNs);
    }

    LoopTrace::add(trace, kRunPid, loopEvents);

    // Queue depth: the numbers not yet started, stepping down at each start.
    std::vector<std::int64_t> starts;
    starts.reserve(results.size());
    for (const PrimeResult &r : results)
        starts.push_back(r.startNs);
    std::sort(starts.begin(), starts.end());
    const auto total = static_cast<qsizetype>(config.numbers.size())
        - (summary ? static_cast<qsizetype>(summary->lost.size()) : 0);
    // Perfetto names the track "queue depth" (name, space, series).
    const QString queue = QStringLiteral("queue");
    const QString depth = QStringLiteral("depth");
    trace.counter(queue, kRunPid, 0, depth, static_cast<double>(std::max<qsizetype>(total, 0)));
    for (std::size_t k = 0; k < starts.size(); ++k)
        trace.counter(queue, kRunPid, starts[k], depth,
                      static_cast<double>(std::max<qsizetype>(total - static_cast<qsizetype>(k) - 1, 0)));

    if (summary) {
        for (const WorkerCrash &c : summary->crashes) {
            QByteArray args = "\"worker\":" + QByteArray::number(c.worker) + ",\"pid\":" + QByteArray::number(c.pid)
                + ",\"cause\":\"" + WorkerCrash::causeName(c.cause) + "\",\"signal\":" + QByteArray::number(c.signal)
                + ",\"exit_code\":" + QByteArray::number(c.exitCode) + ",\"attempt\":" + QByteArray::number(c.attempt);
            if (c.n)
                args += ",\"n\":\"" + QByteArray::number(*c.n) + '"';
            args += ",\"message\":" + jsonString(c.message);
            trace.instant(QStringLiteral("worker crashed"), pidOf(c.worker), tidOf(c.worker), c.tNs, args);
        }
    }

    if (summary && !summary->lost.empty()) {
        QByteArray lost = "\"lost\":[";
        for (std::size_t k = 0; k < summary->lost.size(); ++k)
            lost += (k ? ",\"" : "\"") + QByteArray::number(summary->lost[k]) + '"';
        lost += ']';
        trace.instant(QStringLiteral("report loop stopped: %1 results lost").arg(summary->lost.size()), kRunPid,
                      kRunPid, static_cast<std::int64_t>(summary->wall * 1e9), lost);
    }
    return trace.finish();
}

} // namespace conlab
