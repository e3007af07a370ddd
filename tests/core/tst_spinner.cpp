// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "../common/proctools.h"
#include "core/pace/pace.h"
#include "core/spinner/spinnerrun.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <thread>

using namespace conlab;

Q_DECLARE_METATYPE(conlab::SpinnerModel)
Q_DECLARE_METATYPE(conlab::SlowKind)

namespace {

SpinnerConfig config(SpinnerModel model, SlowKind slow)
{
    SpinnerConfig c;
    c.model = model;
    c.slow = slow;
    c.seconds = 1.0;          // the book sleeps 3 s; 1 s shows the same
    c.pace = Pace::cpython(); // slow() takes about 1.1 s, as in CPython
    return c;
}

QString describe(const SpinnerReport &r)
{
    return QStringLiteral("frames %1 of %2 expected, largest gap %3 ms, elapsed %4 s, error '%5'")
        .arg(r.frames.size())
        .arg(r.expectedFrames, 0, 'f', 1)
        .arg(double(r.maxGapNs) / 1e6, 0, 'f', 0)
        .arg(r.elapsed, 0, 'f', 2)
        .arg(r.error);
}

} // namespace

class TestSpinner : public QObject
{
    Q_OBJECT
private slots:
    void spins_data();
    void spins();
    void neverAppears_data();
    void neverAppears();
    void napSpinsButTakesLonger();
    void longSwitchIntervalStutters();
    void spinnerObjects_data();
    void spinnerObjects();
    void framesAreLiveAndTimeStamped();
    void nonsenseCombinationsAreRefused();
    void cancelIsPromptAndLeavesNothing_data();
    void cancelIsPromptAndLeavesNothing();
};

void TestSpinner::spins_data()
{
    QTest::addColumn<SpinnerModel>("model");
    QTest::addColumn<SlowKind>("slow");
    QTest::addRow("S1 thread, sleep") << SpinnerModel::Thread << SlowKind::Sleep;
    QTest::addRow("S2 process, sleep") << SpinnerModel::Process << SlowKind::Sleep;
    QTest::addRow("S3 coroutine, await sleep") << SpinnerModel::Coroutine << SlowKind::Sleep;
    QTest::addRow("S5 process, is_prime") << SpinnerModel::Process << SlowKind::Prime;
    QTest::addRow("S6 thread, is_prime, GIL 5 ms") << SpinnerModel::Thread << SlowKind::Prime;
    QTest::addRow("executor: coroutine, is_prime in a process") << SpinnerModel::Coroutine << SlowKind::Executor;
}

void TestSpinner::spins()
{
    QFETCH(SpinnerModel, model);
    QFETCH(SlowKind, slow);
    SpinnerRun run(config(model, slow));
    const SpinnerReport r = run.exec();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.answer, 42);
    QVERIFY2(r.expectedFrames >= 3, qPrintable(describe(r))); // slow() really took its time
    QVERIFY2(double(r.frames.size()) >= r.expectedFrames / 2, qPrintable(describe(r)));
    QVERIFY2(r.maxGapNs <= 500'000'000, qPrintable(describe(r)));
}

void TestSpinner::neverAppears_data()
{
    QTest::addColumn<SlowKind>("slow");
    QTest::addRow("S4 blocking sleep in a coroutine") << SlowKind::BlockingSleep;
    QTest::addRow("S7 is_prime called in a coroutine") << SlowKind::Prime;
}

void TestSpinner::neverAppears()
{
    QFETCH(SlowKind, slow);
    SpinnerRun run(config(SpinnerModel::Coroutine, slow));
    const SpinnerReport r = run.exec();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.answer, 42);
    QCOMPARE(r.frames.size(), std::size_t(0));
    QVERIFY2(r.elapsed >= 0.5, qPrintable(describe(r))); // slow() really ran
}

