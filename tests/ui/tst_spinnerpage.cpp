// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// A spinner page driven through Run, as a lecturer would: the frames come
// from the engine, the answer from slow(), the verdict from the report.
#include "../common/tracecheck.h"
#include "ui/codepane/codepane.h"
#include "ui/engine/backgroundrun.h"
#include "ui/engine/filejob.h"
#include "ui/pages/spinnerpage.h"
#include "ui/settings/settings.h"
#include "ui/shell/pagefilemenu.h"
#include "ui/shell/pagelayouts.h"
#include "ui/widgets/giltimeline.h"
#include "ui/widgets/predictionbox.h"
#include "ui/widgets/spinnerglyph.h"
#include "ui/widgets/spinnerliveview.h"
#include "ui/widgets/verdictbanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {
constexpr int kRunTimeoutMs = 30'000;

// S1 for `seconds`, at native pace, to the end.
bool runThreadSleep(SpinnerPage &page, double seconds)
{
    RunSettings settings;
    settings.pace = Pace::native();
    page.applySettings(settings);
    page.setCurrentVariant(0);
    page.setSleepSeconds(seconds);
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    return finished.wait(kRunTimeoutMs) || finished.size() == 1;
}

// Waits for an export's job: true when it wrote its file, else false with
// *error set. Null (no run to export) is false, *error set by exportTo.
bool exported(FileJob *job, QString *error)
{
    if (!job)
        return false;
    QSignalSpy done(job, &FileJob::finished);
    // exportTo only starts the job: its answer comes later, through the
    // event loop, so the GUI thread never waits for the file.
    if (!done.isEmpty()) {
        *error = QStringLiteral("the export finished before exportTo returned");
        return false;
    }
    if (!done.wait(kRunTimeoutMs) && done.isEmpty()) {
        *error = QStringLiteral("the export did not finish");
        return false;
    }
    *error = done.first().at(1).toString();
    return done.first().at(0).toBool();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A recording made by hand: three frames, the third after a long stall.
RunRecording stalledRecording(std::int64_t stallEndNs)
{
    RunRecording r;
    r.kind = RunRecording::Kind::Spinner;
    r.recordedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    r.spinner.model = SpinnerModel::Thread;
    r.spinner.slow = SlowKind::Sleep;
    SpinnerReport rep;
    rep.spinnerRepr = QStringLiteral("<Thread(Thread-1 (spin), initial)>");
    rep.answer = 42;
    rep.frames = {{0, 100'000'000, '\\'}, {1, 200'000'000, '|'}, {2, stallEndNs, '/'}};
    rep.elapsed = static_cast<double>(stallEndNs) / 1e9 + 0.1;
    rep.expectedFrames = rep.elapsed * 10;
    rep.maxGapNs = stallEndNs - 200'000'000;
    r.report = rep;
    return r;
}
} // namespace

class TestSpinnerPage : public QObject
{
    Q_OBJECT
private slots:
    void blockingCallNeverDraws();
    void threadSpins();
    void predictionWithKeyThree();
    void verdictBannerFitsANarrowColumn();
    void verdictBannerSaysTooQuick();
    void comparesS8WithS7();
    void stopEndsTheRun();
    void anotherVariantIsACleanQuestion();
    void paceTooQuickIsSaidAndFixable();
    void everyVariantAnswers_data();
    void everyVariantAnswers();
    void gilTimelineShowsHolds();
    void recordThenReplay();
    void replayFollowsRecordedTimes();
    void replayStops();
    void replayRefusesWhatItCannotShow();
    void exportsWriteFilesThatParse();
    void replayScreenshot_data();
    void replayScreenshot();
    void fileMenuFollowsThePage();
    void layoutIsKept();
    void cleanupTestCase() { BackgroundRun::stopAllAndWait(5000); }
};

