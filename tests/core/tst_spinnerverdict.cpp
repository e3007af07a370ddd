// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The verdict a room sees after a spinner run, and its one line of why,
// from hand-built reports with known figures and from a few quick real runs.
#include "core/spinner/spinnercomparison.h"
#include "core/spinner/spinnerrun.h"
#include "core/spinner/spinnerverdict.h"

#include <QLocale>
#include <QTest>

using namespace conlab;

namespace {

constexpr std::int64_t kMs = 1'000'000;

SpinnerConfig config(SpinnerModel model, SlowKind slow)
{
    SpinnerConfig c;
    c.model = model;
    c.slow = slow;
    return c;
}

// A finished run: slow() took `slowS`, frames every `everyMs` from the
// start (none for 0), and the longest gap as the engine would measure it.
SpinnerReport report(double slowS, int everyMs)
{
    SpinnerReport r;
    r.answer = 42;
    r.slowSeconds = slowS;
    r.elapsed = slowS + 0.01;
    r.expectedFrames = slowS / SpinnerConfig::kFrameInterval;
    const auto slowNs = static_cast<std::int64_t>(slowS * 1e9);
    if (everyMs > 0) {
        int i = 0;
        for (std::int64_t t = everyMs * kMs; t <= slowNs; t += everyMs * kMs)
            r.frames.push_back({i++, t, '|'});
        r.maxGapNs = everyMs * kMs;
    } else {
        r.maxGapNs = slowNs;
    }
    return r;
}

GilStats gilStats(std::chrono::microseconds interval)
{
    GilStats s;
    s.config.enabled = true;
    s.config.switchInterval = interval;
    return s;
}

} // namespace

class TestSpinnerVerdict : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void keysMatchTheQuestion();
    void classifies();
    void neverAppearsNamesTheBlockedLoop();
    void neverAppearsWithPrime();
    void gilStuttersNamesInterval();
    void gilKeepsSpinningNamesInterval();
    void keepsSpinningSaysWhere_data();
    void keepsSpinningSaysWhere();
    void napStutters();
    void tooQuick();
    void notFinished();
    void realRuns_data();
    void realRuns();
    void comparison();
    void comparisonNeedsOnePace();
};

void TestSpinnerVerdict::keysMatchTheQuestion()
{
    // The keys 1, 2, 3 pick the answers by these values.
    QCOMPARE(static_cast<int>(SpinnerOutcome::KeepsSpinning), 1);
    QCOMPARE(static_cast<int>(SpinnerOutcome::Stutters), 2);
    QCOMPARE(static_cast<int>(SpinnerOutcome::NeverAppears), 3);
}

void TestSpinnerVerdict::classifies()
{
    QCOMPARE(SpinnerVerdict::classify(report(1.0, 100)), std::optional(SpinnerOutcome::KeepsSpinning));
    QCOMPARE(SpinnerVerdict::classify(report(1.0, 400)), std::optional(SpinnerOutcome::Stutters));
    QCOMPARE(SpinnerVerdict::classify(report(1.0, 0)), std::optional(SpinnerOutcome::NeverAppears));
    // Just over the line: 251 ms is a stutter, 250 ms not yet.
    SpinnerReport r = report(1.0, 100);
    r.maxGapNs = 250 * kMs;
    QCOMPARE(SpinnerVerdict::classify(r), std::optional(SpinnerOutcome::KeepsSpinning));
    r.maxGapNs = 251 * kMs;
    QCOMPARE(SpinnerVerdict::classify(r), std::optional(SpinnerOutcome::Stutters));
}

void TestSpinnerVerdict::neverAppearsNamesTheBlockedLoop()
{
    const SpinnerVerdict v = SpinnerVerdict::of(config(SpinnerModel::Coroutine, SlowKind::BlockingSleep),
                                                report(3.0, 0));
    QCOMPARE(v.kind, SpinnerVerdict::Kind::Measured);
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::NeverAppears));
    QCOMPARE(v.why, QStringLiteral("supervisor blocked the loop for 3.0 s; spin never got a turn"));
    QCOMPARE(SpinnerVerdict::headline(*v.outcome), QStringLiteral("Never appeared"));
}

void TestSpinnerVerdict::neverAppearsWithPrime()
{
    const SpinnerVerdict v = SpinnerVerdict::of(config(SpinnerModel::Coroutine, SlowKind::Prime), report(1.24, 0));
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::NeverAppears));
    QVERIFY2(v.why.contains(QStringLiteral("1.2 s")), qPrintable(v.why));
    QVERIFY2(v.why.contains(QStringLiteral("is_prime()")), qPrintable(v.why));
    QVERIFY2(v.why.contains(QStringLiteral("never got a turn")), qPrintable(v.why));
}