void TestSpinner::napSpinsButTakesLonger()
{
    // S8 against S7 at the same pace: the nap spins, and its i % 100_000
    // test makes the run longer (book: 4.9 s against 3.3 s). Timing the two
    // runs against each other flips on a loaded CI box, so this test holds
    // the facts that make the nap longer: every division of S8 is charged the
    // test's extra units on top of S7's, and S8 still yields to the spinner.
    // bench_spinners measures and reports the ratio itself.
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
    // A sanitizer adds its own cost to every checked division, so the pace
    // calibration says nothing about the lesson there.
    QSKIP("cost ratios are not meaningful under a sanitizer");
#endif
    const SpinnerConfig napConfig = config(SpinnerModel::Coroutine, SlowKind::Nap);
    const PaceCalibration &cal = PaceCalibration::instance();
    const double targetNs = cal.targetNsPerDivision(napConfig.pace);
    const QString figures = QStringLiteral("native division %1 ns, unit %2 ns, pace %3 ns: %4 units a division, "
                                           "%5 more for the nap's test")
                                .arg(cal.nativeNsPerDivision())
                                .arg(cal.nsPerUnit())
                                .arg(targetNs)
                                .arg(cal.unitsPerDivision(napConfig.pace))
                                .arg(cal.napTestUnits(napConfig.pace));
    if (cal.nativeNsPerDivision() >= targetNs)
        QSKIP(qPrintable(QStringLiteral("a native division is already slower than the pace here; ") + figures));
    QVERIFY2(cal.napTestUnits(napConfig.pace) > 0, qPrintable(figures));
    QCOMPARE(cal.napTestUnits(Pace::native()), 0u); // C++ does the test almost for free

    SpinnerRun nap(napConfig);
    const SpinnerReport n = nap.exec();
    QVERIFY2(n.ok(), qPrintable(describe(n)));
    QCOMPARE(n.answer, 42);
    // It yielded: the spinner drew while slow() ran.
    QVERIFY2(!n.frames.empty(), qPrintable(describe(n)));
    QVERIFY2(double(n.frames.size()) >= n.expectedFrames / 2, qPrintable(describe(n)));
}

void TestSpinner::longSwitchIntervalStutters()
{
    SpinnerConfig c = config(SpinnerModel::Thread, SlowKind::Prime);
    c.gil.switchInterval = std::chrono::milliseconds(300);
    SpinnerRun run(c);
    const SpinnerReport r = run.exec();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY2(!r.frames.empty(), qPrintable(describe(r)));
    QVERIFY2(r.maxGapNs >= 250'000'000, qPrintable(describe(r)));
    QVERIFY(r.gil.has_value());
    QVERIFY(r.gil->switches > 0);
}

void TestSpinner::spinnerObjects_data()
{
    QTest::addColumn<SpinnerModel>("model");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("thread") << SpinnerModel::Thread << QStringLiteral("^<Thread\\(Thread-1 \\(spin\\), initial\\)>$");
    QTest::addRow("process") << SpinnerModel::Process
                             << QStringLiteral("^<Process name='Process-1' parent=%1 initial>$").arg(::getpid());
    QTest::addRow("coroutine") << SpinnerModel::Coroutine
                               << QStringLiteral("^<Task pending name='Task-2' coro=<spin\\(\\) running at "
                                                 "spinner_async\\.py:\\d+>>$");
}

void TestSpinner::spinnerObjects()
{
    QFETCH(SpinnerModel, model);
    QFETCH(QString, pattern);
    SpinnerConfig c = config(model, SlowKind::Sleep);
    c.seconds = 0.2;
    SpinnerRun run(c);
    QString seen;
    SpinnerObserver observer;
    observer.onSpinnerObject = [&](const QString &repr) { seen = repr; };
    const SpinnerReport r = run.exec(observer);
    QVERIFY2(QRegularExpression(pattern).match(r.spinnerRepr).hasMatch(), qPrintable(r.spinnerRepr));
    QCOMPARE(seen, r.spinnerRepr);
}

