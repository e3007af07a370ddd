// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Tests of the emulated GIL (core/gil). Threads synchronise through futures,
// atomics and the Gil's own state; time only appears as wide upper bounds,
// because CI is a loaded 2-core machine.
#include "core/gil/gil.h"
#include "core/gil/gilconfig.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"
#include "kernel/trialdivision.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <map>
#include <string>
#include <thread>
#include <vector>

using namespace conlab;
using namespace std::chrono_literals;

namespace {

constexpr std::uint64_t kSlowPrime = 5'000'111'000'222'021; // slow() from the book
constexpr std::uint64_t kSlice = 2'000;                     // divisions between our own checks

std::int64_t ms(std::int64_t ns)
{
    return ns / 1'000'000;
}

// Counts the threads that are "running Python": +1 after the GIL is taken,
// -1 before it is given up, including the drops hidden inside service(). With
// a working GIL the count seen by a running thread is always exactly 1.
class CountingState final : public Checkpoint
{
public:
    CountingState(GilThreadState &ts, std::atomic<int> &inside, std::atomic<int> &maxInside,
                  std::atomic<int> &violations)
        : Checkpoint(ts.gil().breaker()), ts_(ts), inside_(inside), max_(maxInside), violations_(violations)
    {
    }

    void enter() { note(inside_.fetch_add(1) + 1); }
    void leave() { inside_.fetch_sub(1); }
    // Called between slices of the hot loop.
    void check()
    {
        note(inside_.load());
        if (ts_.gil().enabled() && (!ts_.holdsGil() || ts_.gil().holdersForTesting() != 1))
            ++violations_;
    }

    void service() override
    {
        const bool dropping = breaker_.test(EvalBreaker::GilDropRequested) && ts_.holdsGil();
        if (dropping)
            leave();
        try {
            ts_.service();
        } catch (...) {
            if (dropping && ts_.holdsGil())
                enter();
            throw;
        }
        if (dropping)
            enter();
    }

private:
    void note(int now)
    {
        int seen = max_.load();
        while (now > seen && !max_.compare_exchange_weak(seen, now)) {
        }
        if (ts_.gil().enabled() && now != 1)
            ++violations_;
    }

