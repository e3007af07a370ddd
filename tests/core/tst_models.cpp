// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "../common/proctools.h"
#include "../common/raceseeds.h"
#include "../common/resultcheck.h"
#include "core/numbers/sample.h"
#include "core/primes/primesrun.h"
#include "core/process/workerlocator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <map>
#include <set>
#include <sys/resource.h>
#include <thread>

using namespace conlab;
using conlab::testing::answers;

namespace {

struct Collected
{
    RunSummary summary;
    std::vector<PrimeResult> results;
};

Collected runModel(PrimesConfig cfg)
{
    Collected c;
    PrimesRun run(std::move(cfg));
    c.summary = run.exec([&](const PrimeResult &r) { c.results.push_back(r); });
    return c;
}

std::vector<std::uint64_t> mixedNumbers()
{
    // Small and large, primes and composites, duplicates, 0 and 1: every
    // model must give the same answers as sequential.
    std::vector<std::uint64_t> ns{0, 1, 2, 3, 4, 9, 25, 97, 97, 1'000'003, 1'000'004, 999'999'937};
    for (std::uint64_t k = 0; k < 200; ++k)
        ns.push_back(10'000'000'019ull + 2 * k);
    return ns;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void agreeWithSequential_data();
    void agreeWithSequential();
    void resultsCarryWorkerAndTimes();
    void racyLosesResults();
    void fixedLoopNeverLoses();
    void cancelLeavesNoChildren_data();
    void cancelLeavesNoChildren();
    void gilOnThreadsAreNotFaster_data();
    void gilOnThreadsAreNotFaster();
    void killedWorkerIsReplaced();
    void missingWorkerIsAClearError();
};

void TestModels::agreeWithSequential_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("workers");
    QTest::addColumn<bool>("sample");
    for (bool sample : {true, false}) {
        const char *what = sample ? "sample" : "mixed";
        QTest::addRow("threads 1 %s", what) << int(PrimesModel::Threads) << 1 << sample;
        QTest::addRow("threads 3 %s", what) << int(PrimesModel::Threads) << 3 << sample;
        QTest::addRow("pool 2 %s", what) << int(PrimesModel::Pool) << 2 << sample;
        QTest::addRow("processes 1 %s", what) << int(PrimesModel::Processes) << 1 << sample;
        QTest::addRow("processes 4 %s", what) << int(PrimesModel::Processes) << 4 << sample;
        QTest::addRow("coroutines %s", what) << int(PrimesModel::Coroutines) << 1 << sample;
        QTest::addRow("coroutines-executor 3 %s", what) << int(PrimesModel::CoroutinesExecutor) << 3 << sample;
    }
}

void TestModels::agreeWithSequential()
{
    QFETCH(int, model);
    QFETCH(int, workers);
    QFETCH(bool, sample);
    PrimesConfig cfg;
    cfg.numbers = sample ? std::vector<std::uint64_t>(kBookSample.begin(), kBookSample.end()) : mixedNumbers();
    // One sequential reference per list, shared by the rows: under TSan the
    // book's sample takes about 17 s a run, and 7 rows would repeat it.
    static std::map<bool, Collected> references;
    if (!references.count(sample)) {
        Collected reference = runModel(cfg);
        QVERIFY(reference.summary.ok());
        QCOMPARE(reference.results.size(), cfg.numbers.size());
        references.emplace(sample, std::move(reference));
    }
    const Collected &reference = references.at(sample);

    cfg.model = static_cast<PrimesModel>(model);
    cfg.workers = workers;
    const Collected other = runModel(cfg);
    QVERIFY2(other.summary.ok(), qPrintable(other.summary.error));
    QCOMPARE(other.summary.checked, qsizetype(cfg.numbers.size()));
    QCOMPARE(other.results.size(), cfg.numbers.size());
    QCOMPARE(answers(other.results), answers(reference.results));
    // Every number exactly once (duplicates included): compare sorted lists.
    std::vector<std::uint64_t> seen;
    for (const auto &r : other.results)
        seen.push_back(r.n);
    std::vector<std::uint64_t> want = cfg.numbers;
    std::sort(seen.begin(), seen.end());
    std::sort(want.begin(), want.end());
    QCOMPARE(seen, want);
}

void TestModels::resultsCarryWorkerAndTimes()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    cfg.numbers = {kBookSample.begin(), kBookSample.end()};
    const Collected c = runModel(cfg);
    QVERIFY(c.summary.ok());
    std::set<int> workers;
    for (const auto &r : c.results) {
        workers.insert(r.worker);
        QVERIFY(r.startNs >= 0);
        QVERIFY(r.endNs >= r.startNs);
        QVERIFY(r.endNs <= static_cast<std::int64_t>(c.summary.wall * 1e9));
        QVERIFY(std::abs(r.elapsed - double(r.endNs - r.startNs) / 1e9) < 1e-6);
    }
    QCOMPARE(workers, (std::set<int>{1, 2}));
}

