// A spinner page driven through Run, as a lecturer would: the frames come
// from the engine, the answer from slow(), the verdict from the report.
#include "pages/spinnerpage.h"
#include "engine/backgroundrun.h"
#include "codepane/codepane.h"
#include "widgets/giltimeline.h"
#include "widgets/predictionbox.h"
#include "widgets/spinnerglyph.h"
#include "widgets/spinnerliveview.h"

#include <QSignalSpy>
#include <QTest>

using namespace conlab;

namespace {
constexpr int kRunTimeoutMs = 30'000;
}

class TestSpinnerPage : public QObject
{
    Q_OBJECT
private slots:
    void blockingCallNeverDraws();
    void threadSpins();
    void predictionWithKeyThree();
    void stopEndsTheRun();
    void everyVariantAnswers_data();
    void everyVariantAnswers();
    void gilTimelineShowsHolds();
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
    QVERIFY(page.prediction()->lastVerdict() == std::nullopt); // no guess made
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
    QCOMPARE(page.prediction()->lastVerdict(), std::optional(true));
    QVERIFY(page.prediction()->verdictText().contains(QStringLiteral("right")));

    // A wrong guess is marked wrong.
    QTest::keyClick(&page, Qt::Key_1);
    page.run();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRunTimeoutMs);
    QCOMPARE(page.prediction()->lastVerdict(), std::optional(false));
    QVERIFY(page.prediction()->verdictText().contains(QStringLiteral("wrong")));
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
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!page.isRunning());
    QVERIFY(!page.answerText().contains(QStringLiteral("42")));
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

QTEST_MAIN(TestSpinnerPage)
#include "tst_spinnerpage.moc"
