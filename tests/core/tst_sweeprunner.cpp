// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "../common/proctools.h"
#include "core/numbers/sample.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweeprunner.h"
#include "core/sweep/sweepstats.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace conlab;

namespace {

SweepData tinySweep(std::vector<SweepSeries> series, int maxWorkers, int runs)
{
    SweepData d;
    d.config.series = std::move(series);
    d.config.maxWorkers = maxWorkers;
    d.config.runs = runs;
    d.config.numbers = {2, 3, 1'000'003};
    d.machine = SweepMachine::current();
    return d;
}

// What exec reported, gathered on its thread.
struct Seen
{
    std::mutex mutex;
    std::vector<SweepRun> runs;
    std::vector<SweepProgress> progress;
    std::atomic<int> count{0};
};

} // namespace

class TestSweepRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tinySweepRecordsEveryRun();
    void resumeRunsOnlyWhatIsLeft();
    void stopEndsPromptlyAndRecordsNoPartialRun();
    void pauseHoldsBetweenRuns();
    void failingRunEndsTheSweep();
    void killedWorkerMarksTheRun();
    void estimateIsSensible();

private:
    QTemporaryDir dir_;
};

void TestSweepRunner::initTestCase()
{
    QVERIFY(dir_.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONLAB_WORKER"), "run through ctest, which sets CONLAB_WORKER");
    // Calibrated here, so no test's timing includes it.
    PaceCalibration::instance().unitsPerDivision(Pace::book());
}

void TestSweepRunner::tinySweepRecordsEveryRun()
{
    const QString path = dir_.filePath(QStringLiteral("tiny.jsonl"));
    const SweepData data = tinySweep({SweepSeries{PrimesModel::Processes, {}}, SweepSeries{PrimesModel::Threads, {}}},
                                     2, 2);
    QString error;
    auto file = SweepFile::create(path, data, &error);
    QVERIFY2(file, qPrintable(error));
    SweepRunner runner(data, std::move(file));
    std::vector<SweepRun> runs;
    std::vector<SweepProgress> progress;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &r, const SweepProgress &p) {
        runs.push_back(r);
        progress.push_back(p);
    });
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.complete);
    QVERIFY(!outcome.stopped);
    QCOMPARE(runs.size(), 8u);
    for (std::size_t k = 0; k < progress.size(); ++k) {
        QCOMPARE(progress[k].done, int(k) + 1);
        QCOMPARE(progress[k].total, 8);
        QVERIFY(progress[k].eta >= 0);
        QVERIFY(k == 0 || progress[k].elapsed >= progress[k - 1].elapsed);
    }
    QCOMPARE(progress.back().eta, 0.0);
    double sum = 0;
    for (const SweepRun &r : runs) {
        QVERIFY(r.wall > 0);
        sum += r.wall;
    }
    QCOMPARE(outcome.runsWall, sum);
    QVERIFY(outcome.wall >= outcome.runsWall);

    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.issues.empty());
    QCOMPARE(load.data->runs.size(), 8u);
    QVERIFY(load.data->runs == runs);
    QVERIFY(load.data->complete());
    const std::vector<SeriesStats> stats = sweepStatistics(*load.data);
    QCOMPARE(stats.size(), 2u);
    for (const SeriesStats &s : stats) {
        QCOMPARE(s.counts.size(), 2u);
        for (const CountStats &c : s.counts) {
            QCOMPARE(c.n, 2);
            QVERIFY(c.min <= c.median && c.median <= c.max);
        }
        QVERIFY(s.best());
    }
    QVERIFY(testing::childrenOf().isEmpty());
}

void TestSweepRunner::resumeRunsOnlyWhatIsLeft()
{
    const QString path = dir_.filePath(QStringLiteral("resume.jsonl"));
    SweepData data = tinySweep({SweepSeries{PrimesModel::Pool, {false, kDefaultSwitchInterval}}}, 3, 2);
    data.runs = {{0, 2, 1, 0.5, QDateTime::currentDateTimeUtc()}, {0, 3, 2, 0.25, QDateTime::currentDateTimeUtc()}};
    QString error;
    QVERIFY(SweepFile::create(path, data, &error));
    // As a restart does it: everything from the file.
    const SweepLoad before = SweepFile::load(path);
    QVERIFY(before.data);
    SweepRunner runner(*before.data, SweepFile::openForAppend(path, &error));
    std::vector<SweepProgress> progress;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &, const SweepProgress &p) { progress.push_back(p); });
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.complete);
    QCOMPARE(progress.size(), 4u);
    QCOMPARE(progress.front().done, 3);
    QCOMPARE(progress.back().done, 6);
    const SweepLoad after = SweepFile::load(path);
    QVERIFY(after.data && after.issues.empty());
    QCOMPARE(after.data->runs.size(), 6u);
    QCOMPARE(after.data->runs[0].wall, 0.5);
}