void TestModels::racyLosesResults()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    cfg.racy = true;
    for (std::uint64_t n = 1'000'000; n < 1'000'020; ++n)
        cfg.numbers.push_back(n);
    // A seed with which the queue empties early for these numbers.
    cfg.raceSeed = testing::raceSeedFor(RaceOutcome::Lost, cfg.numbers, cfg.workers);
    QVERIFY(cfg.raceSeed != 0);
    const Collected c = runModel(cfg);
    QVERIFY(c.summary.error.isEmpty());
    QVERIFY(!c.summary.lost.empty());
    QVERIFY(c.summary.race);
    QCOMPARE(int(c.summary.race->outcome), int(RaceOutcome::Lost));
    QCOMPARE(c.summary.race->lost, c.summary.lost);
    QCOMPARE(c.results.size() + c.summary.lost.size(), cfg.numbers.size());
    // The lost numbers are exactly the ones that never came back.
    for (std::uint64_t n : c.summary.lost)
        QVERIFY(std::none_of(c.results.begin(), c.results.end(), [n](const auto &r) { return r.n == n; }));
    QTRY_VERIFY_WITH_TIMEOUT(testing::childrenOf().isEmpty(), 2000);
}

void TestModels::fixedLoopNeverLoses()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 4;
    cfg.numbers = mixedNumbers();
    for (int round = 0; round < 5; ++round) {
        const Collected c = runModel(cfg);
        QVERIFY(c.summary.ok());
        QVERIFY(c.summary.lost.empty());
        QCOMPARE(c.results.size(), cfg.numbers.size());
    }
}

void TestModels::cancelLeavesNoChildren_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("delayMs");
    for (int delay : {0, 5, 60}) {
        QTest::addRow("sequential %d ms", delay) << int(PrimesModel::Sequential) << delay;
        QTest::addRow("threads %d ms", delay) << int(PrimesModel::Threads) << delay;
        QTest::addRow("pool %d ms", delay) << int(PrimesModel::Pool) << delay;
        QTest::addRow("processes %d ms", delay) << int(PrimesModel::Processes) << delay;
        QTest::addRow("coroutines %d ms", delay) << int(PrimesModel::Coroutines) << delay;
        QTest::addRow("coroutines-executor %d ms", delay) << int(PrimesModel::CoroutinesExecutor) << delay;
    }
}

void TestModels::cancelLeavesNoChildren()
{
    QFETCH(int, model);
    QFETCH(int, delayMs);
    PrimesConfig cfg;
    cfg.model = static_cast<PrimesModel>(model);
    cfg.workers = 3;
    cfg.pace = Pace::cpython(); // long enough that the cancel lands mid-run
    cfg.numbers = {kBookSample.begin(), kBookSample.end()};
    PrimesRun run(cfg);
    RunSummary summary;
    QElapsedTimer sinceCancel;
    std::thread runner([&] { summary = run.exec({}); });
    QThread::msleep(static_cast<unsigned long>(delayMs));
    sinceCancel.start();
    run.cancel();
    runner.join();
    const qint64 took = sinceCancel.elapsed();
    QVERIFY(summary.cancelled);
    QVERIFY2(took < 5000, qPrintable(QStringLiteral("exec returned %1 ms after cancel").arg(took)));
    if (took >= 500)
        qWarning("cancel took %lld ms (goal: 500 ms); the machine is loaded", took);
    const auto kids = testing::childrenOf();
    QVERIFY2(kids.isEmpty(),
             qPrintable(QStringLiteral("%1 child processes left, first pid %2")
                            .arg(kids.size())
                            .arg(kids.isEmpty() ? 0 : kids.first().pid)));
    QCOMPARE(qsizetype(summary.unchecked.size()) + summary.checked, summary.numbers);
}

