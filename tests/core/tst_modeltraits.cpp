// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The model traits (core/primes/primesmodels.h) hold what the engine, the
// reports and the sweeps really do: each trait is checked against a run or
// a parse, not against the table it is read from.
#include "core/gil/gilstats.h"
#include "core/primes/primesconfig.h"
#include "core/primes/primesrun.h"
#include "core/report/jsonreport.h"
#include "core/sweep/sweepconfig.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <set>

using namespace conlab;

Q_DECLARE_METATYPE(conlab::PrimesModel)

class TestModelTraits : public QObject
{
    Q_OBJECT
private slots:
    void everyModelOnceByName();
    void traitsHoldInARun_data();
    void traitsHoldInARun();
    void oneWorkerLimit();
};

void TestModelTraits::everyModelOnceByName()
{
    std::set<PrimesModel> seen;
    for (const PrimesModelTraits &t : PrimesModels::all()) {
        QVERIFY(seen.insert(t.model).second);
        QCOMPARE(PrimesModels::parse(PrimesModels::name(t.model)), std::optional(t.model));
        QCOMPARE(&PrimesModels::traits(t.model), &t);
    }
    QCOMPARE(seen.size(), 6u);
    QVERIFY(PrimesModels::validNames().split(u'|').size() == 6);
}

void TestModelTraits::traitsHoldInARun_data()
{
    QTest::addColumn<PrimesModel>("model");
    for (const PrimesModelTraits &t : PrimesModels::all())
        QTest::addRow("%s", qPrintable(PrimesModels::name(t.model))) << t.model;
}

void TestModelTraits::traitsHoldInARun()
{
    QFETCH(PrimesModel, model);
    const PrimesModelTraits &t = PrimesModels::traits(model);
    // A model can hardly be one thread and GIL-bound threads, or both
    // threads and processes.
    QVERIFY(!(t.runsOnOneThread && t.gilApplies));
    QVERIFY(!(t.gilApplies && t.usesWorkerProcesses));

    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 4;
    cfg.pace = Pace::native();
    cfg.numbers = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 97, 1'000'003};
    std::set<int> workerIds;
    PrimesRun run(cfg);
    std::atomic<int> loopEvents = 0;
    run.setLoopObserver([&](const aio::LoopEvent &) { ++loopEvents; });
    const RunSummary summary = run.exec([&](const PrimeResult &r) { workerIds.insert(r.worker); });
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.checked, qsizetype(cfg.numbers.size()));

    // One thread: the count asked for means nothing, and every number is
    // checked by the one worker.
    QCOMPARE(summary.workers, t.runsOnOneThread ? 1 : 4);
    QCOMPARE(PrimesModels::workers(model, 4), summary.workers);
    if (t.runsOnOneThread)
        QCOMPARE(workerIds.size(), 1u);
    JsonReport report(cfg);
    const QByteArray json = report.finish(summary);
    QVERIFY2(json.contains(QByteArray("\"workers\":" + QByteArray::number(summary.workers))), json.constData());
    // A sweep of a one-thread model would draw a flat line: it is refused.
    QCOMPARE(SweepSeries::parse(PrimesModels::name(model), nullptr).has_value(), !t.runsOnOneThread);

    // The GIL: only these runs keep GIL statistics, and only their sweep
    // series take a gil= option.
    QCOMPARE(summary.gil.has_value(), t.gilApplies);
    if (summary.gil) {
        // Each GIL thread says which worker it is: the same ids the results
        // carry, so the timeline needs no thread names to place its holds.
        std::set<int> gilWorkers;
        for (const GilThreadStats &thread : summary.gil->threads)
            gilWorkers.insert(thread.worker);
        // (A worker may get no number; the run's own thread is worker 0.)
        for (int w : workerIds)
            QVERIFY2(gilWorkers.count(w), qPrintable(QString::number(w)));
        for (int w : gilWorkers)
            QVERIFY(w >= 0 && w <= summary.workers);
    }
    if (!t.runsOnOneThread)
        QCOMPARE(SweepSeries::parse(PrimesModels::name(model) + u":gil=off", nullptr).has_value(), t.gilApplies);

    // The event loop: only these runs report its steps.
    QCOMPARE(loopEvents.load() > 0, t.runsOnEventLoop);

    // The race: a model without a racy version ignores the flag and loses
    // nothing (whether the racy one loses depends on timing).
    if (!t.hasRacyVersion) {
        PrimesConfig racy = cfg;
        racy.racy = true;
        PrimesRun racyRun(racy);
        const RunSummary r = racyRun.exec({});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.lost.empty());
        QCOMPARE(r.checked, qsizetype(cfg.numbers.size()));
    }

    // Worker processes: only these runs need the worker binary.
    QTemporaryDir dir;
    cfg.workerPath = dir.filePath(QStringLiteral("no-such-worker"));
    PrimesRun without(cfg);
    const RunSummary noWorker = without.exec({});
    QVERIFY2(noWorker.error.isEmpty() != t.usesWorkerProcesses, qPrintable(noWorker.error));
}

// One limit for the window, the command line, sweeps and recordings.
void TestModelTraits::oneWorkerLimit()
{
    QCOMPARE(PrimesConfig::kMaxWorkers, PrimesModels::kMaxWorkers);
    QCOMPARE(SweepConfig::kMaxWorkers, PrimesModels::kMaxWorkers);
    QCOMPARE(PrimesModels::workers(PrimesModel::Threads, 100'000), PrimesModels::kMaxWorkers);
    QCOMPARE(PrimesModels::workers(PrimesModel::Processes, 0), 1);
    QCOMPARE(PrimesModels::workers(PrimesModel::Coroutines, 100), 1);
    // The engine holds to it whatever it is handed.
    PrimesConfig cfg;
    cfg.model = PrimesModel::Threads;
    cfg.workers = 100'000;
    cfg.pace = Pace::native();
    cfg.numbers = {2, 3, 5};
    PrimesRun run(cfg);
    QCOMPARE(run.exec({}).workers, PrimesModels::kMaxWorkers);
}

QTEST_MAIN(TestModelTraits)
#include "tst_modeltraits.moc"
