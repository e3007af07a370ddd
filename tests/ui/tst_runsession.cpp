// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/backgroundrun.h"
#include "ui/engine/runsession.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <numeric>

using conlab::RunSession;

// The run session as a page uses it: typed channels with sinks, begin,
// start, stop, finished. Counts only, never times: the machine may be slow.
class TestRunSession : public QObject
{
    Q_OBJECT

private slots:
    void staleRunsLateEventsAreDropped()
    {
        RunSession session;
        std::vector<int> seen;
        auto *ints = session.addChannel<int>(
            [&](std::vector<int> &&b) { seen.insert(seen.end(), b.begin(), b.end()); });
        QSignalSpy finished(&session, &RunSession::finished);

        // The first run waits until it is cancelled, then reports late.
        session.begin();
        QSemaphore cancelled;
        session.start<int>(
            [in = ints->inbox(), &cancelled] {
                cancelled.acquire();
                for (int i = 0; i < 100; ++i)
                    in->push(-1); // a cancelled run's stragglers
                return -1;
            },
            [&cancelled] { cancelled.release(); });
        // A new run replaces it: begin() cancels the old one.
        const quint64 second = session.begin();
        session.start<int>(
            [in = ints->inbox()] {
                for (int i = 0; i < 10; ++i)
                    in->push(i);
                return 2;
            },
            [] {});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.at(0).at(0).toULongLong(), second);
        QCOMPARE(*session.outcome<int>(), 2);
        // The first run's thread has ended too (or ends now); nothing of it
        // may land, and it must not finish the session a second time.
        QTRY_COMPARE_WITH_TIMEOUT(conlab::BackgroundRun::activeCount(), 0, 30'000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        std::vector<int> expected(10);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(seen, expected);
    }

    void batchesArriveInOrderAndComplete()
    {
        RunSession session;
        session.setBudgetPerTick(1'000);
        constexpr int kCount = 50'000;
        std::vector<int> seen;
        int batches = 0;
        int batchesAfterFinish = 0;
        bool done = false;
        auto *ints = session.addChannel<int>([&](std::vector<int> &&b) {
            QVERIFY(b.size() <= 1'000);
            seen.insert(seen.end(), b.begin(), b.end());
            ++batches;
            if (done)
                ++batchesAfterFinish;
        });
        connect(&session, &RunSession::finished, this, [&] { done = true; });
        session.begin();
        session.start<QString>(
            [in = ints->inbox()] {
                for (int i = 0; i < kCount; ++i)
                    in->push(i);
                return QStringLiteral("all sent");
            },
            [] {});
        QVERIFY(session.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(done, 60'000);
        QVERIFY(!session.isRunning());
        QCOMPARE(*session.outcome<QString>(), QStringLiteral("all sent"));
        QCOMPARE(batchesAfterFinish, 0);
        QVERIFY(batches >= kCount / 1'000); // the budget split it
        QCOMPARE(static_cast<int>(seen.size()), kCount);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void cancelEndsWithAnOutcome()
    {
        RunSession session;
        auto *ints = session.addChannel<int>([](std::vector<int> &&) {});
        QSignalSpy finished(&session, &RunSession::finished);
        auto stop = std::make_shared<std::atomic<bool>>(false);
        session.begin();
        session.start<int>(
            [stop, in = ints->inbox()] {
                int steps = 0;
                while (!stop->load()) {
                    in->push(steps++);
                    QThread::msleep(1);
                }
                return -steps; // a cancelled run still says how far it came
            },
            [stop] { stop->store(true); });
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(!session.isRunning());
        QVERIFY(session.outcome<int>());
        QVERIFY(*session.outcome<int>() <= 0);
        QVERIFY(!session.outcome<QString>()); // typed: the wrong type is no outcome
    }

    void drainWorkPerTickIsBounded()
    {
        RunSession session;
        session.setBudgetPerTick(1'000);
        std::size_t handedThisTick = 0;
        std::size_t rare = 0;
        auto *many = session.addChannel<int>([&](std::vector<int> &&b) { handedThisTick += b.size(); });
        auto *few = session.addChannel<double>([&](std::vector<double> &&b) {
            handedThisTick += b.size();
            rare += b.size();
        });
        QSignalSpy finished(&session, &RunSession::finished);
        const quint64 generation = session.begin();
        // A producer on this thread, as a replay is: nothing runs between
        // the ticks this test makes, so the counts are exact.
        for (int i = 0; i < 10'500; ++i)
            many->inbox()->push(i);
        for (int i = 0; i < 10; ++i)
            few->inbox()->push(i);
        session.complete(generation, 7); // ticks once itself
        QCOMPARE(handedThisTick, std::size_t(1'000));
        QCOMPARE(rare, std::size_t(10)); // a flood of one kind does not starve another
        QCOMPARE(finished.count(), 0);   // the backlog comes first
        int ticks = 1;
        while (finished.isEmpty() && ticks < 100) {
            handedThisTick = 0;
            session.tick();
            ++ticks;
            QVERIFY(handedThisTick <= 1'000);
        }
        QCOMPARE(ticks, 11); // 10'510 events at 1'000 a tick
        QCOMPARE(many->pending(), std::size_t(0));
        QCOMPARE(*session.outcome<int>(), 7);
    }

    void resetDropsTheGenerationWithoutFinishing()
    {
        RunSession session;
        int handed = 0;
        auto *ints = session.addChannel<int>([&](std::vector<int> &&b) { handed += static_cast<int>(b.size()); });
        QSignalSpy finished(&session, &RunSession::finished);
        const quint64 generation = session.begin();
        auto old = ints->inbox();
        old->push(1);
        session.reset();
        old->push(2);
        session.complete(generation, 0); // a replay that ends after the reset
        session.tick();
        QCOMPARE(handed, 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!session.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