void TestSpinnerVerdict::gilStuttersNamesInterval()
{
    SpinnerConfig c = config(SpinnerModel::Thread, SlowKind::Prime);
    c.gil.switchInterval = std::chrono::milliseconds(300);
    SpinnerReport r = report(1.2, 400);
    r.maxGapNs = 420 * kMs;
    r.gil = gilStats(std::chrono::milliseconds(300));
    const SpinnerVerdict v = SpinnerVerdict::of(c, r);
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::Stutters));
    QCOMPARE(v.why,
             QStringLiteral("the GIL changed hands only every 300 ms, so the spinner got a turn every 400 ms "
                            "(at worst 420 ms)"));
}

void TestSpinnerVerdict::gilKeepsSpinningNamesInterval()
{
    const SpinnerConfig c = config(SpinnerModel::Thread, SlowKind::Prime);
    SpinnerReport r = report(1.2, 100);
    r.gil = gilStats(std::chrono::milliseconds(5));
    const SpinnerVerdict v = SpinnerVerdict::of(c, r);
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::KeepsSpinning));
    QCOMPARE(v.why, QStringLiteral("the GIL changed hands every 5 ms, so the spinner got a turn every 100 ms"));

    // The engine's record of the interval wins over the request.
    r.gil = gilStats(std::chrono::microseconds(2500));
    QVERIFY2(SpinnerVerdict::of(c, r).why.contains(QStringLiteral("every 2.5 ms")),
             qPrintable(SpinnerVerdict::of(c, r).why));
}

void TestSpinnerVerdict::keepsSpinningSaysWhere_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("slow");
    QTest::addColumn<bool>("gil");
    QTest::addColumn<QString>("words");
    const auto m = [](SpinnerModel x) { return static_cast<int>(x); };
    const auto s = [](SlowKind x) { return static_cast<int>(x); };
    QTest::addRow("S1") << m(SpinnerModel::Thread) << s(SlowKind::Sleep) << true << QStringLiteral("time.sleep()");
    QTest::addRow("S2") << m(SpinnerModel::Process) << s(SlowKind::Sleep) << true << QStringLiteral("own process");
    QTest::addRow("S3") << m(SpinnerModel::Coroutine) << s(SlowKind::Sleep) << true
                        << QStringLiteral("asyncio.sleep()");
    QTest::addRow("S5") << m(SpinnerModel::Process) << s(SlowKind::Prime) << true << QStringLiteral("own process");
    QTest::addRow("S6 no GIL") << m(SpinnerModel::Thread) << s(SlowKind::Prime) << false << QStringLiteral("no GIL");
    QTest::addRow("S8") << m(SpinnerModel::Coroutine) << s(SlowKind::Nap) << true << QStringLiteral("sleep(0)");
    QTest::addRow("executor") << m(SpinnerModel::Coroutine) << s(SlowKind::Executor) << true
                              << QStringLiteral("worker process");
}

void TestSpinnerVerdict::keepsSpinningSaysWhere()
{
    QFETCH(int, model);
    QFETCH(int, slow);
    QFETCH(bool, gil);
    QFETCH(QString, words);
    SpinnerConfig c = config(static_cast<SpinnerModel>(model), static_cast<SlowKind>(slow));
    c.gil.enabled = gil;
    SpinnerReport r = report(2.0, 110);
    if (c.model == SpinnerModel::Thread) {
        r.gil = gilStats(c.gil.switchInterval);
        r.gil->config.enabled = gil;
    }
    const SpinnerVerdict v = SpinnerVerdict::of(c, r);
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::KeepsSpinning));
    QVERIFY2(v.why.contains(words), qPrintable(v.why));
    // The measured frame interval, not the one the spinner asks for.
    QVERIFY2(v.why.contains(QStringLiteral("110 ms")), qPrintable(v.why));
}

void TestSpinnerVerdict::napStutters()
{
    const SpinnerVerdict v = SpinnerVerdict::of(config(SpinnerModel::Coroutine, SlowKind::Nap), report(2.0, 600));
    QCOMPARE(v.outcome, std::optional(SpinnerOutcome::Stutters));
    QVERIFY2(v.why.contains(QStringLiteral("600 ms")), qPrintable(v.why));
}