void TestModels::gilOnThreadsAreNotFaster_data()
{
    QTest::addColumn<int>("model");
    QTest::addRow("threads 2") << int(PrimesModel::Threads);
    QTest::addRow("pool 2") << int(PrimesModel::Pool);
}

// P3: with the GIL on, two threads take turns, so they are never
// meaningfully faster than one loop. Wall times cannot show that reliably on
// a loaded CI machine (the kernel favours threads that sleep and wake, so
// under load two GIL-switching threads can beat one busy loop), so the test
// checks the cause instead: the process never uses more than one core's
// worth of CPU during the run. The wall-time ratio is in the benchmarks.
void TestModels::gilOnThreadsAreNotFaster()
{
    QFETCH(int, model);
    PrimesConfig cfg;
    cfg.numbers = {kBookSample.begin(), kBookSample.end()};
    cfg.model = static_cast<PrimesModel>(model);
    cfg.workers = 2;
    const auto cpuSeconds = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    const double cpu0 = cpuSeconds();
    const Collected c = runModel(cfg);
    const double cpu = cpuSeconds() - cpu0;
    QVERIFY(c.summary.ok());
    QVERIFY(c.summary.gil.has_value());
    QVERIFY(c.summary.gil->switches > 0); // the two threads did take turns
    const double cores = cpu / c.summary.wall;
    QVERIFY2(cores <= 1.15,
             qPrintable(QStringLiteral("%1 s of CPU in %2 s of wall time").arg(cpu).arg(c.summary.wall)));
}

void TestModels::killedWorkerIsReplaced()
{
    // A "worker" that, the first time it is started, reads its hello and
    // dies by SIGKILL with its first job in flight; after that it is the
    // real worker. The run replaces it and completes with every result.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dying-worker"));
    QFile script(path);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nif mkdir '" + dir.filePath(QStringLiteral("died")).toLocal8Bit()
                 + "' 2>/dev/null; then\n  head -c 20 > /dev/null\n  echo 'simulated crash' >&2\n  kill -9 $$\nfi\n"
                 + "exec '" + WorkerLocator::workerPath().toLocal8Bit() + "'\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 1;
    cfg.workerPath = path;
    cfg.numbers = {kBookSample.begin(), kBookSample.end()};
    QElapsedTimer timer;
    timer.start();
    const Collected c = runModel(cfg);
    QVERIFY(timer.elapsed() < 30'000); // never hangs
    QVERIFY2(c.summary.ok(), qPrintable(c.summary.error));
    QCOMPARE(c.results.size(), cfg.numbers.size());
    QVERIFY(c.summary.unchecked.empty());
    QCOMPARE(c.summary.crashes.size(), std::size_t(1));
    const WorkerCrash &crash = c.summary.crashes.front();
    QCOMPARE(crash.worker, 1);
    QCOMPARE(crash.signal, 9);
    QCOMPARE(crash.n, std::optional<std::uint64_t>(2));
    QCOMPARE(crash.attempt, 1);
    QVERIFY2(crash.message.contains(u"killed by signal 9"), qPrintable(crash.message));
    QVERIFY2(crash.message.contains(u"while checking 2"), qPrintable(crash.message));
    QVERIFY2(crash.message.contains(u"simulated crash"), qPrintable(crash.message));
    // The number in flight was checked by the replacement, after the crash.
    QCOMPARE(c.results.front().n, std::uint64_t(2));
    QVERIFY(c.results.front().startNs >= crash.tNs);
    QTRY_VERIFY_WITH_TIMEOUT(testing::childrenOf().isEmpty(), 2000);
}

void TestModels::missingWorkerIsAClearError()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    cfg.workerPath = QStringLiteral("/nonexistent/concurrency-lab-worker");
    cfg.numbers = {2, 3};
    const Collected c = runModel(cfg);
    QVERIFY2(c.summary.error.contains(u"/nonexistent/concurrency-lab-worker"), qPrintable(c.summary.error));
    QCOMPARE(c.summary.unchecked.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