void TestSpinnerPage::blockingCallNeverDraws()
{
    SpinnerPage page(SpinnerPageSpec::blockingCall());
    page.setSleepSeconds(1.0);
    page.show();
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    QVERIFY(page.isRunning());
    QVERIFY(!page.canRun());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QCOMPARE(page.framesDrawn(), 0);
    QVERIFY(page.spinnerView()->glyph()->isBlank());
    QCOMPARE(page.answerText(), QStringLiteral("Answer: 42"));
    QVERIFY(page.canRun());
    // The reveal says what happened and why, from the run's own figures.
    QVERIFY(page.verdictBanner()->isVisible());
    const QString said = page.verdictBanner()->plainText();
    QVERIFY2(said.startsWith(QStringLiteral("Never appeared")), qPrintable(said));
    // The seconds are the run's own: a loaded machine sleeps a little longer
    // than asked, never shorter (bar clock rounding).
    const std::optional<RunRecording> shown = page.recording();
    QVERIFY(shown && shown->report);
    const double slowS = shown->report->slowSeconds;
    QVERIFY2(slowS >= 1.0 * 0.95, qPrintable(QString::number(slowS)));
    const QString blocked = QStringLiteral("blocked the loop for %1 s").arg(QLocale().toString(slowS, 'f', 1));
    QVERIFY2(said.contains(blocked), qPrintable(said + QStringLiteral(" / expected: ") + blocked));
}

void TestSpinnerPage::threadSpins()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.setCurrentVariant(0); // S1: thread, time.sleep()
    page.setSleepSeconds(1.0);
    page.show();
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    // The glyph shows up while the run goes, from the engine's frames.
    QTRY_VERIFY_WITH_TIMEOUT(!page.spinnerView()->glyph()->isBlank(), kRunTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QVERIFY2(page.framesDrawn() >= 5, qPrintable(QString::number(page.framesDrawn())));
    QCOMPARE(page.answerText(), QStringLiteral("Answer: 42"));
    QVERIFY(page.verdictBanner()->guessRight() == std::nullopt); // no guess made
}

void TestSpinnerPage::predictionWithKeyThree()
{
    SpinnerPage page(SpinnerPageSpec::blockingCall());
    page.setSleepSeconds(1.0);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClick(&page, Qt::Key_3);
    QCOMPARE(page.prediction()->guess(), std::optional(SpinnerOutcome::NeverAppears));
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QCOMPARE(page.verdictBanner()->guessRight(), std::optional(true));
    QVERIFY(page.verdictBanner()->plainText().contains(QStringLiteral("right")));

    // A wrong guess is marked wrong.
    QTest::keyClick(&page, Qt::Key_1);
    page.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRunTimeoutMs);
    QCOMPARE(page.verdictBanner()->guessRight(), std::optional(false));
    QVERIFY(page.verdictBanner()->plainText().contains(QStringLiteral("wrong")));
}

void TestSpinnerPage::verdictBannerFitsANarrowColumn()
{
    // The S4 reveal with a projector-sized font: the verdict is about 1.8
    // times the page's type, and every line wraps instead of widening the
    // banner past a narrow column (320 px: a third of a 1024 screen, with
    // type twice the default size).
    VerdictBanner banner;
    QFont big = banner.font();
    big.setPixelSize(28);
    banner.setFont(big);
    SpinnerConfig config;
    config.model = SpinnerModel::Coroutine;
    config.slow = SlowKind::BlockingSleep;
    SpinnerReport report;
    report.answer = 42;
    report.slowSeconds = 3.0;
    report.maxGapNs = 3'000'000'000;
    SpinnerComparison comparison;
    banner.reveal(config, report, SpinnerOutcome::KeepsSpinning);
    banner.setComparison(comparison);
    banner.resize(320, banner.heightForWidth(320));
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    QCOMPARE(banner.headlinePixelSize(), qRound(28 * VerdictBanner::kHeadlineScale));
    QVERIFY2(banner.minimumSizeHint().width() <= 320, qPrintable(QString::number(banner.minimumSizeHint().width())));
    QCOMPARE(banner.guessRight(), std::optional(false));
    const QString said = banner.plainText();
    QVERIFY2(said.contains(QStringLiteral("✗ wrong")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("supervisor blocked the loop for 3.0 s; spin never got a turn")),
             qPrintable(said));
    QVERIFY(!said.contains(QStringLiteral("…")));
    banner.clear();
    QVERIFY(!banner.isVisible());
    QVERIFY(banner.plainText().isEmpty());
}