    GilThreadState &ts_;
    std::atomic<int> &inside_;
    std::atomic<int> &max_;
    std::atomic<int> &violations_;
};

// Passes service() on and counts the holder's returns from a drop on request.
class ReportingState final : public Checkpoint
{
public:
    ReportingState(GilThreadState &ts, std::atomic<int> &back)
        : Checkpoint(ts.gil().breaker()), ts_(ts), back_(back) { }
    void service() override
    {
        const bool dropping = breaker_.test(EvalBreaker::GilDropRequested) && ts_.holdsGil();
        ts_.service();
        if (dropping) {
            ++back_;
            back_.notify_all();
        }
    }

private:
    GilThreadState &ts_;
    std::atomic<int> &back_;
};

// N CPU-bound threads doing trial division under one GIL until the GIL has
// seen `minSwitches` switches; what they observed along the way.
struct Contention
{
    int violations = 0;
    int maxInside = 0;
    int errors = 0;
    std::uint64_t sharedPlain = 0;   // incremented without atomics by whoever holds the GIL
    std::uint64_t expectedPlain = 0; // the sum of each thread's own count
    std::int64_t wallNs = 0;
    GilStats stats;
    std::vector<GilHold> holds;
    std::vector<GilDropRequest> requests;
    std::vector<GilHold> observed;
};

Contention runContention(int threads, std::chrono::microseconds interval, std::uint64_t minSwitches)
{
    Contention out;
    EvalBreaker breaker;
    const std::int64_t t0 = monotonicNs();
    Gil gil(breaker, GilConfig{true, interval}, t0);
    // Observer calls are serial by contract, so the vector needs no lock.
    std::atomic<std::uint64_t> holdsSeen{0};
    gil.setHoldObserver([&](const GilHold &h) {
        out.observed.push_back(h);
        ++holdsSeen;
    });
    std::atomic<int> inside{0}, maxInside{0}, violations{0}, errors{0};
    // The threads stop themselves once enough holds have ended (each hold
    // after the first is a switch). The 60 s bound only turns a bug into a
    // failure instead of a hang.
    const std::int64_t giveUpNs = t0 + 60'000'000'000LL;
    auto stopNow = [&] { return holdsSeen.load() > minSwitches || monotonicNs() > giveUpNs; };
    std::vector<std::uint64_t> ownCounts(static_cast<std::size_t>(threads), 0);
    // Registered here, in order, so that tid i is thread "Ti".
    std::vector<int> tids;
    for (int i = 0; i < threads; ++i)
        tids.push_back(gil.registerThread("T" + std::to_string(i)));

    auto body = [&](int index) {
        try {
            GilThreadState ts(gil, tids[static_cast<std::size_t>(index)]);
            CountingState cs(ts, inside, maxInside, violations);
            const LoopCost cost{0, 0, &cs};
            GilAcquire hold(ts);
            cs.enter();
            while (!stopNow()) {
                TrialDivision td(kSlowPrime);
                while (!stopNow() && !td.advance(kSlice, cost)) {
                    cs.check();
                    ++out.sharedPlain; // a data race (and a wrong total) unless the GIL excludes
                    ++ownCounts[static_cast<std::size_t>(index)];
                }
            }
            cs.leave();
        } catch (...) {
            ++errors;
        }
    };

    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(body, i);
    for (auto &t : pool)
        t.join();

    out.wallNs = monotonicNs() - t0;
    out.violations = violations.load();
    out.maxInside = maxInside.load();
    out.errors = errors.load();
    for (std::uint64_t c : ownCounts)
        out.expectedPlain += c;
    out.stats = gil.stats();
    out.holds = gil.holds();
    out.requests = gil.dropRequests();
    return out;
}

} // namespace

class TestGil : public QObject
{
    Q_OBJECT

private slots:
    void intervalValidation_data();
    void intervalValidation();
    void uncontendedAcquireRelease();
    void mutualExclusion_data();
    void mutualExclusion();
    void holdsNeverOverlap_data();
    void holdsNeverOverlap();
    void forcedSwitch_data();
    void forcedSwitch();
    void dropRequestServedPromptly_data();
    void dropRequestServedPromptly();
    void gilReleaseLetsOthersRun();
    void gilReleaseAfterCancel();
    void cancelWhileWaiting_data();
    void cancelWhileWaiting();
    void cancelStopsContendingThreads();
    void statsAddUp();
    void overlapOnlyWithoutGil_data();
    void overlapOnlyWithoutGil();
    void disabledIsNoOp();
    void recordCapKeepsMemoryBounded();
};