void TestSpinnerVerdict::tooQuick()
{
    QVERIFY(SpinnerVerdict::tooQuick(0.09));
    QVERIFY(SpinnerVerdict::tooQuick(0.29));
    QVERIFY(!SpinnerVerdict::tooQuick(0.3));
    QVERIFY(!SpinnerVerdict::tooQuick(1.1));

    // Native pace: one frame in 0.09 s would otherwise read "keeps spinning".
    SpinnerReport r = report(0.09, 0);
    r.frames.push_back({0, 80 * kMs, '|'});
    r.maxGapNs = 80 * kMs;
    QCOMPARE(SpinnerVerdict::classify(r), std::optional(SpinnerOutcome::KeepsSpinning));
    const SpinnerVerdict v = SpinnerVerdict::of(config(SpinnerModel::Thread, SlowKind::Prime), r);
    QCOMPARE(v.kind, SpinnerVerdict::Kind::TooQuick);
    QVERIFY(!v.outcome);
    QCOMPARE(v.why, QStringLiteral("slow() took 0.09 s: too quick to see the spinner; use the CPython pace"));

    // A sleep is made longer, not slower.
    const SpinnerVerdict s = SpinnerVerdict::of(config(SpinnerModel::Thread, SlowKind::Sleep), report(0.2, 100));
    QCOMPARE(s.kind, SpinnerVerdict::Kind::TooQuick);
    QVERIFY2(s.why.contains(QStringLiteral("sleep longer")), qPrintable(s.why));
}

void TestSpinnerVerdict::notFinished()
{
    SpinnerReport r = report(1.0, 100);
    r.cancelled = true;
    SpinnerVerdict v = SpinnerVerdict::of(config(SpinnerModel::Thread, SlowKind::Sleep), r);
    QCOMPARE(v.kind, SpinnerVerdict::Kind::NotFinished);
    QVERIFY(!v.outcome);
    QVERIFY(!v.why.isEmpty());

    r.cancelled = false;
    r.error = QStringLiteral("worker not found");
    v = SpinnerVerdict::of(config(SpinnerModel::Process, SlowKind::Sleep), r);
    QCOMPARE(v.kind, SpinnerVerdict::Kind::NotFinished);
    QVERIFY2(v.why.contains(QStringLiteral("worker not found")), qPrintable(v.why));
}

void TestSpinnerVerdict::realRuns_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("slow");
    QTest::addColumn<int>("pace"); // 0 native, 1 cpython
    QTest::addColumn<int>("switchMs");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("outcome"); // 0 none
    QTest::addColumn<QString>("words");
    const auto m = [](SpinnerModel x) { return static_cast<int>(x); };
    const auto s = [](SlowKind x) { return static_cast<int>(x); };
    const int measured = static_cast<int>(SpinnerVerdict::Kind::Measured);
    QTest::addRow("S1 sleep 0.6 s") << m(SpinnerModel::Thread) << s(SlowKind::Sleep) << 0 << 5 << measured
                                    << static_cast<int>(SpinnerOutcome::KeepsSpinning)
                                    << QStringLiteral("time.sleep()");
    QTest::addRow("S4 blocking 0.6 s") << m(SpinnerModel::Coroutine) << s(SlowKind::BlockingSleep) << 0 << 5 << measured
                                       << static_cast<int>(SpinnerOutcome::NeverAppears)
                                       << QStringLiteral("blocked the loop for %1 s"); // %1: the measured slow()
    QTest::addRow("S7 native") << m(SpinnerModel::Coroutine) << s(SlowKind::Prime) << 0 << 5
                               << static_cast<int>(SpinnerVerdict::Kind::TooQuick) << 0
                               << QStringLiteral("use the CPython pace");
    QTest::addRow("S6 GIL 400 ms") << m(SpinnerModel::Thread) << s(SlowKind::Prime) << 1 << 400 << measured
                                   << static_cast<int>(SpinnerOutcome::Stutters) << QStringLiteral("only every 400 ms");
}