void TestSpinnerPage::verdictBannerSaysTooQuick()
{
    // Native pace: slow() over in 0.09 s with one frame. No verdict the
    // room could trust, and the guess is left unjudged.
    VerdictBanner banner;
    SpinnerConfig config;
    config.model = SpinnerModel::Thread;
    config.slow = SlowKind::Prime;
    config.pace = Pace::native();
    SpinnerReport report;
    report.answer = 42;
    report.slowSeconds = 0.09;
    report.frames = {{0, 80'000'000, '|'}};
    report.maxGapNs = 80'000'000;
    banner.reveal(config, report, SpinnerOutcome::KeepsSpinning);
    QVERIFY(banner.guessRight() == std::nullopt);
    const QString said = banner.plainText();
    QVERIFY2(said.startsWith(QStringLiteral("Too quick to tell")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("cannot be checked")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("use the CPython pace")), qPrintable(said));
}

void TestSpinnerPage::comparesS8WithS7()
{
    // S7 and S8 sit on different pages; whichever runs second compares.
    RunSettings settings;
    settings.pace = Pace::native(); // the ratio is what is shown, not the lesson
    SpinnerPage quiz(SpinnerPageSpec::gilQuiz());
    SpinnerPage napping(SpinnerPageSpec::powerNapping());
    quiz.applySettings(settings);
    napping.applySettings(settings);
    quiz.setCurrentVariant(2);    // S7
    napping.setCurrentVariant(0); // S8
    QSignalSpy quizDone(&quiz, &SpinnerPage::runFinished);
    QSignalSpy nappingDone(&napping, &SpinnerPage::runFinished);
    quiz.run();
    QTRY_COMPARE_WITH_TIMEOUT(quizDone.size(), 1, kRunTimeoutMs);
    QVERIFY2(!quiz.verdictBanner()->plainText().contains(QStringLiteral("as long as")),
             qPrintable(quiz.verdictBanner()->plainText()));
    napping.run();
    QTRY_COMPARE_WITH_TIMEOUT(nappingDone.size(), 1, kRunTimeoutMs);
    const QString said = napping.verdictBanner()->plainText();
    QVERIFY2(said.contains(QRegularExpression(QStringLiteral("S8 took \\d+\\.\\d× as long as S7"))), qPrintable(said));

    // The executor variant is not part of that comparison.
    napping.setCurrentVariant(1);
    napping.run();
    QTRY_COMPARE_WITH_TIMEOUT(nappingDone.size(), 2, kRunTimeoutMs);
    QVERIFY(!napping.verdictBanner()->plainText().contains(QStringLiteral("S8 took")));
}

void TestSpinnerPage::stopEndsTheRun()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.setCurrentVariant(2); // S3: coroutine
    page.setSleepSeconds(10.0);
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    QTRY_VERIFY_WITH_TIMEOUT(page.framesDrawn() > 0, kRunTimeoutMs);
    page.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000); // a loaded box under ASan is slow to wind down
    QVERIFY(!page.isRunning());
    QVERIFY(!page.answerText().contains(QStringLiteral("42")));
}

