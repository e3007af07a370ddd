// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The fidelity table's judgement: each band says "agree" inside it and
// "differ" just outside, the derived S8/S7 row compares the two ratios, and
// the runner takes turns between the engines and never runs them together.
#include "core/fidelity/fidelityrunner.h"

#include <QTest>
#include <atomic>

using namespace conlab;

namespace {

FidelitySample spin(double seconds, int frames, SpinnerOutcome outcome, std::int64_t gapNs = 100'000'000)
{
    FidelitySample s;
    s.seconds = seconds;
    s.frames = frames;
    s.framesPerSecond = frames / seconds;
    s.maxGapNs = gapNs;
    s.spinner = outcome;
    return s;
}

FidelitySample timed(double seconds)
{
    FidelitySample s;
    s.seconds = seconds;
    return s;
}

FidelitySample race(RaceOutcome outcome)
{
    FidelitySample s = timed(0.5);
    s.race = outcome;
    return s;
}

FidelitySample failed(const QString &why)
{
    FidelitySample s;
    s.error = why;
    return s;
}

const FidelityExperiment &row(const QString &key)
{
    static const auto all = FidelityExperiments::all({7, 11}, {1'000'000, 1'000'001});
    for (const auto &e : all)
        if (e.key == key)
            return e;
    qFatal("no row %s", qPrintable(key));
}

// Records the order the runner asks for runs in, and fails the test if two
// runs ever overlap.
class TurnEngine final : public FidelityEngine
{
public:
    TurnEngine(QString name, QStringList &log, std::atomic<int> &running)
        : name_(std::move(name)), log_(log), running_(running)
    {
    }
    FidelitySample run(const FidelityExperiment &e) override
    {
        if (running_.fetch_add(1) != 0)
            overlapped = true;
        log_ << name_ + u':' + e.key;
        running_.fetch_sub(1);
        if (e.isSpinner())
            return spin(3.0, 30,
                        e.band == FidelityBand::NeverAppears   ? SpinnerOutcome::NeverAppears
                            : e.band == FidelityBand::Stutters ? SpinnerOutcome::Stutters
                                                               : SpinnerOutcome::KeepsSpinning);
        FidelitySample s = timed(name_ == u"emu" ? 1.05 : 1.0);
        if (e.band == FidelityBand::Outcome)
            s.race = RaceOutcome::Lost;
        return s;
    }
    void cancel() override { }
    bool overlapped = false;

private:
    QString name_;
    QStringList &log_;
    std::atomic<int> &running_;
};

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT
private slots:
    void rowsAreTheIssuesRows();
    void spinsAgreeWithinOneFrameAndTenPercent();
    void spinsDifferOnFramesOrTime();
    void neverAppearsNeedsZeroFramesEverywhere();
    void stuttersNeedBothToStutter();
    void timeBand();
    void raceComparesTheCommonOutcome();
    void failedRunsGiveNoData();
    void spinnerSampleTimesTheSupervisor();
    void ratioRowComparesRatios();
    void runnerTakesTurnsAndOrdersRows();
};

