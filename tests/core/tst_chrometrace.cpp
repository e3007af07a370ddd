#include "../common/tracecheck.h"

#include "export/chrometrace.h"
#include "export/csvexport.h"
#include "export/primestrace.h"
#include "export/spinnertrace.h"
#include "primes/primesrun.h"

#include <QTest>
#include <mutex>

using namespace conlab;
using conlab::testing::checkTrace;

class TestChromeTrace : public QObject
{
    Q_OBJECT

private slots:
    void microsAreExact_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QByteArray>("us");
        QTest::addRow("zero") << qint64(0) << QByteArray("0");
        QTest::addRow("whole") << qint64(5'000) << QByteArray("5");
        QTest::addRow("fraction") << qint64(1'234'567) << QByteArray("1234.567");
        QTest::addRow("leading zeros") << qint64(1'005) << QByteArray("1.005");
        QTest::addRow("negative") << qint64(-1'500) << QByteArray("-1.500");
        QTest::addRow("hours") << qint64(7'200'000'000'001) << QByteArray("7200000000.001");
    }
    void microsAreExact()
    {
        QFETCH(qint64, ns);
        QFETCH(QByteArray, us);
        QCOMPARE(ChromeTrace::micros(ns), us);
    }

    void namesAreEscaped()
    {
        ChromeTrace t;
        t.threadName(1, 2, QStringLiteral("quote \" backslash \\ tab \t 线程"));
        const auto c = checkTrace(t.finish());
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.threadNames, QStringList{QStringLiteral("quote \" backslash \\ tab \t 线程")});
    }

    void detectsPartialOverlap()
    {
        ChromeTrace t;
        t.complete(QStringLiteral("a"), QStringLiteral("c"), 1, 1, 0, 1000);
        t.complete(QStringLiteral("b"), QStringLiteral("c"), 1, 1, 500, 1000);
        QVERIFY(!checkTrace(t.finish()).ok());
    }

    void syntheticPrimesRun()
    {
        PrimesConfig cfg;
        cfg.model = PrimesModel::Threads;
        cfg.workers = 2;
        cfg.numbers = {2, 3, 5, 7};
        // Jobs back to back on each worker; GIL holds interleave across
        // threads and overlap the jobs in time, on tracks of their own.
        const std::vector<PrimeResult> results = {
            {2, true, 0.000001, 1, 0, 1000}, {3, true, 0.000001, 2, 0, 1500},
            {5, true, 0.000001, 1, 1000, 3000}, {7, true, 0.000001, 2, 1500, 3000}};
        const std::vector<GilHold> holds = {{0, 0, 700}, {1, 700, 1400}, {0, 1400, 2100}, {1, 2100, 3000}};
        RunSummary summary;
        summary.numbers = 4;
        summary.checked = 4;
        summary.wall = 0.000003;
        const auto c = checkTrace(PrimesTrace::build(cfg, results, holds, &summary));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.complete, 8);
        QCOMPARE(c.counters, 5); // depth at 0, then one step per start
        QVERIFY(c.threadNames.contains(QStringLiteral("Thread-1")));
        QCOMPARE(c.xPerTrack.size(), std::size_t(4)); // 2 job tracks + 2 GIL tracks
    }