void TestGil::intervalValidation_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<bool>("valid");
    QTest::addRow("0 ms") << qint64(0) << false;
    QTest::addRow("0.5 ms") << qint64(500) << false;
    QTest::addRow("0.999 ms") << qint64(999) << false;
    QTest::addRow("1 ms") << qint64(1'000) << true;
    QTest::addRow("5 ms default") << qint64(5'000) << true;
    QTest::addRow("1 s") << qint64(1'000'000) << true;
    QTest::addRow("1.000001 s") << qint64(1'000'001) << false;
    QTest::addRow("2 s") << qint64(2'000'000) << false;
    QTest::addRow("negative") << qint64(-5'000) << false;
}

void TestGil::intervalValidation()
{
    QFETCH(qint64, micros);
    QFETCH(bool, valid);
    const std::chrono::microseconds interval{micros};
    const std::string error = switchIntervalError(interval);
    QCOMPARE(error.empty(), valid);
    QCOMPARE(gilConfigError(GilConfig{true, interval}).empty(), valid);
    QCOMPARE(gilConfigError(GilConfig{false, interval}).empty(), valid);
    if (!valid) // the message names the accepted range
        QVERIFY2(error.find("1 ms") != std::string::npos && error.find("1000 ms") != std::string::npos, error.c_str());
    QCOMPARE(GilConfig{}.switchInterval, 5000us);
    QVERIFY(GilConfig{}.enabled);
}

void TestGil::uncontendedAcquireRelease()
{
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{}, monotonicNs());
    GilThreadState ts(gil, std::string("main"));
    QCOMPARE(ts.tid(), 0);
    for (int i = 0; i < 3; ++i) {
        GilAcquire hold(ts);
        QVERIFY(ts.holdsGil());
        QCOMPARE(gil.holdersForTesting(), 1);
        QVERIFY(!breaker.pending()); // no contention, so the loop never leaves its fast path
    }
    QVERIFY(!ts.holdsGil());
    QCOMPARE(gil.holdersForTesting(), 0);
    const GilStats s = gil.stats();
    QCOMPARE(s.threads.size(), std::size_t(1));
    QCOMPARE(s.threads[0].name, std::string("main"));
    QCOMPARE(s.threads[0].acquisitions, std::uint64_t(3));
    QCOMPARE(s.switches, std::uint64_t(0)); // retaking your own GIL is no switch
    QCOMPARE(s.dropRequests, std::uint64_t(0));
    QCOMPARE(gil.holds().size(), std::size_t(3));

    // Release by a thread that does not hold it is harmless (RAII after cancel).
    ts.release();
    QCOMPARE(gil.holdersForTesting(), 0);

    // A cancelled run refuses the GIL even when it is free.
    breaker.set(EvalBreaker::CancelRequested);
    QVERIFY_THROWS_EXCEPTION(Cancelled, ts.acquire());
    QVERIFY(!gil.acquireUnlessCancelled(ts.tid()));
    QVERIFY(!ts.holdsGil());
}

void TestGil::mutualExclusion_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("intervalUs");
    QTest::addRow("2 threads, 1 ms") << 2 << 1000;
    QTest::addRow("3 threads, 1 ms") << 3 << 1000;
    QTest::addRow("4 threads, 1 ms") << 4 << 1000;
    QTest::addRow("4 threads, 5 ms") << 4 << 5000;
}

void TestGil::mutualExclusion()
{
    QFETCH(int, threads);
    QFETCH(int, intervalUs);
    const Contention c = runContention(threads, std::chrono::microseconds(intervalUs), 30);
    QCOMPARE(c.errors, 0);
    QCOMPARE(c.violations, 0);
    QCOMPARE(c.maxInside, 1);
    QCOMPARE(c.sharedPlain, c.expectedPlain);
    QVERIFY2(c.stats.switches >= 30, "the threads must really have taken turns");
    for (const GilThreadStats &t : c.stats.threads)
        QVERIFY2(t.acquisitions >= 1, t.name.c_str());
}

void TestGil::holdsNeverOverlap_data()
{
    mutualExclusion_data();
}

void TestGil::holdsNeverOverlap()
{
    QFETCH(int, threads);
    QFETCH(int, intervalUs);
    const Contention c = runContention(threads, std::chrono::microseconds(intervalUs), 30);
    QCOMPARE(c.errors, 0);
    QVERIFY(c.holds.size() > 30);
    QCOMPARE(c.stats.droppedHolds, std::uint64_t(0));
    // The observer saw the same holds, in the same order.
    QCOMPARE(c.observed.size(), c.holds.size());
    QVERIFY(c.observed == c.holds);
    std::vector<GilHold> sorted = c.holds;
    std::sort(sorted.begin(), sorted.end(), [](const GilHold &a, const GilHold &b) { return a.startNs < b.startNs; });
    QVERIFY(sorted == c.holds); // recorded in time order
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        QVERIFY(sorted[i].startNs >= 0);
        QVERIFY(sorted[i].startNs <= sorted[i].endNs);
        if (i + 1 < sorted.size() && sorted[i].endNs > sorted[i + 1].startNs)
            QFAIL(qPrintable(QStringLiteral("hold %1 (tid %2) ends at %3 ns after hold %4 (tid %5) starts at %6 ns")
                                 .arg(i)
                                 .arg(sorted[i].tid)
                                 .arg(sorted[i].endNs)
                                 .arg(i + 1)
                                 .arg(sorted[i + 1].tid)
                                 .arg(sorted[i + 1].startNs)));
    }
}

