// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The book's racy report loop on the model clock: each of its three outcomes,
// what each one names, that a seed replays a run, and that the odds over many
// seeds stay near CPython's (README, "The race, exactly").
#include "core/numbers/sample.h"
#include "core/primes/racecores.h"
#include "core/primes/raceodds.h"
#include "core/primes/racereport.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace conlab;

namespace {

std::vector<std::uint64_t> book()
{
    return {kBookSample.begin(), kBookSample.end()};
}

std::vector<std::uint64_t> smallNumbers()
{
    std::vector<std::uint64_t> v(kSmallSampleCount);
    std::iota(v.begin(), v.end(), kSmallSampleFirst);
    return v;
}

MeasuredLatency fixed(double us)
{
    MeasuredLatency m;
    m.us.fill(us);
    return m;
}

// Every step costs the same and no process waits for a core, so only the
// step that is slowed decides.
RaceTiming even()
{
    RaceTiming t;
    t.put = t.take = t.get = t.wake = t.print = t.empty = fixed(5);
    t.forkCpu = fixed(1000);
    t.bootCpu = fixed(10);
    t.exitCpu = fixed(10);
    t.parentWarmUs = t.workerWarmUs = 0;
    t.traceScale = 1;
    t.wakePreempts = 0;
    return t;
}

// The first seed from 1 on that gives the outcome, or 0.
std::uint64_t seedFor(RaceOutcome outcome, const std::vector<std::uint64_t> &numbers, int workers)
{
    for (std::uint64_t seed = 1; seed <= 2000; ++seed)
        if (RaceReport::play(numbers, {workers, 2, seed}).outcome == outcome)
            return seed;
    return 0;
}

std::vector<std::uint64_t> sorted(std::vector<std::uint64_t> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

class TestRaceReport : public QObject
{
    Q_OBJECT
private slots:
    void eachOutcomeFromItsTiming_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("slowStep");
        // A worker slow to come back for its pill: the last result is read
        // while the pill is queued.
        QTest::addRow("hung: slow take") << int(RaceOutcome::Hung) << 0;
        // A parent slow to print: the queue empties while results wait.
        QTest::addRow("lost: slow print") << int(RaceOutcome::Lost) << 1;
        // A parent slow to wake: each result is read after its worker has moved on,
        // the last one after the worker took its pill.
        QTest::addRow("complete: slow wake") << int(RaceOutcome::Complete) << 2;
    }
    void eachOutcomeFromItsTiming()
    {
        QFETCH(int, outcome);
        QFETCH(int, slowStep);
        RaceTiming t = even();
        if (slowStep == 0)
            t.take = fixed(1e6);
        else if (slowStep == 1)
            t.print = fixed(1e6);
        else {
            t.bootCpu = fixed(5000); // the loop is already waiting for the first result
            t.wake = fixed(1000);
        }
        // Four of the book's primes, each a fifth of a second or more on the
        // model clock, and one worker.
        const std::vector<std::uint64_t> numbers{142702110479723ull, 299593572317531ull, 3333333333333301ull,
                                                 4444444444444423ull};
        const RaceVerdict v = RaceReport::play(numbers, {1, 2, 7}, t);
        QCOMPARE(int(v.outcome), outcome);
        QCOMPARE(v.printed.size() + v.lost.size(), numbers.size());
        if (v.outcome == RaceOutcome::Hung) {
            QCOMPARE(v.pillsLeft, 1);
            QCOMPARE(v.lateWorker, 1);
            QVERIFY(v.describe().contains(QStringLiteral("worker 1")));
        } else {
            QCOMPARE(v.pillsLeft, 0);
        }
        if (v.outcome == RaceOutcome::Lost) {
            QVERIFY(!v.lost.empty());
            // The lost are named, and are what was never printed.
            for (std::uint64_t n : v.lost) {
                QVERIFY(std::find(v.printed.begin(), v.printed.end(), n) == v.printed.end());
                QVERIFY(v.describe().contains(QString::number(n)));
            }
        } else {
            QVERIFY(v.lost.empty());
        }
    }

    // With the measured timing the outcome comes from the seed alone. Many
    // small jobs reach all three; the book's big numbers never lose a result
    // (0 lost in 30 CPython runs) but now and then hang.
    void measuredTimingReachesEveryOutcome_data()
    {
        QTest::addColumn<bool>("small");
        QTest::addColumn<bool>("canLose");
        QTest::addRow("400 small, 2 workers") << true << true;
        QTest::addRow("the book's 20, 2 workers") << false << false;
    }
    void measuredTimingReachesEveryOutcome()
    {
        QFETCH(bool, small);
        QFETCH(bool, canLose);
        const RaceOdds odds = RaceOdds::over(small ? smallNumbers() : book(), 2, 2, 1, 200);
        qInfo("complete %d, lost %d, hung %d", odds.count(RaceOutcome::Complete), odds.count(RaceOutcome::Lost),
              odds.count(RaceOutcome::Hung));
        QVERIFY(odds.count(RaceOutcome::Complete) > 0);
        QVERIFY(odds.count(RaceOutcome::Hung) > 0);
        QCOMPARE(odds.count(RaceOutcome::Lost) > 0, canLose);
    }

    // Found at test time, as the model may be refitted: each outcome's
    // verdict says what it must.
    void eachVerdictNamesWhatHappened()
    {
        const std::vector<std::uint64_t> numbers = smallNumbers();
        const std::uint64_t lostSeed = seedFor(RaceOutcome::Lost, numbers, 2);
        const std::uint64_t hungSeed = seedFor(RaceOutcome::Hung, numbers, 2);
        const std::uint64_t completeSeed = seedFor(RaceOutcome::Complete, numbers, 2);
        QVERIFY(lostSeed && hungSeed && completeSeed);

        const RaceVerdict lost = RaceReport::play(numbers, {2, 2, lostSeed});
        QVERIFY(!lost.lost.empty());
        // Printed and lost are disjoint and together every number once.
        std::vector<std::uint64_t> all = lost.printed;
        all.insert(all.end(), lost.lost.begin(), lost.lost.end());
        QCOMPARE(sorted(all), numbers);
        const QString why = lost.describe();
        for (std::uint64_t n : lost.lost)
            QVERIFY2(why.contains(QString::number(n)), qPrintable(why));
        QCOMPARE(lost.pillsLeft, 0);

        const RaceVerdict hung = RaceReport::play(numbers, {2, 2, hungSeed});
        QCOMPARE(sorted(hung.printed), numbers);
        QVERIFY(hung.lost.empty());
        QVERIFY(hung.pillsLeft >= 1 && hung.pillsLeft <= 2);
        QVERIFY(hung.lateWorker == 1 || hung.lateWorker == 2);
        QVERIFY(hung.describe().contains(QStringLiteral("worker %1").arg(hung.lateWorker)));

        const RaceVerdict complete = RaceReport::play(numbers, {2, 2, completeSeed});
        QCOMPARE(sorted(complete.printed), numbers);
        QVERIFY(complete.lost.empty());
        QCOMPARE(complete.pillsLeft, 0);
        for (const RaceVerdict *v : {&lost, &hung, &complete})
            QVERIFY(v->modelSeconds > 0);
    }

    void aSeedReplaysItsRun_data()
    {
        QTest::addColumn<bool>("small");
        QTest::addColumn<int>("workers");
        QTest::addColumn<quint64>("seed");
        QTest::addRow("400 small, 2 workers") << true << 2 << quint64(42);
        QTest::addRow("400 small, 4 workers") << true << 4 << quint64(7);
        QTest::addRow("the book's 20, 12 workers") << false << 12 << quint64(3);
    }
    void aSeedReplaysItsRun()
    {
        QFETCH(bool, small);
        QFETCH(int, workers);
        QFETCH(quint64, seed);
        const std::vector<std::uint64_t> numbers = small ? smallNumbers() : book();
        const RaceVerdict a = RaceReport::play(numbers, {workers, 2, seed});
        const RaceVerdict b = RaceReport::play(numbers, {workers, 2, seed});
        QCOMPARE(int(a.outcome), int(b.outcome));
        QCOMPARE(a.printed, b.printed);
        QCOMPARE(a.lost, b.lost);
        QCOMPARE(a.pillsLeft, b.pillsLeft);
        QCOMPARE(a.lateWorker, b.lateWorker);
        QCOMPARE(a.modelSeconds, b.modelSeconds);
        QCOMPARE(a.seed, seed);
        // Another seed is another run.
        QVERIFY(RaceReport::play(numbers, {workers, 2, seed + 1}).modelSeconds != a.modelSeconds);
    }

    // The model's odds beside CPython's counts on the idle 2-core machine
    // (EXPERIMENTS.md): 400 small with 2 workers 1 complete, 5 lost (86 to
    // 184 results) and 2 hung of 8; the book's 20 with 2 workers 1 hung of
    // 18, none lost. The bands are wide, to hold through a refit, and narrow
    // enough that a model that always loses, or never hangs, fails them.
    void oddsNearCPython()
    {
        const RaceOdds small = RaceOdds::over(smallNumbers(), 2, 2, 1, 400);
        qInfo("400 small, 2 workers: complete %d, lost %d, hung %d of %d", small.count(RaceOutcome::Complete),
              small.count(RaceOutcome::Lost), small.count(RaceOutcome::Hung), small.runs);
        QVERIFY(small.share(RaceOutcome::Complete) >= 0.02 && small.share(RaceOutcome::Complete) <= 0.25);
        QVERIFY(small.share(RaceOutcome::Lost) >= 0.45 && small.share(RaceOutcome::Lost) <= 0.90);
        QVERIFY(small.share(RaceOutcome::Hung) >= 0.08 && small.share(RaceOutcome::Hung) <= 0.35);
        // Mostly tens to low hundreds lost, as CPython's 86 to 184.
        const std::size_t median = small.lostCounts[small.lostCounts.size() / 2];
        QVERIFY2(median >= 30 && median <= 250, qPrintable(QString::number(median)));

        const RaceOdds fourWorkers = RaceOdds::over(smallNumbers(), 4, 2, 1, 400);
        QVERIFY(fourWorkers.share(RaceOutcome::Lost) >= 0.75);

        const RaceOdds bookOdds = RaceOdds::over(book(), 2, 2, 1, 400);
        qInfo("the book's 20, 2 workers: complete %d, hung %d of %d", bookOdds.count(RaceOutcome::Complete),
              bookOdds.count(RaceOutcome::Hung), bookOdds.runs);
        QCOMPARE(bookOdds.count(RaceOutcome::Lost), 0);
        QVERIFY(bookOdds.share(RaceOutcome::Hung) >= 0.01 && bookOdds.share(RaceOutcome::Hung) <= 0.10);
    }

    // The cores: processes take turns only while more want one than there are.
    void coresTakeTurnsWhenOversubscribed()
    {
        RaceCores cores(2, 4, 1500);
        cores.want(0, 0);
        cores.want(1, 0);
        cores.want(2, 0); // waits
        QCOMPARE(cores.runnerOf(0), 0);
        QCOMPARE(cores.runnerOf(1), 1);
        QCOMPARE(cores.coreOf(2), -1);
        QVERIFY(!cores.anyIdle());
        cores.tick(1000); // no one has had a whole slice yet
        QCOMPARE(cores.coreOf(2), -1);
        // Each runner that has had a slice gives way to the one that waited
        // longest: 2 takes core 0, then 0 takes core 1, and 1 waits.
        cores.tick(4000);
        QCOMPARE(cores.runnerOf(0), 2);
        QCOMPARE(cores.runnerOf(1), 0);
        QCOMPARE(cores.coreOf(1), -1);
        cores.tick(5000); // a slice is not over yet
        QCOMPARE(cores.coreOf(1), -1);
        cores.leave(2, 5500); // a core freed goes to the one waiting
        QCOMPARE(cores.runnerOf(0), 1);
        cores.takeFrom(3, 1, 5700); // at once, and 1 comes back first
        QCOMPARE(cores.runnerOf(0), 3);
        cores.want(2, 5800); // behind 1
        cores.leave(3, 5900);
        QCOMPARE(cores.runnerOf(0), 1);
        cores.leave(0, 6000);
        QCOMPARE(cores.runnerOf(1), 2);
        cores.leave(1, 6100);
        QVERIFY(cores.anyIdle());
        cores.leave(2, 6200);
        QCOMPARE(cores.runnerOf(0), -1);
        QCOMPARE(cores.runnerOf(1), -1);
    }

    void divisionsFollowIsPrime_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<double>("divisions");
        QTest::addRow("even") << quint64(4444444444444444ull) << 0.0;
        QTest::addRow("two") << quint64(2) << 0.0;
        QTest::addRow("divisible by 5") << quint64(5555555555555555ull) << 2.0;
        QTest::addRow("prime 1000003") << quint64(1000003) << 499.0;
        QTest::addRow("9 = 3*3") << quint64(9) << 1.0;
    }
    void divisionsFollowIsPrime()
    {
        QFETCH(quint64, n);
        QFETCH(double, divisions);
        QCOMPARE(RaceReport::divisions(n), divisions);
    }
};

QTEST_GUILESS_MAIN(TestRaceReport)
#include "tst_racereport.moc"