    void workerCrashIsAnInstantOnItsTrack()
    {
        PrimesConfig cfg;
        cfg.model = PrimesModel::Processes;
        cfg.workers = 2;
        cfg.numbers = {2, 3};
        const std::vector<PrimeResult> results = {{2, true, 0.000001, 1, 0, 1000}, {3, true, 0.000001, 2, 5000, 6000}};
        RunSummary summary;
        summary.numbers = 2;
        summary.checked = 2;
        summary.wall = 0.000007;
        WorkerCrash crash;
        crash.worker = 2;
        crash.pid = 4321;
        crash.signal = 9;
        crash.n = 3;
        crash.attempt = 1;
        crash.tNs = 4000;
        crash.message = QStringLiteral("worker 2 (pid 4321) was killed by signal 9 (Killed) while checking 3");
        summary.crashes.push_back(crash);
        const QByteArray json = PrimesTrace::build(cfg, results, {}, &summary);
        const auto c = checkTrace(json);
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.instants, 1);
        const QJsonArray events = QJsonDocument::fromJson(json).object().value(QStringLiteral("traceEvents")).toArray();
        const auto it = std::find_if(events.begin(), events.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("name")).toString() == u"worker crashed";
        });
        QVERIFY(it != events.end());
        const QJsonObject e = it->toObject();
        QCOMPARE(e.value(QStringLiteral("ph")).toString(), QStringLiteral("i"));
        QCOMPARE(e.value(QStringLiteral("pid")).toInt(), PrimesTrace::kRunPid + 2); // Process-2's track
        QCOMPARE(e.value(QStringLiteral("ts")).toDouble(), 4.0);
        const QJsonObject args = e.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("n")).toString(), QStringLiteral("3"));
        QCOMPARE(args.value(QStringLiteral("pid")).toInt(), 4321);
        QCOMPARE(args.value(QStringLiteral("signal")).toInt(), 9);
        QCOMPARE(args.value(QStringLiteral("cause")).toString(), QStringLiteral("died"));
        QCOMPARE(args.value(QStringLiteral("message")).toString(), crash.message);
    }

    void realRuns_data()
    {
        QTest::addColumn<int>("modelId");
        QTest::addColumn<bool>("gil");
        QTest::addRow("sequential") << int(PrimesModel::Sequential) << false;
        QTest::addRow("threads, GIL on") << int(PrimesModel::Threads) << true;
        QTest::addRow("pool, GIL on") << int(PrimesModel::Pool) << true;
        QTest::addRow("processes") << int(PrimesModel::Processes) << false;
    }
    void realRuns()
    {
        QFETCH(int, modelId);
        const auto model = static_cast<PrimesModel>(modelId);
        QFETCH(bool, gil);
        PrimesConfig cfg;
        cfg.model = model;
        cfg.workers = 3;
        cfg.gil.enabled = gil;
        cfg.pace = Pace::native();
        for (std::uint64_t n = 1'000'000'000'000ull; cfg.numbers.size() < 40; ++n)
            cfg.numbers.push_back(n);
        cfg.numbers.push_back(9999999999999917ull);
        PrimesRun run(cfg);
        std::mutex m;
        std::vector<GilHold> holds;
        run.setGilObserver([&](const GilHold &h) {
            std::lock_guard lock(m);
            holds.push_back(h);
        });
        std::vector<PrimeResult> results;
        const RunSummary summary = run.exec([&](const PrimeResult &r) { results.push_back(r); });
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(results.size(), cfg.numbers.size());
        QCOMPARE(holds.empty(), !gil);
        const auto c = checkTrace(PrimesTrace::build(cfg, results, holds, &summary));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.complete, static_cast<int>(results.size() + holds.size()));
        if (model == PrimesModel::Processes)
            QVERIFY(c.processNames.contains(QStringLiteral("Process-3")));
    }

    void spinnerRun()
    {
        SpinnerReport report;
        report.elapsed = 3.0;
        report.answer = 42;
        for (int k = 0; k < 30; ++k)
            report.frames.push_back({k, k * 100'000'000LL, "\\|/-"[k % 4]});
        std::vector<aio::LoopEvent> loop;
        for (int k = 0; k < 10; ++k) {
            aio::LoopEvent e;
            e.taskId = 1 + static_cast<std::uint64_t>(k % 2);
            e.taskName = "Task-" + std::to_string(e.taskId);
            e.coroName = k % 2 ? "spin" : "supervisor";
            e.startNs = k * 1'000'000LL;
            e.endNs = e.startNs + 500'000;
            loop.push_back(e);
        }
        const std::vector<GilHold> holds = {{0, 0, 5'000'000}, {1, 5'000'000, 5'100'000}};
        const auto c = checkTrace(SpinnerTrace::build(QStringLiteral("thread"), report, holds, loop));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.instants, 30);
        QCOMPARE(c.counters, 31);
        QCOMPARE(c.complete, 1 + 2 + 10);
        QVERIFY(c.threadNames.contains(QStringLiteral("Task-2 (spin)")));
    }

    void csvHasHeaderAndExactNumbers()
    {
        const QByteArray csv = CsvExport::results({{18446744073709551615ull, false, 0.5, 2, 1'000'000, 501'000'000}});
        QCOMPARE(csv, QByteArray("n,prime,elapsed_s,worker,start_s,end_s\n"
                                 "18446744073709551615,false,0.500000000,2,0.001000000,0.501000000\n"));
    }
};

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrometrace.moc"