void TestSweepRunner::stopEndsPromptlyAndRecordsNoPartialRun()
{
    // Runs of several seconds each: the stop lands in the middle of one.
    const QString path = dir_.filePath(QStringLiteral("stop.jsonl"));
    SweepData data = tinySweep({SweepSeries{PrimesModel::Processes, {}}, SweepSeries{PrimesModel::Threads, {}}}, 2, 3);
    data.config.numbers = {kSlowPrime, kSlowPrime};
    data.config.pace = Pace::book();
    QString error;
    auto file = SweepFile::create(path, data, &error);
    QVERIFY(file);
    SweepRunner runner(data, std::move(file));
    std::atomic<int> reported{0};
    SweepOutcome outcome;
    std::atomic<bool> finished{false};
    std::thread t([&] {
        outcome = runner.exec([&](const SweepRun &, const SweepProgress &) { ++reported; });
        finished = true;
    });
    QTest::qWait(400); // well inside the first run (about 6 s at this pace)
    QElapsedTimer timer;
    timer.start();
    runner.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 5000);
    const qint64 ms = timer.elapsed();
    t.join();
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    QVERIFY(outcome.stopped);
    QVERIFY(!outcome.complete);
    QVERIFY(outcome.error.isEmpty());
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data && load.issues.empty());
    QCOMPARE(int(load.data->runs.size()), reported.load()); // what was reported, nothing more
    QVERIFY(testing::childrenOf().isEmpty());
}