void TestFidelity::rowsAreTheIssuesRows()
{
    QStringList keys;
    const auto all = FidelityExperiments::all({7}, {9});
    for (const auto &e : all)
        keys << e.key;
    QCOMPARE(keys,
             (QStringList{u"S1"_qs, u"S2"_qs, u"S3"_qs, u"S4"_qs, u"S5"_qs, u"S6"_qs, u"S7"_qs, u"S8"_qs,
                          u"S6 300ms"_qs, u"P1"_qs, u"P2"_qs, u"P3"_qs, u"P5"_qs}));
    const auto &stutter = std::get<SpinnerConfig>(row(u"S6 300ms"_qs).config);
    QCOMPARE(stutter.gil.switchInterval, std::chrono::microseconds(300'000));
    QVERIFY(stutter.gil.enabled);
    const auto &p3 = std::get<PrimesConfig>(row(u"P3"_qs).config);
    QCOMPARE(p3.model, PrimesModel::Threads);
    QCOMPARE(p3.workers, 2);
    QVERIFY(p3.gil.enabled);
    const auto &p5 = std::get<PrimesConfig>(all.back().config);
    QVERIFY(p5.racy);
    QCOMPARE(p5.numbers, (std::vector<std::uint64_t>{9}));
    QCOMPARE(std::get<PrimesConfig>(all[9].config).numbers, (std::vector<std::uint64_t>{7}));
}

void TestFidelity::spinsAgreeWithinOneFrameAndTenPercent()
{
    const auto r = FidelityJudge::judge(row(u"S1"_qs), {spin(3.0, 30, SpinnerOutcome::KeepsSpinning)},
                                        {spin(3.25, 30, SpinnerOutcome::KeepsSpinning)});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QVERIFY(r.ratio);
    QCOMPARE(*r.ratio, 3.25 / 3.0);
}

void TestFidelity::spinsDifferOnFramesOrTime()
{
    // 10 a second against 8 a second: two frames apart.
    auto r = FidelityJudge::judge(row(u"S1"_qs), {spin(3.0, 30, SpinnerOutcome::KeepsSpinning)},
                                  {spin(3.0, 24, SpinnerOutcome::KeepsSpinning)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
    QVERIFY2(r.why.contains(u"frames a second"), qPrintable(r.why));
    // The same rate, but 20% longer.
    r = FidelityJudge::judge(row(u"S1"_qs), {spin(3.0, 30, SpinnerOutcome::KeepsSpinning)},
                             {spin(3.6, 36, SpinnerOutcome::KeepsSpinning)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
    // A spinner that stuttered in one engine does not "keep spinning".
    r = FidelityJudge::judge(row(u"S1"_qs), {spin(3.0, 30, SpinnerOutcome::KeepsSpinning)},
                             {spin(3.0, 30, SpinnerOutcome::Stutters)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
}

void TestFidelity::neverAppearsNeedsZeroFramesEverywhere()
{
    const auto never = spin(3.0, 0, SpinnerOutcome::NeverAppears);
    auto r = FidelityJudge::judge(row(u"S4"_qs), {never, never}, {never, never});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    // One frame in one round of one engine is enough to differ.
    r = FidelityJudge::judge(row(u"S4"_qs), {never, spin(3.0, 1, SpinnerOutcome::Stutters)}, {never, never});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
    QCOMPARE(r.cpython.maxFrames, 1);
}

void TestFidelity::stuttersNeedBothToStutter()
{
    const auto stutter = spin(1.2, 5, SpinnerOutcome::Stutters, 310'000'000);
    auto r = FidelityJudge::judge(row(u"S6 300ms"_qs), {stutter}, {stutter});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QVERIFY2(r.why.contains(u"310 ms"), qPrintable(r.why));
    r = FidelityJudge::judge(row(u"S6 300ms"_qs), {stutter}, {spin(1.2, 12, SpinnerOutcome::KeepsSpinning)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
}

void TestFidelity::timeBand()
{
    // Medians: 12.0 against 13.1 (within 10%), then against 13.5 (outside).
    auto r = FidelityJudge::judge(row(u"P1"_qs), {timed(12.0), timed(11.0), timed(30.0)},
                                  {timed(13.1), timed(13.0), timed(13.2)});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QCOMPARE(*r.cpython.seconds, 12.0);
    r = FidelityJudge::judge(row(u"P1"_qs), {timed(12.0)}, {timed(13.5)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
    r = FidelityJudge::judge(row(u"P1"_qs), {timed(12.0)}, {timed(10.5)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
}

void TestFidelity::raceComparesTheCommonOutcome()
{
    using R = RaceOutcome;
    auto r = FidelityJudge::judge(row(u"P5"_qs), {race(R::Lost), race(R::Lost), race(R::Hung)},
                                  {race(R::Lost), race(R::Complete), race(R::Lost)});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QCOMPARE(r.cpython.races[std::size_t(R::Hung)], 1);
    QCOMPARE(r.emulated.races[std::size_t(R::Complete)], 1);
    r = FidelityJudge::judge(row(u"P5"_qs), {race(R::Lost)}, {race(R::Complete)});
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
    // A tie goes to the worse outcome.
    QCOMPARE(FidelitySide::of({race(R::Complete), race(R::Hung)}).commonRace(), R::Hung);
}

void TestFidelity::failedRunsGiveNoData()
{
    auto r = FidelityJudge::judge(row(u"P2"_qs), {failed(u"no python3"_qs)}, {timed(7.0)});
    QCOMPARE(r.verdict, FidelityVerdict::NoData);
    QVERIFY2(r.why.contains(u"no python3"), qPrintable(r.why));
    // A failed round leaves the others' median.
    r = FidelityJudge::judge(row(u"P2"_qs), {failed(u"killed"_qs), timed(7.0)}, {timed(7.1)});
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QCOMPARE(r.cpython.ok, 1);
}

void TestFidelity::spinnerSampleTimesTheSupervisor()
{
    // CPython's run includes the interpreter's start-up; the sample is the
    // span from the spinner's start to the answer, as the emulation's is.
    SpinnerConfig config;
    config.model = SpinnerModel::Thread;
    config.slow = SlowKind::Sleep;
    SpinnerReport report;
    report.answer = 42;
    report.elapsed = 3.25;
    report.slowSeconds = 3.0;
    for (int k = 0; k < 30; ++k)
        report.frames.push_back({k, k * 100'000'000LL, '|'});
    report.expectedFrames = 30;
    report.maxGapNs = 100'000'000;
    const FidelitySample s = FidelitySample::of(config, report);
    QVERIFY(s.ok());
    QCOMPARE(s.seconds, 3.0);
    QCOMPARE(s.frames, 30);
    QCOMPARE(s.framesPerSecond, 10.0);
}

void TestFidelity::ratioRowComparesRatios()
{
    const auto s7 = FidelityJudge::judge(row(u"S7"_qs), {spin(1.0, 0, SpinnerOutcome::NeverAppears)},
                                         {spin(1.0, 0, SpinnerOutcome::NeverAppears)});
    auto s8 = FidelityJudge::judge(row(u"S8"_qs), {spin(1.58, 15, SpinnerOutcome::KeepsSpinning)},
                                   {spin(1.55, 15, SpinnerOutcome::KeepsSpinning)});
    auto r = FidelityJudge::ratioRow(u"S8/S7"_qs, s8, s7);
    QCOMPARE(r.verdict, FidelityVerdict::Agree);
    QCOMPARE(*r.cpython.seconds, 1.58);
    s8 = FidelityJudge::judge(row(u"S8"_qs), {spin(1.58, 15, SpinnerOutcome::KeepsSpinning)},
                              {spin(1.0, 10, SpinnerOutcome::KeepsSpinning)});
    r = FidelityJudge::ratioRow(u"S8/S7"_qs, s8, s7);
    QCOMPARE(r.verdict, FidelityVerdict::Differ);
}

void TestFidelity::runnerTakesTurnsAndOrdersRows()
{
    QStringList log;
    std::atomic<int> running{0};
    TurnEngine cpython(u"cpy"_qs, log, running);
    TurnEngine emulated(u"emu"_qs, log, running);
    std::vector<FidelityExperiment> experiments = {row(u"S7"_qs), row(u"S8"_qs), row(u"P1"_qs)};
    FidelityRunner runner(experiments, 2, cpython, emulated);
    int steps = 0;
    const auto rows = runner.exec([&steps](const FidelityStep &, const FidelitySample &) { ++steps; });
    QCOMPARE(steps, 12);
    QCOMPARE(log,
             (QStringList{u"cpy:S7"_qs, u"emu:S7"_qs, u"cpy:S8"_qs, u"emu:S8"_qs, u"cpy:P1"_qs, u"emu:P1"_qs,
                          u"emu:S7"_qs, u"cpy:S7"_qs, u"emu:S8"_qs, u"cpy:S8"_qs, u"emu:P1"_qs, u"cpy:P1"_qs}));
    QVERIFY(!cpython.overlapped && !emulated.overlapped);
    QStringList keys;
    for (const auto &r : rows)
        keys << r.key;
    QCOMPARE(keys, (QStringList{u"S7"_qs, u"S8"_qs, u"S8/S7"_qs, u"P1"_qs}));
    QCOMPARE(rows[3].verdict, FidelityVerdict::Agree); // 1.05 against 1.0
    QCOMPARE(rows[3].cpython.runs.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