void TestSpinnerVerdict::realRuns()
{
    QFETCH(int, model);
    QFETCH(int, slow);
    QFETCH(int, pace);
    QFETCH(int, switchMs);
    QFETCH(int, kind);
    QFETCH(int, outcome);
    QFETCH(QString, words);
    SpinnerConfig c = config(static_cast<SpinnerModel>(model), static_cast<SlowKind>(slow));
    c.seconds = 0.6;
    c.pace = pace == 0 ? Pace::native() : Pace::cpython();
    c.gil.switchInterval = std::chrono::milliseconds(switchMs);
    const SpinnerReport r = SpinnerRun(c).exec();
    QVERIFY2(r.ok(), qPrintable(r.error));
    const SpinnerVerdict v = SpinnerVerdict::of(c, r);
    const QString seen = QStringLiteral("%1 frames, slow %2 s, max gap %3 ms: %4")
                             .arg(r.frames.size())
                             .arg(r.slowSeconds)
                             .arg(r.maxGapNs / kMs)
                             .arg(v.why);
    if (static_cast<SpinnerVerdict::Kind>(kind) == SpinnerVerdict::Kind::TooQuick
        && !SpinnerVerdict::tooQuick(r.slowSeconds))
        QSKIP(qPrintable(QStringLiteral("native pace was slow on this machine: ") + seen));
    // A sleep lasts at least what was asked (the clock may round a little);
    // the why line then quotes the measured time, as the product formats it.
    const auto slowKind = static_cast<SlowKind>(slow);
    if (slowKind == SlowKind::Sleep || slowKind == SlowKind::BlockingSleep)
        QVERIFY2(r.slowSeconds >= c.seconds * 0.95, qPrintable(seen));
    if (words.contains(QLatin1String("%1")))
        words = words.arg(QLocale().toString(r.slowSeconds, 'f', 1));
    // A spinner thread that sleeps between frames keeps spinning on any
    // machine, but a loaded box under TSan can stall that thread once for a
    // few hundred ms. A gap up to twice the threshold is the machine, not the
    // model; anything longer still fails below.
    if (static_cast<SpinnerOutcome>(outcome) == SpinnerOutcome::KeepsSpinning && v.outcome == SpinnerOutcome::Stutters
        && r.maxGapNs <= 2 * SpinnerVerdict::kStutterGapNs)
        QSKIP(qPrintable(QStringLiteral("the machine stalled the spinner thread: ") + seen));
    QCOMPARE(static_cast<int>(v.kind), kind);
    QCOMPARE(v.outcome ? static_cast<int>(*v.outcome) : 0, outcome);
    QVERIFY2(v.why.contains(words), qPrintable(seen));
}

void TestSpinnerVerdict::comparison()
{
    SpinnerComparison cmp;
    QVERIFY(cmp.text().isEmpty());
    QVERIFY(!cmp.napOverPrime());
    const SpinnerConfig s7 = config(SpinnerModel::Coroutine, SlowKind::Prime);
    const SpinnerConfig s8 = config(SpinnerModel::Coroutine, SlowKind::Nap);
    QVERIFY(SpinnerComparison::concerns(s7));
    QVERIFY(SpinnerComparison::concerns(s8));
    QVERIFY(!SpinnerComparison::concerns(config(SpinnerModel::Coroutine, SlowKind::Executor)));
    QVERIFY(!SpinnerComparison::concerns(config(SpinnerModel::Thread, SlowKind::Prime)));

    cmp.record(s7, report(1.30, 0));
    QVERIFY(!cmp.napOverPrime());
    QVERIFY2(cmp.text().contains(QStringLiteral("Run S8")), qPrintable(cmp.text()));
    // Other runs leave it alone.
    cmp.record(config(SpinnerModel::Thread, SlowKind::Prime), report(9.0, 100));
    cmp.record(s8, report(1.95, 100));
    QVERIFY(cmp.napOverPrime());
    QVERIFY(qAbs(*cmp.napOverPrime() - 1.5) < 1e-9);
    QCOMPARE(cmp.text(), QStringLiteral("S8 took 1.5× as long as S7 (1.95 s against 1.30 s)"));
    // The last run of each counts; a cancelled one does not.
    SpinnerReport stopped = report(0.5, 0);
    stopped.cancelled = true;
    cmp.record(s7, stopped);
    cmp.record(s7, report(0.975, 0));
    QVERIFY(qAbs(*cmp.napOverPrime() - 2.0) < 1e-9);
    QVERIFY2(cmp.text().startsWith(QStringLiteral("S8 took 2.0×")), qPrintable(cmp.text()));
}

void TestSpinnerVerdict::comparisonNeedsOnePace()
{
    SpinnerComparison cmp;
    SpinnerConfig s7 = config(SpinnerModel::Coroutine, SlowKind::Prime);
    SpinnerConfig s8 = config(SpinnerModel::Coroutine, SlowKind::Nap);
    s7.pace = Pace::native();
    s8.pace = Pace::cpython();
    cmp.record(s7, report(0.4, 0));
    cmp.record(s8, report(1.9, 100));
    QVERIFY(!cmp.napOverPrime());
    QVERIFY2(cmp.text().contains(QStringLiteral("one pace")), qPrintable(cmp.text()));
    s7.pace = Pace::cpython();
    cmp.record(s7, report(1.2, 0));
    QVERIFY(cmp.napOverPrime());
}

QTEST_GUILESS_MAIN(TestSpinnerVerdict)
#include "tst_spinnerverdict.moc"