void TestSpinnerPage::anotherVariantIsACleanQuestion()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClick(&page, Qt::Key_1);
    QVERIFY(runThreadSleep(page, 0.5));
    QVERIFY(!page.answerText().isEmpty());
    QVERIFY(!page.verdictBanner()->plainText().isEmpty());
    QVERIFY(page.framesDrawn() > 0);
    QVERIFY(page.recording().has_value());

    // S2 is a new question: nothing of S1's answer may stay on screen.
    page.setCurrentVariant(1);
    QCOMPARE(page.prediction()->guess(), std::nullopt);
    QVERIFY2(page.verdictBanner()->plainText().isEmpty(), qPrintable(page.verdictBanner()->plainText()));
    QVERIFY2(page.answerText().isEmpty(), qPrintable(page.answerText()));
    QCOMPARE(page.framesDrawn(), 0);
    QVERIFY(page.spinnerView()->glyph()->isBlank());
    QVERIFY(!page.recording().has_value()); // nothing to export either
    for (QAction *a : page.fileActions()) {
        if (a->text().startsWith(QStringLiteral("Export")))
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }

    // Reset page does the same on the same variant.
    QTest::keyClick(&page, Qt::Key_2);
    page.setCurrentVariant(0);
    QVERIFY(runThreadSleep(page, 0.5));
    QVERIFY(!page.answerText().isEmpty());
    page.resetPage();
    QCOMPARE(page.prediction()->guess(), std::nullopt);
    QVERIFY(page.verdictBanner()->plainText().isEmpty());
    QVERIFY(page.answerText().isEmpty());
    QCOMPARE(page.framesDrawn(), 0);
}

void TestSpinnerPage::paceTooQuickIsSaidAndFixable()
{
    SpinnerPage page(SpinnerPageSpec::gilQuiz()); // S5 first: is_prime in a process
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RunSettings native;
    native.pace = Pace::native();
    SpinnerConfig nativeS5;
    nativeS5.model = SpinnerModel::Process;
    nativeS5.slow = SlowKind::Prime;
    nativeS5.pace = native.pace;
    if (!nativeS5.tooQuickToWatch()) // a sanitizer can make native as slow as CPython
        QSKIP(qPrintable(QStringLiteral("native slow() takes %1 s here").arg(nativeS5.expectedSlowSeconds())));
    page.applySettings(native);
    QPushButton *usePace = nullptr;
    for (QPushButton *b : page.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("CPython pace")))
            usePace = b;
    }
    QVERIFY(usePace);
    QVERIFY(usePace->isVisible());
    std::vector<Pace> asked;
    connect(&page, &SpinnerPage::paceRequested, &page, [&asked](const Pace &p) { asked.push_back(p); });
    usePace->click();
    QCOMPARE(asked.size(), std::size_t(1));
    QVERIFY(asked.front() == Pace::cpython());

    // At the CPython pace slow() takes over a second: no warning.
    RunSettings cpython;
    cpython.pace = Pace::cpython();
    page.applySettings(cpython);
    QVERIFY(!usePace->isVisible());
}

void TestSpinnerPage::everyVariantAnswers_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("draws"); // false: the model never draws a frame
    QTest::addRow("S1 thread sleep") << 0 << 0 << true;
    QTest::addRow("S2 process sleep") << 0 << 1 << true;
    QTest::addRow("S3 coroutine sleep") << 0 << 2 << true;
    QTest::addRow("S4 coroutine blocking sleep") << 1 << 0 << false;
    QTest::addRow("S7 coroutine prime") << 2 << 2 << false;
    // The prime variants at native pace take well under the first frame,
    // so only the answer is checked for them.
    QTest::addRow("S5 process prime") << 2 << 0 << true;
    QTest::addRow("S6 thread prime") << 2 << 1 << true;
    QTest::addRow("S8 nap") << 3 << 0 << true;
    QTest::addRow("executor") << 3 << 1 << true;
}

void TestSpinnerPage::everyVariantAnswers()
{
    QFETCH(int, page);
    QFETCH(int, variant);
    QFETCH(bool, draws);
    const SpinnerPageSpec specs[] = {SpinnerPageSpec::helloWorld(), SpinnerPageSpec::blockingCall(),
                                     SpinnerPageSpec::gilQuiz(), SpinnerPageSpec::powerNapping()};
    SpinnerPage p(specs[page]);
    RunSettings settings;
    settings.pace = Pace::native();
    p.applySettings(settings);
    p.setCurrentVariant(variant);
    QCOMPARE(p.currentVariant(), variant);
    // Switching the variant updates the code pane at once.
    QCOMPARE(p.codePane()->resource(), specs[page].variants[variant].listing);
    p.setSleepSeconds(1.0);
    QSignalSpy finished(&p, &SpinnerPage::runFinished);
    p.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QCOMPARE(p.answerText(), QStringLiteral("Answer: 42"));
    if (!draws)
        QCOMPARE(p.framesDrawn(), 0);
    else if (specs[page].variants[variant].slow == SlowKind::Sleep)
        QVERIFY2(p.framesDrawn() >= 5, qPrintable(QString::number(p.framesDrawn())));
}