void TestSpinner::framesAreLiveAndTimeStamped()
{
    SpinnerRun run(config(SpinnerModel::Process, SlowKind::Sleep));
    std::vector<SpinnerFrame> live;
    bool cleared = false;
    SpinnerObserver observer;
    observer.onFrame = [&](const SpinnerFrame &f) { live.push_back(f); };
    observer.onCleared = [&] { cleared = true; };
    const SpinnerReport r = run.exec(observer);
    QVERIFY(cleared);
    QCOMPARE(live.size(), r.frames.size());
    for (std::size_t k = 1; k < r.frames.size(); ++k) {
        QVERIFY(r.frames[k].tNs > r.frames[k - 1].tNs);
        QCOMPARE(r.frames[k].index, r.frames[k - 1].index + 1);
    }
    QCOMPARE(r.frames.front().glyph, '\\');
    QVERIFY(r.frames.back().tNs <= qint64(r.elapsed * 1e9));
}

void TestSpinner::nonsenseCombinationsAreRefused()
{
    for (SlowKind s : {SlowKind::BlockingSleep, SlowKind::Nap, SlowKind::Executor}) {
        for (SpinnerModel m : {SpinnerModel::Thread, SpinnerModel::Process}) {
            const QString why = SpinnerChoices::combinationError(m, s);
            QVERIFY2(why.contains(u"sleep, prime"), qPrintable(why));
            SpinnerRun run(config(m, s));
            const SpinnerReport r = run.exec();
            QCOMPARE(r.error, why);
            QVERIFY(r.frames.empty());
        }
    }
    QVERIFY(SpinnerChoices::combinationError(SpinnerModel::Coroutine, SlowKind::Nap).isEmpty());
}

void TestSpinner::cancelIsPromptAndLeavesNothing_data()
{
    QTest::addColumn<SpinnerModel>("model");
    QTest::addColumn<SlowKind>("slow");
    QTest::addRow("thread sleep") << SpinnerModel::Thread << SlowKind::Sleep;
    QTest::addRow("thread prime") << SpinnerModel::Thread << SlowKind::Prime;
    QTest::addRow("process sleep") << SpinnerModel::Process << SlowKind::Sleep;
    QTest::addRow("process prime") << SpinnerModel::Process << SlowKind::Prime;
    QTest::addRow("coroutine sleep") << SpinnerModel::Coroutine << SlowKind::Sleep;
    QTest::addRow("coroutine blocking sleep") << SpinnerModel::Coroutine << SlowKind::BlockingSleep;
    QTest::addRow("coroutine prime") << SpinnerModel::Coroutine << SlowKind::Prime;
    QTest::addRow("coroutine nap") << SpinnerModel::Coroutine << SlowKind::Nap;
    QTest::addRow("coroutine executor") << SpinnerModel::Coroutine << SlowKind::Executor;
}

void TestSpinner::cancelIsPromptAndLeavesNothing()
{
    QFETCH(SpinnerModel, model);
    QFETCH(SlowKind, slow);
    SpinnerConfig c = config(model, slow);
    c.seconds = 30;
    c.pace = Pace::book();
    SpinnerRun run(c);
    SpinnerReport r;
    std::thread runner([&] { r = run.exec(); });
    QThread::msleep(300);
    QElapsedTimer t;
    t.start();
    run.cancel();
    runner.join();
    QVERIFY(r.cancelled);
    // The goal is well under a second; the bound is wide because CI machines
    // (and sanitizer builds) are loaded. A hang still fails.
    QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
    if (t.elapsed() >= 1000)
        qWarning("cancel took %lld ms (goal: under 1 s); the machine is loaded", t.elapsed());
    QVERIFY(testing::childrenOf().isEmpty());
}

QTEST_GUILESS_MAIN(TestSpinner)
#include "tst_spinner.moc"
