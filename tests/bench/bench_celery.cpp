// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// conlab-bench-celery: the task-queue lesson's figures, on real Redis and
// real Celery on loopback (README, Performance). Prints JSON.
//   broker_start_ms     the app's own redis-server, spawn to ready
//   node_start_ms       one Celery worker node (prefork 2), spawn to "ready."
//   round_trip_ms       one task, enqueue to validated result (solo node): median, p99
//   tiny_tasks_per_s    2000 tasks of n=2 through a prefork 2 node, and the overhead per task
//   prefork2_vs_procs2  the book's 20 by Celery prefork 2 and by procs.py 2 in
//                       CPython, alternating, same numbers: medians and ratio
// Run: bin/conlab-bench-celery [--rounds R]
#include "benchreport.h"

#include "core/cpython/cpythonprimesrun.h"
#include "core/numbers/sample.h"
#include "core/taskqueue/embeddedbroker.h"
#include "core/taskqueue/taskqueuerun.h"
#include "core/taskqueue/taskqueuesession.h"
#include "core/taskqueue/workernode.h"
#include "kernel/monotonic.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace conlab;
using namespace conlab::bench;

namespace {

double msSince(std::int64_t t0)
{
    return double(monotonicNs() - t0) / 1e6;
}

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "conlab-bench-celery: %s\n", qPrintable(why));
    std::exit(1);
}

TaskQueueSummary runTasks(const BrokerUrl &broker, std::vector<std::uint64_t> numbers)
{
    TaskQueueRun::Config c;
    c.numbers = std::move(numbers);
    c.broker = broker;
    c.deadlineMs = 600'000;
    TaskQueueRun run(c);
    const TaskQueueSummary s = run.exec({});
    if (!s.ok() || !s.lost.empty())
        fail(s.error.isEmpty() ? QStringLiteral("tasks lost") : s.error);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 3;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = std::max(1, args.at(i + 1).toInt());
    QJsonObject report{{QStringLiteral("date"), isoDate()}, {QStringLiteral("machine"), machine()}};

    Samples brokerMs, nodeMs;
    for (int k = 0; k < 5; ++k) {
        EmbeddedBroker b;
        const std::int64_t t0 = monotonicNs();
        if (!b.start())
            fail(b.error());
        brokerMs.push_back(msSince(t0));
    }
    report[QStringLiteral("broker_start_ms")] = series(brokerMs, 1);

    EmbeddedBroker broker;
    if (!broker.start())
        fail(broker.error());
    for (int k = 0; k < 3; ++k) {
        WorkerNode node({CeleryPool::Prefork, 2, QStringLiteral("bench"), true, {}});
        const std::int64_t t0 = monotonicNs();
        if (!node.start(broker.url()))
            fail(node.error());
        nodeMs.push_back(msSince(t0));
    }
    report[QStringLiteral("node_start_ms")] = series(nodeMs, 0);

    {
        WorkerNode solo({CeleryPool::Solo, 1, QStringLiteral("rtt"), true, {}});
        if (!solo.start(broker.url()))
            fail(solo.error());
        runTasks(broker.url(), {2}); // warm
        Samples rtt;
        for (int k = 0; k < 200; ++k)
            rtt.push_back(runTasks(broker.url(), {2}).wall * 1000.0);
        QJsonObject e = series(rtt, 2);
        e[QStringLiteral("p99")] = rounded(percentile(rtt, 99), 2);
        e.remove(QStringLiteral("samples"));
        report[QStringLiteral("round_trip_ms")] = e;
    }
    {
        WorkerNode node({CeleryPool::Prefork, 2, QStringLiteral("tiny"), true, {}});
        if (!node.start(broker.url()))
            fail(node.error());
        Samples perSecond, overheadMs;
        for (int r = 0; r < rounds; ++r) {
            const TaskQueueSummary s = runTasks(broker.url(), std::vector<std::uint64_t>(2000, 2));
            perSecond.push_back(2000.0 / s.wall);
            // Two processes take tasks at once: each task costs 2 x wall / tasks of a process's time.
            overheadMs.push_back(2.0 * s.wall / 2000.0 * 1000.0);
        }
        report[QStringLiteral("tiny_tasks_per_s")] = series(perSecond, 0);
        report[QStringLiteral("tiny_task_overhead_ms")] = series(overheadMs, 2);
    }
    {
        const std::vector<std::uint64_t> book(kBookSample.begin(), kBookSample.end());
        WorkerNode node({CeleryPool::Prefork, 2, QStringLiteral("book"), true, {}});
        if (!node.start(broker.url()))
            fail(node.error());
        Samples celery, procs;
        for (int r = 0; r < rounds; ++r) {
            // Alternating which goes first, so drift lands on both.
            for (int side = 0; side < 2; ++side) {
                if ((side + r) % 2 == 0) {
                    celery.push_back(runTasks(broker.url(), book).wall);
                } else {
                    PrimesConfig pc;
                    pc.model = PrimesModel::Processes;
                    pc.workers = 2;
                    pc.numbers = book;
                    CPythonPrimesRun py(pc, CPythonOptions{});
                    const RunSummary s = py.exec({});
                    if (!s.ok())
                        fail(s.error);
                    procs.push_back(s.wall);
                }
            }
        }
        QJsonObject e{{QStringLiteral("celery_prefork2_s"), series(celery, 2)},
                      {QStringLiteral("procs_py2_s"), series(procs, 2)},
                      {QStringLiteral("ratio"), rounded(median(celery) / median(procs), 3)}};
        e[QStringLiteral("target")] = Target::atMost(1.10).toJson(3);
        e[QStringLiteral("pass")] = Target::atMost(1.10).met(e.value(QStringLiteral("ratio")).toDouble());
        report[QStringLiteral("prefork2_vs_procs2")] = e;
    }
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