void TestSpinnerPage::gilTimelineShowsHolds()
{
    SpinnerPage page(SpinnerPageSpec::gilQuiz());
    RunSettings settings; // GIL on, 5 ms
    settings.pace = Pace::native();
    page.applySettings(settings);
    page.setCurrentVariant(1); // S6: thread, is_prime()
    page.show();
    QVERIFY(page.spinnerView()->gilTimeline()->isVisible());
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    QVERIFY(page.spinnerView()->gilTimeline()->holdCount() > 0);

    // Off with the GIL off, and on process pages.
    settings.gil.enabled = false;
    page.applySettings(settings);
    QVERIFY(!page.spinnerView()->gilTimeline()->isVisible());
    page.setCurrentVariant(0);
    settings.gil.enabled = true;
    page.applySettings(settings);
    QVERIFY(!page.spinnerView()->gilTimeline()->isVisible());
}

void TestSpinnerPage::recordThenReplay()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    QVERIFY(!page.recording()); // nothing ran yet
    QVERIFY(runThreadSleep(page, 1.0));
    const int frames = page.framesDrawn();
    QVERIFY2(frames >= 5, qPrintable(QString::number(frames)));
    const std::optional<RunRecording> recorded = page.recording();
    QVERIFY(recorded);
    QCOMPARE(static_cast<int>(recorded->report->frames.size()), frames);
    QCOMPARE(recorded->spinner.model, SpinnerModel::Thread);
    QVERIFY(!recorded->gilHolds.empty()); // S1 under the GIL: its holds are kept for the trace
    QString error;
    const auto loaded = RunRecording::fromJson(recorded->toJson(), &error);
    QVERIFY2(loaded, qPrintable(error));

    // Another page of the same experiment, on another variant, replays it.
    SpinnerPage replay(SpinnerPageSpec::helloWorld());
    replay.setCurrentVariant(2);
    replay.show();
    QSignalSpy finished(&replay, &SpinnerPage::runFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(replay.replay(*loaded, QStringLiteral("/tmp/lecture.clrec.json"), &error), qPrintable(error));
    QVERIFY(replay.isRunning());
    QVERIFY(!replay.canRun());
    QCOMPARE(replay.currentVariant(), 0);
    QCOMPARE(replay.framesDrawn(), 0); // the first frame is not due yet
    const QString banner = replay.replayBannerText();
    QVERIFY2(banner.contains(QStringLiteral("Replay of lecture.clrec.json, recorded")), qPrintable(banner));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRunTimeoutMs);
    // Played at the recorded pace: it lasts (about) as long as the run did.
    const double took = static_cast<double>(clock.elapsed()) / 1000.0;
    QVERIFY2(took >= recorded->report->elapsed * 0.9, qPrintable(QString::number(took)));
    QCOMPARE(replay.framesDrawn(), frames);
    QCOMPARE(replay.answerText(), QStringLiteral("Answer: 42"));
    QVERIFY(replay.isReplay());
    QVERIFY(replay.canRun());
    // Saved again, it is the same run.
    const std::optional<RunRecording> again = replay.recording();
    QVERIFY(again);
    QCOMPARE(again->report->frames.size(), recorded->report->frames.size());
    QCOMPARE(again->gilHolds.size(), recorded->gilHolds.size());
    QCOMPARE(again->recordedAt, loaded->recordedAt);

    // A live run ends the replay's banner.
    replay.setSleepSeconds(0.5);
    replay.run();
    QVERIFY(!replay.isReplay());
    QVERIFY(replay.replayBannerText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRunTimeoutMs);
}