void TestGil::forcedSwitch_data()
{
    QTest::addColumn<int>("threads");
    QTest::addRow("2 threads") << 2;
    QTest::addRow("3 threads") << 3;
}

void TestGil::forcedSwitch()
{
    // Every hold of these threads ends with a drop on request, except each
    // thread's last. Without forced switching the dropper, already running on
    // its core, would often take the GIL straight back, which would show here
    // as two holds in a row by the same thread.
    QFETCH(int, threads);
    const Contention c = runContention(threads, 1ms, 40);
    QCOMPARE(c.errors, 0);
    std::uint64_t forcedDrops = 0;
    for (const GilThreadStats &t : c.stats.threads)
        forcedDrops += t.forcedDrops;
    QVERIFY(forcedDrops >= 30);
    for (std::size_t i = 0; i + 1 < c.holds.size(); ++i) {
        if (c.holds[i].tid == c.holds[i + 1].tid)
            QFAIL(qPrintable(QStringLiteral("thread %1 retook the GIL at hold %2 of %3 before anyone else had it")
                                 .arg(c.holds[i].tid)
                                 .arg(i + 1)
                                 .arg(c.holds.size())));
    }
    for (const GilDropRequest &r : c.requests) {
        if (!r.served())
            continue; // the last one may be pending when the threads stop
        QVERIFY(r.servedByTid != r.holderTid);
        QVERIFY(r.servedNs >= r.requestNs);
    }
}

void TestGil::dropRequestServedPromptly_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addRow("5 ms") << 5;
    QTest::addRow("20 ms") << 20;
}