void TestSweepRunner::pauseHoldsBetweenRuns()
{
    const QString path = dir_.filePath(QStringLiteral("pause.jsonl"));
    const SweepData data = tinySweep({SweepSeries{PrimesModel::Processes, {}}}, 2, 2);
    QString error;
    SweepRunner runner(data, SweepFile::create(path, data, &error));
    std::atomic<int> reported{0};
    SweepOutcome outcome;
    std::atomic<bool> finished{false};
    QElapsedTimer total;
    total.start();
    std::thread t([&] {
        outcome = runner.exec([&](const SweepRun &, const SweepProgress &) {
            if (++reported == 1)
                runner.pause();
        });
        finished = true;
    });
    // The report is counted before pause() runs, on the runner's thread:
    // wait for the pause itself, not for the count.
    QTRY_VERIFY_WITH_TIMEOUT(reported.load() == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(runner.isPaused(), 10000);
    QTest::qWait(500); // the pause must hold: no run starts meanwhile
    QCOMPARE(reported.load(), 1);
    QVERIFY(!finished.load());
    runner.resume();
    QVERIFY(!runner.isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 10000);
    t.join();
    const double totalSeconds = double(total.elapsed()) / 1000.0;
    QVERIFY(outcome.complete);
    QCOMPARE(reported.load(), 4);
    // The pause is not part of the sweep's time.
    QVERIFY2(outcome.wall <= totalSeconds - 0.4,
             qPrintable(QStringLiteral("%1 s of %2 s").arg(outcome.wall).arg(totalSeconds)));

    // Stop while paused: exec returns without another run.
    const QString path2 = dir_.filePath(QStringLiteral("pause-stop.jsonl"));
    SweepRunner runner2(data, SweepFile::create(path2, data, &error));
    reported = 0;
    finished = false;
    std::thread t2([&] {
        outcome = runner2.exec([&](const SweepRun &, const SweepProgress &) {
            if (++reported == 1)
                runner2.pause();
        });
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(reported.load() == 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(runner2.isPaused(), 10000); // stop while paused, as promised
    runner2.stop();
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 3000);
    t2.join();
    QVERIFY(outcome.stopped);
    QCOMPARE(reported.load(), 1);
    QCOMPARE(SweepFile::load(path2).data->runs.size(), 1u);
}

void TestSweepRunner::failingRunEndsTheSweep()
{
    const QString path = dir_.filePath(QStringLiteral("fail.jsonl"));
    SweepData data = tinySweep({SweepSeries{PrimesModel::Processes, {}}}, 2, 2);
    data.config.workerPath = dir_.filePath(QStringLiteral("no-such-worker"));
    QString error;
    SweepRunner runner(data, SweepFile::create(path, data, &error));
    int reported = 0;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &, const SweepProgress &) { ++reported; });
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY2(outcome.error.contains(QStringLiteral("processes")), qPrintable(outcome.error));
    QVERIFY(!outcome.complete);
    QCOMPARE(reported, 0);
    QVERIFY(SweepFile::load(path).data->runs.empty());
}

// A worker killed mid-run: the engine replaces it and the run completes, but
// its time includes the recovery. The run is saved marked, and the medians
// leave it out.
void TestSweepRunner::killedWorkerMarksTheRun()
{
    const QString path = dir_.filePath(QStringLiteral("killed.jsonl"));
    SweepData data = tinySweep({SweepSeries{PrimesModel::Processes, {}}}, 1, 2);
    // About 0.2 s each at this pace: the first run lasts long enough for the kill to land mid-number.
    data.config.pace = Pace::cpython();
    data.config.numbers = {142'702'110'479'723, 142'702'110'479'723, 142'702'110'479'723};
    QString error;
    auto file = SweepFile::create(path, data, &error);
    QVERIFY2(file, qPrintable(error));
    SweepRunner runner(data, std::move(file));

    std::atomic<bool> done{false};
    std::atomic<int> killed{0};
    std::thread killer([&] {
        // The first worker seen (the first run's), 100 ms after it appears.
        int pid = 0;
        QElapsedTimer seen;
        while (!done.load() && killed.load() == 0) {
            if (pid == 0) {
                for (const auto &k : testing::childrenOf())
                    if (k.state != 'Z') {
                        pid = k.pid;
                        seen.start();
                        break;
                    }
            } else if (seen.elapsed() >= 100 && ::kill(pid, SIGKILL) == 0) {
                killed = pid;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    std::vector<SweepRun> reported;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &r, const SweepProgress &) { reported.push_back(r); });
    done = true;
    killer.join();
    QVERIFY(killed.load() != 0);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.complete);
    QCOMPARE(reported.size(), 2u);
    QCOMPARE(reported[0].repeat, 1);
    QCOMPARE(reported[0].crashes, 1);
    QCOMPARE(reported[0].stalls, 0);
    QVERIFY(reported[0].disturbed());
    QVERIFY(!reported[1].disturbed());

    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.data->runs == reported); // the mark is in the file
    const std::vector<SeriesStats> stats = sweepStatistics(*load.data);
    const CountStats *one = stats[0].at(1);
    QVERIFY(one);
    QCOMPARE(one->n, 1);
    QCOMPARE(one->disturbed, 1);
    QCOMPARE(one->median, reported[1].wall);
}

void TestSweepRunner::estimateIsSensible()
{
    // The book's sample at the book's pace, one process: the book measured
    // 40.8 s. The estimate only has to be of the right size.
    SweepConfig c;
    c.series = {SweepSeries{PrimesModel::Processes, {}}};
    c.maxWorkers = 1;
    c.runs = 1;
    c.pace = Pace::book();
    c.numbers.assign(kBookSample.begin(), kBookSample.end());
    const double one = SweepRunner::estimateSeconds(c);
    QVERIFY2(one > 20 && one < 90, qPrintable(QString::number(one)));
    c.runs = 12;
    QCOMPARE(SweepRunner::estimateSeconds(c), 12 * one);
    // More workers never make the total smaller than the slowest number alone.
    c.runs = 1;
    c.maxWorkers = 20;
    const double sweep = SweepRunner::estimateSeconds(c);
    QVERIFY(sweep > one && sweep < 20 * one);
    // GIL-on threads cannot split the work, so they cost more than processes.
    c.series = {SweepSeries{PrimesModel::Threads, {}}};
    if (QThread::idealThreadCount() > 1)
        QVERIFY(SweepRunner::estimateSeconds(c) > sweep);
    // Nothing to run, nothing to wait for.
    c.numbers.clear();
    QCOMPARE(SweepRunner::estimateSeconds(c), 0.0);
}

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweeprunner.moc"