void TestSpinnerPage::replayFollowsRecordedTimes()
{
    // Frames at 0.1 s and 0.2 s, then nothing until 2.5 s: the glyph must
    // freeze through the stall, as it did when recorded. A replay driven by
    // a spin timer would keep drawing.
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.show();
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(page.replay(stalledRecording(2'500'000'000), QStringLiteral("stall.clrec.json"), &error),
             qPrintable(error));
    // A loaded machine may reach the two early frames late, even after the
    // third is due; the freeze can only be seen while it lasts (the replay's
    // own clock starts after this one, so before 2.4 s here frame 3 is not due).
    QTRY_VERIFY_WITH_TIMEOUT(page.framesDrawn() >= 2, 10'000);
    if (clock.elapsed() < 2400) {
        QCOMPARE(page.framesDrawn(), 2);
        const QChar frozen = page.spinnerView()->glyph()->glyph();
        QCOMPARE(frozen, QLatin1Char('|'));
        QTest::qWait(500);
        if (clock.elapsed() < 2400) { // a machine this slow proves nothing here
            QCOMPARE(page.framesDrawn(), 2);
            QCOMPARE(page.spinnerView()->glyph()->glyph(), frozen);
        }
    } else {
        qInfo("the first two frames took %lld ms to show: the freeze was not observable", clock.elapsed());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QVERIFY(clock.elapsed() >= 2500);
    QCOMPARE(page.framesDrawn(), 3);
    QVERIFY(page.spinnerView()->glyph()->isBlank()); // wiped at the end, as recorded
    QVERIFY(page.verdictBanner()->guessRight() == std::nullopt);
    QCOMPARE(page.answerText(), QStringLiteral("Answer: 42"));
}

void TestSpinnerPage::replayStops()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(page.replay(stalledRecording(20'000'000'000), QStringLiteral("long.clrec.json"), &error));
    QTRY_VERIFY_WITH_TIMEOUT(page.framesDrawn() >= 2, 10'000);
    const bool beforeThirdFrame = clock.elapsed() < 19'000; // the third is due at 20 s
    page.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!page.isRunning());
    if (beforeThirdFrame)
        QCOMPARE(page.framesDrawn(), 2);
    QVERIFY(!page.answerText().contains(QStringLiteral("42")));
}

void TestSpinnerPage::replayRefusesWhatItCannotShow()
{
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    QString error;
    RunRecording blocking = stalledRecording(300'000'000);
    blocking.spinner.model = SpinnerModel::Coroutine;
    blocking.spinner.slow = SlowKind::BlockingSleep;
    QVERIFY(!page.replay(blocking, QStringLiteral("s4.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("blocking-sleep")), qPrintable(error));
    QVERIFY(!page.isRunning());

    RunRecording primes;
    primes.kind = RunRecording::Kind::Primes;
    QVERIFY(!page.replay(primes, QStringLiteral("p.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("primes")), qPrintable(error));

    RunRecording noReport = stalledRecording(300'000'000);
    noReport.report.reset();
    QVERIFY(!page.replay(noReport, QStringLiteral("n.json"), &error));
    QVERIFY(!error.isEmpty());

    // Not while something runs; the S4 page takes its own recording.
    SpinnerPage s4(SpinnerPageSpec::blockingCall());
    QVERIFY2(s4.replay(blocking, QStringLiteral("s4.json"), &error), qPrintable(error));
    QVERIFY(!s4.replay(blocking, QStringLiteral("s4.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("stop")), qPrintable(error));
    s4.stop();
}

void TestSpinnerPage::exportsWriteFilesThatParse()
{
    QTemporaryDir dir;
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    QString error;
    QVERIFY(!page.exportTo(SpinnerPage::Export::Csv, dir.filePath(QStringLiteral("none.csv")), &error));
    QVERIFY(!error.isEmpty()); // nothing ran yet
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.csv"))));
    QVERIFY(runThreadSleep(page, 1.0));
    const int frames = page.framesDrawn();

    const QString csv = dir.filePath(QStringLiteral("frames.csv"));
    QVERIFY2(exported(page.exportTo(SpinnerPage::Export::Csv, csv, &error), &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
    QCOMPARE(lines.size(), frames + 1);
    QCOMPARE(lines.first(), QByteArray("frame,glyph,t_s,gap_ms"));
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const QList<QByteArray> cells = lines[k].split(',');
        QCOMPARE(cells.size(), 4);
        bool ok = false;
        const double gap = cells[3].toDouble(&ok);
        QVERIFY(ok);
        QVERIFY2(gap >= 0 && gap < 5000, lines[k].constData());
    }

    const QString json = dir.filePath(QStringLiteral("run.json"));
    QVERIFY2(exported(page.exportTo(SpinnerPage::Export::Json, json, &error), &error), qPrintable(error));
    const QJsonObject o = QJsonDocument::fromJson(readAll(json)).object();
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("concurrency-lab.spinner/1"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("thread"));
    QCOMPARE(o.value(QStringLiteral("answer")).toInt(), 42);
    QCOMPARE(o.value(QStringLiteral("frames")).toInt(), frames);
    QCOMPARE(o.value(QStringLiteral("frame_times_s")).toArray().size(), frames);

    const QString trace = dir.filePath(QStringLiteral("trace.json"));
    QVERIFY2(exported(page.exportTo(SpinnerPage::Export::Trace, trace, &error), &error), qPrintable(error));
    const testing::TraceCheck check = testing::checkTrace(readAll(trace));
    QVERIFY2(check.ok(), qPrintable(check.problems.join(u'\n')));
    QCOMPARE(check.instants, frames);  // one instant per frame
    QVERIFY(check.counters >= frames); // the gap counter
    QVERIFY(check.complete > 1);       // the supervisor and the GIL holds
    QVERIFY(check.threadNames.contains(QStringLiteral("spinner")));
    // The GUI's trace names the action where the CLI's names its command.
    const QJsonObject meta =
        QJsonDocument::fromJson(readAll(trace)).object().value(QStringLiteral("metadata")).toObject();
    QVERIFY2(meta.value(QStringLiteral("command")).toString().contains(QStringLiteral("Export Chrome trace")),
             qPrintable(meta.value(QStringLiteral("command")).toString()));
    QVERIFY(!meta.value(QStringLiteral("date")).toString().isEmpty());
    const QString packed = dir.filePath(QStringLiteral("trace.json.gz"));
    QVERIFY2(exported(page.exportTo(SpinnerPage::Export::Trace, packed, &error), &error), qPrintable(error));
    QVERIFY(readAll(packed).startsWith("\x1f\x8b")); // gzip's magic

    const QString rec = dir.filePath(QStringLiteral("run.clrec.json"));
    QVERIFY2(exported(page.exportTo(SpinnerPage::Export::Recording, rec, &error), &error), qPrintable(error));
    const auto back = RunRecording::load(rec, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(static_cast<int>(back->report->frames.size()), frames);

    // A path that cannot be written says so.
    QVERIFY(!exported(page.exportTo(SpinnerPage::Export::Json, QStringLiteral("/nonexistent/dir/run.json"), &error),
                      &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/run.json")));
    // Nor does a failed export leave a part of its file behind: a folder
    // that is a file cannot be written into, even by root.
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    error.clear();
    QVERIFY(!exported(page.exportTo(SpinnerPage::Export::Trace, csv + QStringLiteral("/trace.json"), &error), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(readAll(csv).trimmed().split('\n').size(), frames + 1); // the CSV there is whole

    // The job owns a copy of the run: the page may be reset while it writes.
    const QString late = dir.filePath(QStringLiteral("late.csv"));
    FileJob *job = page.exportTo(SpinnerPage::Export::Csv, late, &error);
    page.resetPage();
    QVERIFY2(exported(job, &error), qPrintable(error));
    QCOMPARE(readAll(late).trimmed().split('\n').size(), frames + 1);
}

// With CONLAB_SCREENSHOT_DIR set, renders a page before a replay, a replay
// mid-stall and at its end, to look at the banner: at projector size, and
// at what a 1024x768 and a 1280x720 window leave the page.
void TestSpinnerPage::replayScreenshot_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1640x1000") << QSize(1640, 1000);
    QTest::addRow("1024x768") << QSize(820, 670);
    QTest::addRow("1280x720") << QSize(1076, 620);
}

void TestSpinnerPage::replayScreenshot()
{
    QFETCH(QSize, size);
    const QString dir = qEnvironmentVariable("CONLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CONLAB_SCREENSHOT_DIR to render the page");
    const QString name = dir + QStringLiteral("/spinner-replay-") + QString::fromLatin1(QTest::currentDataTag());
    SpinnerPage page(SpinnerPageSpec::helloWorld());
    page.resize(size);
    page.show();
    QVERIFY(page.grab().save(name + QStringLiteral("-before.png")));
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    QString error;
    QVERIFY(
        page.replay(stalledRecording(1'500'000'000), QStringLiteral("/home/lecturer/s1-thread.clrec.json"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(page.framesDrawn(), 2, 2000);
    QVERIFY(page.grab().save(name + QStringLiteral("-running.png")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QTest::qWait(100);
    QVERIFY(page.grab().save(name + QStringLiteral("-done.png")));
}

void TestSpinnerPage::fileMenuFollowsThePage()
{
    QStackedWidget stack;
    auto *first = new SpinnerPage(SpinnerPageSpec::helloWorld());
    auto *second = new SpinnerPage(SpinnerPageSpec::blockingCall());
    stack.addWidget(first);
    stack.addWidget(second);
    QMenu menu;
    QAction *quit = menu.addAction(QStringLiteral("Quit"));
    PageFileMenu pageMenu(&menu, &stack);
    const auto pageActions = [&menu, quit] {
        QList<QAction *> out;
        for (QAction *a : menu.actions())
            if (a != quit && !a->isSeparator())
                out << a;
        return out;
    };
    QCOMPARE(pageActions(), first->fileActions());
    QCOMPARE(menu.actions().last(), quit); // the page's actions come first
    QCOMPARE(first->fileActions().size(), 5);
    QCOMPARE(first->fileActions().first()->shortcut(), QKeySequence(QKeySequence::Open));
    // Exports wait for a run; opening a recording does not.
    QVERIFY(first->fileActions().first()->isEnabled());
    for (qsizetype k = 1; k < first->fileActions().size(); ++k)
        QVERIFY(!first->fileActions()[k]->isEnabled());
    stack.setCurrentIndex(1);
    QCOMPARE(pageActions(), second->fileActions());
    for (QAction *a : first->fileActions())
        QVERIFY(!menu.actions().contains(a));
}

void TestSpinnerPage::layoutIsKept()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings settings(&store);
    QByteArray saved;
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        page.resize(1600, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        PageLayouts layouts(&settings, {&page});
        auto *splitter = page.findChild<QSplitter *>(QStringLiteral("spinnerPageSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({1300, 300}); // as if dragged
        emit splitter->splitterMoved(1300, 1);
        saved = settings.pageLayout(0);
        QVERIFY(!saved.isEmpty());
    }
    SpinnerPage again(SpinnerPageSpec::helloWorld());
    PageLayouts layouts(&settings, {&again});
    again.resize(1600, 900);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::qWait(50); // a fit of the code pane would come now; the saved sizes win
    auto *splitter = again.findChild<QSplitter *>(QStringLiteral("spinnerPageSplitter"));
    const int kept = splitter->sizes().value(1);
    QVERIFY2(kept <= 320, qPrintable(QString::number(kept)));

    // Without a saved arrangement the code pane gets its lines' width.
    SpinnerPage fresh(SpinnerPageSpec::helloWorld());
    fresh.restoreLayout(QByteArray("garbage")); // ignored, no crash
    fresh.resize(1600, 900);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    auto *freshSplitter = fresh.findChild<QSplitter *>(QStringLiteral("spinnerPageSplitter"));
    QTRY_VERIFY2(freshSplitter->sizes().value(1) >= fresh.codePane()->listingWidth(),
                 qPrintable(QString::number(freshSplitter->sizes().value(1))));
    QVERIFY(fresh.codePane()->listingWidth() > 320);
}

QTEST_MAIN(TestSpinnerPage)
#include "tst_spinnerpage.moc"