void TestGil::dropRequestServedPromptly()
{
    // A CPU-bound holder never gives the GIL up by itself; a waiter takes it
    // five times. Each time it must wait one interval, ask, and be served at
    // the holder's next check.
    QFETCH(int, intervalMs);
    const std::chrono::milliseconds interval{intervalMs};
    const std::int64_t intervalNs = intervalMs * 1'000'000LL;
    const std::int64_t boundNs = 5 * intervalNs + 50'000'000; // 5 intervals + 50 ms of CI slack
    constexpr int kRounds = 5;

    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{true, interval}, monotonicNs());
    const int holderTid = gil.registerThread("holder");
    const int waiterTid = gil.registerThread("waiter");
    std::promise<void> holding;
    std::atomic<bool> stop{false};
    std::atomic<int> errors{0};
    std::vector<std::int64_t> waits;

    // The holder counts the times it is back after a drop, so that the waiter
    // can start its next round only once the holder runs again; otherwise the
    // waiter, just released, would simply retake the free GIL.
    std::atomic<int> holderBack{0};
    std::thread holder([&] {
        try {
            GilThreadState ts(gil, holderTid);
            ReportingState rs(ts, holderBack);
            const LoopCost cost{0, 0, &rs};
            GilAcquire hold(ts);
            holding.set_value();
            // The 60 s bound turns a GIL that never hands over into a failure, not a hang.
            const std::int64_t giveUpNs = monotonicNs() + 60'000'000'000LL;
            auto done = [&] { return stop.load() || monotonicNs() > giveUpNs; };
            while (!done()) {
                TrialDivision td(kSlowPrime);
                while (!done() && !td.advance(kSlice, cost)) {
                }
            }
        } catch (...) {
            ++errors;
        }
        holderBack += 1000; // never leave the waiter blocked on a holder that is gone
        holderBack.notify_all();
    });
    holding.get_future().wait();
    std::thread waiter([&] {
        try {
            GilThreadState ts(gil, waiterTid);
            for (int i = 0; i < kRounds; ++i) {
                {
                    const std::int64_t before = monotonicNs();
                    GilAcquire hold(ts);
                    waits.push_back(monotonicNs() - before);
                    if (i + 1 == kRounds)
                        stop = true; // set while holding, so the holder sees it when it is back
                }
                // Blocks until the holder has come back from drop number i + 1.
                for (int back = holderBack.load(); back < i + 1; back = holderBack.load())
                    holderBack.wait(back);
            }
        } catch (...) {
            ++errors;
        }
    });
    waiter.join();
    holder.join();

    QCOMPARE(errors.load(), 0);
    const std::vector<GilDropRequest> requests = gil.dropRequests();
    QVERIFY2(requests.size() >= std::size_t(kRounds), qPrintable(QString::number(requests.size())));
    std::int64_t worst = 0;
    for (const GilDropRequest &r : requests) {
        QCOMPARE(r.requesterTid, waiterTid);
        QCOMPARE(r.holderTid, holderTid);
        QVERIFY(r.served());
        QCOMPARE(r.servedByTid, waiterTid);
        worst = std::max(worst, r.servedNs - r.requestNs);
    }
    QVERIFY2(worst < boundNs, qPrintable(QStringLiteral("worst drop latency %1 ms").arg(ms(worst))));
    // From the waiter's side: one interval before asking, then the hand-over.
    QCOMPARE(waits.size(), std::size_t(kRounds));
    for (std::int64_t w : waits) {
        QVERIFY2(w >= intervalNs - 1'000'000, qPrintable(QStringLiteral("waited only %1 ns").arg(w)));
        QVERIFY2(w < intervalNs + boundNs, qPrintable(QStringLiteral("waited %1 ms").arg(ms(w))));
    }
    const GilStats s = gil.stats();
    QCOMPARE(s.threads[std::size_t(holderTid)].forcedDrops, std::uint64_t(kRounds));
    QCOMPARE(s.threads[std::size_t(waiterTid)].dropRequests, std::uint64_t(kRounds));
    QCOMPARE(s.threads[std::size_t(waiterTid)].switches, std::uint64_t(kRounds));
}

void TestGil::gilReleaseLetsOthersRun()
{
    // A "sleeps" (blocks on a future) inside a GilRelease; B can only set that
    // future while holding the GIL. If GilRelease kept the GIL, A would time
    // out and the test would fail (not hang).
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{}, monotonicNs());
    const int a = gil.registerThread("A");
    const int b = gil.registerThread("B");
    std::promise<void> aHolding, bDone;
    std::future<void> bDoneFuture = bDone.get_future();
    bool woke = false;
    bool aHeldAfter = false;
    std::atomic<int> errors{0};

    std::thread ta([&] {
        try {
            GilThreadState ts(gil, a);
            GilAcquire hold(ts);
            aHolding.set_value();
            {
                GilRelease sleeping(ts);
                woke = bDoneFuture.wait_for(10s) == std::future_status::ready;
            }
            aHeldAfter = ts.holdsGil();
        } catch (...) {
            ++errors;
        }
    });
    aHolding.get_future().wait();
    std::thread tb([&] {
        try {
            GilThreadState ts(gil, b);
            GilAcquire hold(ts);
            bDone.set_value();
        } catch (...) {
            ++errors;
        }
    });
    tb.join();
    ta.join();

    QCOMPARE(errors.load(), 0);
    QVERIFY(woke);
    QVERIFY(aHeldAfter); // the release scope gave the GIL back to A
    const std::vector<GilHold> holds = gil.holds();
    QCOMPARE(holds.size(), std::size_t(3));
    QCOMPARE(holds[0].tid, a);
    QCOMPARE(holds[1].tid, b);
    QCOMPARE(holds[2].tid, a);
    QVERIFY(holds[0].endNs <= holds[1].startNs && holds[1].endNs <= holds[2].startNs);
    QCOMPARE(gil.stats().dropRequests, std::uint64_t(0)); // nobody had to ask
}

