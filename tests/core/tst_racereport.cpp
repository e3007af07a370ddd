// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The book's racy report loop on the model clock: each of its three outcomes,
// what each one names, and that a seed replays a run.
#include "core/numbers/sample.h"
#include "core/primes/racereport.h"

#include <QTest>

#include <map>
#include <numeric>

using namespace conlab;

namespace {

std::vector<std::uint64_t> book()
{
    return {kBookSample.begin(), kBookSample.end()};
}

std::vector<std::uint64_t> smallNumbers()
{
    std::vector<std::uint64_t> v(400);
    std::iota(v.begin(), v.end(), 1'000'000ull);
    return v;
}

MeasuredLatency fixed(double us)
{
    MeasuredLatency m;
    m.us.fill(us);
    return m;
}

// Every step costs the same, so only the step that is slowed decides.
RaceTiming even()
{
    RaceTiming t;
    t.spawn = fixed(1000);
    t.boot = fixed(10);
    t.put = t.take = t.get = t.wake = t.print = t.empty = fixed(5);
    t.wakePreempts = 0;
    return t;
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
            t.boot = fixed(5000); // the loop is already waiting for the first result
            t.wake = fixed(1000);
        }
        // Four of the book's primes, each a fifth of a second on the model
        // clock, and one worker.
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

    // With the measured timing the outcomes come from the seed alone, so a
    // lecturer's run can be replayed, and the same numbers reach all three.
    void measuredTimingReachesEveryOutcome()
    {
        std::map<RaceOutcome, int> tally;
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            const RaceVerdict v = RaceReport::play(book(), {2, 2, seed});
            ++tally[v.outcome];
        }
        for (std::uint64_t seed = 1; seed <= 200; ++seed) {
            const RaceVerdict v = RaceReport::play(smallNumbers(), {2, 2, seed});
            ++tally[v.outcome];
        }
        qInfo("complete %d, lost %d, hung %d", tally[RaceOutcome::Complete], tally[RaceOutcome::Lost],
              tally[RaceOutcome::Hung]);
        QVERIFY(tally[RaceOutcome::Complete] > 0);
        QVERIFY(tally[RaceOutcome::Lost] > 0);
        QVERIFY(tally[RaceOutcome::Hung] > 0);
    }

    // Not a check: prints the model's odds for the README's table.
    void oddsTable_data()
    {
        QTest::addColumn<bool>("small");
        QTest::addColumn<int>("workers");
        QTest::addRow("book 2") << false << 2;
        QTest::addRow("book 4") << false << 4;
        QTest::addRow("small 2") << true << 2;
        QTest::addRow("small 4") << true << 4;
    }
    void oddsTable()
    {
        QFETCH(bool, small);
        QFETCH(int, workers);
        std::map<RaceOutcome, int> tally;
        std::size_t most = 0, least = 100000;
        for (std::uint64_t seed = 1; seed <= 100; ++seed) {
            const RaceVerdict v = RaceReport::play(small ? smallNumbers() : book(), {workers, 2, seed});
            ++tally[v.outcome];
            if (v.outcome == RaceOutcome::Lost) {
                most = std::max(most, v.lost.size());
                least = std::min(least, v.lost.size());
            }
        }
        qInfo("100 seeds: complete %d, lost %d (%zu to %zu), hung %d", tally[RaceOutcome::Complete],
              tally[RaceOutcome::Lost], least, most, tally[RaceOutcome::Hung]);
        QCOMPARE(tally[RaceOutcome::Complete] + tally[RaceOutcome::Lost] + tally[RaceOutcome::Hung], 100);
    }

    // The seeds tst_cli_primes runs with, and what they must give.
    void theCliTestsSeeds()
    {
        std::vector<std::uint64_t> twenty(20);
        std::iota(twenty.begin(), twenty.end(), 1'000'000ull);
        QCOMPARE(int(RaceReport::play(twenty, {2, 2, 12}).outcome), int(RaceOutcome::Lost));
        QCOMPARE(int(RaceReport::play(smallNumbers(), {2, 2, 12}).outcome), int(RaceOutcome::Lost));
        const RaceVerdict hung = RaceReport::play(book(), {2, 2, 3});
        QCOMPARE(int(hung.outcome), int(RaceOutcome::Hung));
        QCOMPARE(hung.printed.size(), std::size_t(20));
        QVERIFY(hung.pillsLeft >= 1);
    }

    void aSeedReplaysItsRun()
    {
        const RaceVerdict a = RaceReport::play(smallNumbers(), {2, 2, 42});
        const RaceVerdict b = RaceReport::play(smallNumbers(), {2, 2, 42});
        QCOMPARE(int(a.outcome), int(b.outcome));
        QCOMPARE(a.printed, b.printed);
        QCOMPARE(a.lost, b.lost);
        QCOMPARE(a.seed, 42u);
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