void TestGil::gilReleaseAfterCancel()
{
    // A run cancelled during a blocking call: taking the GIL back must not
    // throw from a destructor, and must leave the thread without the GIL.
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{}, monotonicNs());
    GilThreadState ts(gil, std::string("sleeper"));
    {
        GilAcquire hold(ts);
        {
            GilRelease sleeping(ts);
            QVERIFY(!ts.holdsGil());
            breaker.set(EvalBreaker::CancelRequested);
        }
        QVERIFY(!ts.holdsGil());
        QVERIFY_THROWS_EXCEPTION(Cancelled, ts.service()); // where the workload notices
    }
    QCOMPARE(gil.holdersForTesting(), 0);

    EvalBreaker breaker2;
    Gil gil2(breaker2, GilConfig{}, monotonicNs());
    GilThreadState ts2(gil2, std::string("sleeper"));
    GilAcquire hold(ts2);
    GilRelease sleeping(ts2);
    breaker2.set(EvalBreaker::CancelRequested);
    QVERIFY_THROWS_EXCEPTION(Cancelled, sleeping.reacquire());
    QVERIFY(!ts2.holdsGil());
}

void TestGil::cancelWhileWaiting_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addRow("5 ms") << 5;
    // With a 1 s interval the waiter's own timeout cannot be what wakes it.
    QTest::addRow("1 s") << 1000;
}

void TestGil::cancelWhileWaiting()
{
    QFETCH(int, intervalMs);
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{true, std::chrono::milliseconds(intervalMs)}, monotonicNs());
    const int h = gil.registerThread("holder");
    const int w = gil.registerThread("waiter");
    std::promise<void> holding, letGo;
    std::atomic<bool> cancelled{false};
    std::atomic<std::int64_t> cancelledAt{0};
    std::atomic<int> errors{0};

    // The holder keeps the GIL without ever checking, like C code that does
    // not release it: only the cancel can free the waiter.
    std::thread holder([&] {
        try {
            GilAcquire hold(gil, h);
            holding.set_value();
            letGo.get_future().wait();
        } catch (...) {
            ++errors;
        }
    });
    holding.get_future().wait();
    std::thread waiter([&] {
        try {
            GilAcquire hold(gil, w);
            ++errors; // must not get it
        } catch (const Cancelled &) {
            cancelledAt = monotonicNs();
            cancelled = true;
        } catch (...) {
            ++errors;
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(gil.waiting(), 1, 10000);
    const std::int64_t cancelNs = monotonicNs();
    breaker.set(EvalBreaker::CancelRequested);
    gil.interrupt();
    waiter.join();
    letGo.set_value();
    holder.join();

    QCOMPARE(errors.load(), 0);
    QVERIFY(cancelled.load());
    const std::int64_t latency = cancelledAt.load() - cancelNs;
    QVERIFY2(latency < 250'000'000, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms(latency))));
    QCOMPARE(gil.waiting(), 0);
    QVERIFY(!gil.isHeldBy(w));
    QCOMPARE(gil.holdersForTesting(), 0); // the holder's guard released normally
}

void TestGil::cancelStopsContendingThreads()
{
    // Cancel reaches every state a thread can be in: running (its checkpoint
    // throws), waiting to take, or waiting for the forced switch.
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{true, 1ms}, monotonicNs());
    constexpr int kThreads = 3;
    std::atomic<int> cancelledCount{0}, errors{0};
    std::vector<std::int64_t> endedAt(kThreads, 0);
    std::vector<std::thread> pool;
    for (int i = 0; i < kThreads; ++i) {
        pool.emplace_back([&, i] {
            try {
                GilThreadState ts(gil, "T" + std::to_string(i));
                const LoopCost cost{0, 0, &ts};
                GilAcquire hold(ts);
                for (;;)
                    isPrime(kSlowPrime, cost);
            } catch (const Cancelled &) {
                ++cancelledCount;
            } catch (...) {
                ++errors;
            }
            endedAt[std::size_t(i)] = monotonicNs();
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(gil.stats().switches >= 20, 30000);
    const std::int64_t cancelNs = monotonicNs();
    breaker.set(EvalBreaker::CancelRequested);
    gil.interrupt();
    for (auto &t : pool)
        t.join();
    QCOMPARE(errors.load(), 0);
    QCOMPARE(cancelledCount.load(), kThreads);
    QCOMPARE(gil.holdersForTesting(), 0);
    for (std::int64_t end : endedAt)
        QVERIFY2(end - cancelNs < 250'000'000, qPrintable(QStringLiteral("%1 ms").arg(ms(end - cancelNs))));
}

void TestGil::statsAddUp()
{
    const Contention c = runContention(2, 1ms, 30);
    QCOMPARE(c.errors, 0);
    const GilStats &s = c.stats;
    QCOMPARE(s.threads.size(), std::size_t(2));
    QCOMPARE(s.threads[0].name, std::string("T0"));
    QCOMPARE(s.threads[1].name, std::string("T1"));
    QVERIFY(s.config.enabled);
    QCOMPARE(s.config.switchInterval, 1000us);

    std::uint64_t switches = 0, requests = 0, forced = 0;
    std::int64_t holdSum = 0;
    std::map<int, std::int64_t> holdByTid;
    std::map<int, std::uint64_t> countByTid;
    for (const GilHold &h : c.holds) {
        holdByTid[h.tid] += h.endNs - h.startNs;
        ++countByTid[h.tid];
    }
    for (std::size_t i = 0; i < s.threads.size(); ++i) {
        const GilThreadStats &t = s.threads[i];
        QVERIFY2(t.holdNs > 0, t.name.c_str());
        QVERIFY2(t.waitNs > 0, t.name.c_str());
        QVERIFY2(t.switches > 0, t.name.c_str());
        QVERIFY2(t.dropRequests > 0, t.name.c_str());
        // Every hold is recorded (no cap reached) and accounted to its thread.
        QCOMPARE(t.holdNs, holdByTid[int(i)]);
        QCOMPARE(t.acquisitions, countByTid[int(i)]);
        switches += t.switches;
        requests += t.dropRequests;
        forced += t.forcedDrops;
        holdSum += t.holdNs;
    }
    QCOMPARE(s.switches, switches);
    QCOMPARE(s.dropRequests, requests);
    QCOMPARE(c.requests.size(), std::size_t(requests));
    QVERIFY(s.switches >= 30);
    QVERIFY(forced <= requests);
    // Two threads alternate: each take after the first is a switch.
    QCOMPARE(s.switches, std::uint64_t(c.holds.size() - 1));
    // Holds are disjoint, so together they fit in the run's wall time.
    QVERIFY(holdSum <= c.wallNs);
}

void TestGil::overlapOnlyWithoutGil_data()
{
    QTest::addColumn<bool>("gilEnabled");
    QTest::addRow("GIL off (3.13t)") << false;
    QTest::addRow("GIL on") << true;
}

void TestGil::overlapOnlyWithoutGil()
{
    // Two CPU-bound threads. Without a GIL both are running Python at the same
    // time; with it, never. The check is about overlap, not about speed.
    QFETCH(bool, gilEnabled);
    EvalBreaker breaker;
    const std::int64_t t0 = monotonicNs();
    Gil gil(breaker, GilConfig{gilEnabled, 1ms}, t0);
    std::atomic<int> inside{0}, maxInside{0}, violations{0}, errors{0}, heldSeen{0};
    std::int64_t start[2] = {0, 0}, end[2] = {0, 0};
    // With the GIL on, overlap never comes, so the threads give up after a
    // while; with it off they stop as soon as both are seen running.
    const std::int64_t giveUpNs = (gilEnabled ? 300'000'000LL : 30'000'000'000LL);

    auto body = [&](int index) {
        try {
            GilThreadState ts(gil, "T" + std::to_string(index));
            CountingState cs(ts, inside, maxInside, violations);
            const LoopCost cost{0, 0, &cs};
            GilAcquire hold(ts);
            start[index] = monotonicNs() - t0; // before enter(), so the other thread cannot see us earlier
            cs.enter();
            TrialDivision td(kSlowPrime);
            while (maxInside.load() < 2 && monotonicNs() - t0 < giveUpNs) {
                if (td.advance(kSlice, cost))
                    td = TrialDivision(kSlowPrime);
                cs.check();
                heldSeen += gil.holdersForTesting();
            }
            end[index] = monotonicNs() - t0;
            cs.leave();
        } catch (...) {
            ++errors;
        }
    };
    std::thread t1(body, 0), t2(body, 1);
    t1.join();
    t2.join();

    QCOMPARE(errors.load(), 0);
    const bool intersect = std::max(start[0], start[1]) < std::min(end[0], end[1]);
    if (!gilEnabled) {
        QCOMPARE(maxInside.load(), 2);
        QVERIFY(intersect);
        const GilStats s = gil.stats();
        QCOMPARE(s.switches, std::uint64_t(0));
        QCOMPARE(s.dropRequests, std::uint64_t(0));
        QVERIFY(gil.holds().empty());
        QCOMPARE(heldSeen.load(), 0);
    } else {
        QCOMPARE(maxInside.load(), 1);
        QCOMPARE(violations.load(), 0);
        QVERIFY(gil.stats().switches > 0);
    }
}

void TestGil::disabledIsNoOp()
{
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{false, 5ms}, monotonicNs());
    int calls = 0;
    gil.setHoldObserver([&calls](const GilHold &) { ++calls; });
    GilThreadState a(gil, std::string("A"));
    GilThreadState b(gil, std::string("B"));
    {
        GilAcquire ha(a);
        GilAcquire hb(b); // would deadlock with a GIL
        QVERIFY(!a.holdsGil() && !b.holdsGil());
        QCOMPARE(gil.holdersForTesting(), 0);
        breaker.set(EvalBreaker::GilDropRequested); // nobody sets it when off; even so, nothing happens
        a.service();
        breaker.clear(EvalBreaker::GilDropRequested);
        GilRelease sleeping(a);
    }
    const GilStats s = gil.stats();
    QVERIFY(!s.config.enabled);
    QCOMPARE(s.threads.size(), std::size_t(2));
    QCOMPARE(s.threads[1].name, std::string("B"));
    for (const GilThreadStats &t : s.threads) {
        QCOMPARE(t.acquisitions, std::uint64_t(0));
        QCOMPARE(t.holdNs, std::int64_t(0));
        QCOMPARE(t.waitNs, std::int64_t(0));
    }
    QCOMPARE(s.switches, std::uint64_t(0));
    QVERIFY(gil.holds().empty());
    QCOMPARE(calls, 0);
    // The checkpoint still honours a cancel.
    breaker.set(EvalBreaker::CancelRequested);
    QVERIFY_THROWS_EXCEPTION(Cancelled, a.service());
}

void TestGil::recordCapKeepsMemoryBounded()
{
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{}, monotonicNs());
    gil.setRecordCap(5);
    std::vector<GilHold> seen;
    gil.setHoldObserver([&seen](const GilHold &h) { seen.push_back(h); });
    GilThreadState ts(gil, std::string("only"));
    for (int i = 0; i < 12; ++i) {
        GilAcquire hold(ts);
    }
    const std::vector<GilHold> holds = gil.holds();
    QCOMPARE(holds.size(), std::size_t(5));
    QCOMPARE(gil.stats().droppedHolds, std::uint64_t(7));
    QCOMPARE(gil.stats().threads[0].acquisitions, std::uint64_t(12));
    QCOMPARE(seen.size(), std::size_t(12)); // the observer still sees everything
    for (std::size_t i = 0; i < holds.size(); ++i)
        QVERIFY(holds[i] == seen[i]);
}

QTEST_GUILESS_MAIN(TestGil)
#include "tst_gil.moc"
