// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The lab window as a lecturer meets it: nine experiments in the chapter's
// order, a language switch that needs no restart, zoom that reaches text.
#include "../common/proctools.h"
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/pages/experimentpage.h"
#include "ui/pages/spinnerpage.h"
#include "ui/settings/settings.h"
#include "ui/shell/languageswitcher.h"
#include "ui/shell/runtoolbar.h"
#include "ui/shell/windowplacement.h"
#include "ui/shell/zoom.h"
#include "ui/sweep/sweeptext.h"
#include "ui/widgets/predictionbox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {
// A window with settings of its own, in English, shown and active: keys and
// shortcuts reach it as they reach the lecturer's.
struct ActiveWindow
{
    explicit ActiveWindow(const QString &ini) : store(ini, QSettings::IniFormat), settings(&store)
    {
        settings.setLanguage(QStringLiteral("en"));
    }
    bool show()
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    QSettings store;
    Settings settings;
    MainWindow window{&settings};
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTenExperimentsInOrder();
    void remembersLastExperiment();
    void languageSwitchRetranslates();
    void datesFollowTheUiLanguage();
    void qtsOwnButtonsFollowTheUiLanguage();
    void zoomChangesFontSize();
    void presentationModeEnlargesText();
    void closingStopsRunsAndReapsWorkers();
    void keysPredictRightAfterTypingInAField();
    void oneRunAtATime();
    void escapeLeavesPresentationButNotTheRun();
    void firstStartAndSavedGeometryFitTheScreen();
    void cleanupTestCase() { BackgroundRun::stopAllAndWait(5000); }

private:
    QString iniPath(const char *name) const { return dir_.filePath(QLatin1StringView(name)); }
    QTemporaryDir dir_;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
}

void TestMainWindow::listsTenExperimentsInOrder()
{
    QSettings store(iniPath("order.ini"), QSettings::IniFormat);
    Settings settings(&store);
    settings.setLanguage(QStringLiteral("en"));
    MainWindow window(&settings);
    window.show();
    QCOMPARE(window.experimentCount(), 10);
    QCOMPARE(window.experimentList()->count(), 10);
    // Each entry starts with its number in the chapter's order, and the
    // headline words of the experiment.
    const char *expected[] = {"Spinner", "blocking", "GIL",  "napping", "equential",
                              "rocess",  "hread",    "weep", "compared", "Celery on Redis"};
    for (int i = 0; i < 10; ++i) {
        const QString text = window.experimentList()->item(i)->text();
        QVERIFY2(text.startsWith(QString::number(i + 1) + u' '), qPrintable(text));
        QVERIFY2(text.contains(QLatin1StringView(expected[i])), qPrintable(text));
        QVERIFY2(text.endsWith(window.page(i)->title()), qPrintable(text));
    }
    // Only runnable pages enable Run.
    window.setCurrentExperiment(8);
    QVERIFY(!window.currentPage()->canRun());
    window.setCurrentExperiment(0);
    QVERIFY(window.currentPage()->canRun());
}

void TestMainWindow::remembersLastExperiment()
{
    QSettings store(iniPath("last.ini"), QSettings::IniFormat);
    {
        Settings settings(&store);
        MainWindow window(&settings);
        window.setCurrentExperiment(3);
        window.close();
    }
    Settings settings(&store);
    QCOMPARE(settings.lastExperiment(), 3);
    MainWindow window(&settings);
    QCOMPARE(window.currentExperiment(), 3);
}

void TestMainWindow::languageSwitchRetranslates()
{
    QSettings store(iniPath("language.ini"), QSettings::IniFormat);
    Settings settings(&store);
    settings.setLanguage(QStringLiteral("en"));
    MainWindow window(&settings);
    window.show();
    const QString english = window.experimentList()->item(0)->text();
    settings.setLanguage(QStringLiteral("pt_BR"));
    QCOMPARE(window.languages()->current(), QStringLiteral("pt_BR"));
    QTRY_VERIFY(window.experimentList()->item(0)->text() != english);
    settings.setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(window.experimentList()->item(0)->text() != english);
    settings.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.experimentList()->item(0)->text(), english);
}

void TestMainWindow::datesFollowTheUiLanguage()
{
    // The sweep history, legends and recordings show dates through
    // SweepText::date and QLocale(): they follow the UI's language, not the
    // system's ("3 Dec 2026" in a Portuguese window).
    LanguageSwitcher languages;
    const QDateTime when(QDate(2026, 12, 3), QTime(14, 5), Qt::UTC);
    const auto shortDate = [&](QLocale::Language l, QLocale::Territory t) {
        return QLocale(l, t).toString(when.toLocalTime(), QLocale::ShortFormat);
    };
    QVERIFY(languages.setLanguage(QStringLiteral("pt_BR")));
    const QString pt = SweepText::date(when);
    QCOMPARE(pt, shortDate(QLocale::Portuguese, QLocale::Brazil));
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    const QString zh = SweepText::date(when);
    QCOMPARE(zh, shortDate(QLocale::Chinese, QLocale::China));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    const QString en = SweepText::date(when);
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY(pt != en && zh != en && pt != zh);
}

void TestMainWindow::qtsOwnButtonsFollowTheUiLanguage()
{
    // Qt's own strings (dialog buttons, message boxes) come from
    // qt6-translations-l10n: in a Chinese window "OK" is 确定, and back in
    // English it is "OK" again, on a box made before the switch as well.
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFileInfo::exists(qm))
        QSKIP(qPrintable(qm + QStringLiteral(" is missing: install qt6-translations-l10n (scripts/install-deps.sh)")));
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QDialogButtonBox before(QDialogButtonBox::Ok);
    QCOMPARE(before.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    QDialogButtonBox made(QDialogButtonBox::Ok);
    QCOMPARE(made.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    QTRY_COMPARE(before.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(made.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    QDialogButtonBox after(QDialogButtonBox::Ok);
    QCOMPARE(after.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
}

void TestMainWindow::zoomChangesFontSize()
{
    QSettings store(iniPath("zoom.ini"), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const qreal before = window.experimentList()->font().pointSizeF();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QTRY_VERIFY(window.experimentList()->font().pointSizeF() > before);
    QVERIFY(settings.zoom() > 1.0);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(window.experimentList()->font().pointSizeF(), before);
    QCOMPARE(settings.zoom(), 1.0);
}

void TestMainWindow::presentationModeEnlargesText()
{
    QSettings store(iniPath("present.ini"), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(&settings);
    window.show();
    const qreal before = QApplication::font().pointSizeF();
    window.setPresentationMode(true);
    QVERIFY(window.isPresenting());
    QVERIFY(QApplication::font().pointSizeF() > before);
    window.setPresentationMode(false);
    QCOMPARE(QApplication::font().pointSizeF(), before);
}

void TestMainWindow::closingStopsRunsAndReapsWorkers()
{
    QSettings store(iniPath("close.ini"), QSettings::IniFormat);
    Settings settings(&store);
    auto *window = new MainWindow(&settings);
    window->show();
    window->setCurrentExperiment(0);
    auto *page = qobject_cast<SpinnerPage *>(window->currentPage());
    QVERIFY(page);
    page->setCurrentVariant(1); // S2: the spinner in a child process
    page->setSleepSeconds(10.0);
    QElapsedTimer runClock;
    runClock.start();
    page->run();
    // The child is up once it draws.
    QTRY_VERIFY_WITH_TIMEOUT(page->framesDrawn() > 0, 20'000);
    QVERIFY(!testing::childrenOf().isEmpty());
    const qint64 upMs = runClock.elapsed();
    QElapsedTimer clock;
    clock.start();
    window->close();
    // close() waited for the run (bounded), so the child is reaped already.
    // The bound is wide for a loaded box under a sanitizer; while the 10 s
    // sleep had room left, close() must also have come back before the sleep
    // could have ended by itself, or it did not stop the run, only outwaited it.
    const qint64 closeMs = clock.elapsed();
    const QString seen = QStringLiteral("close() took %1 ms, %2 ms after run()").arg(closeMs).arg(upMs);
    QVERIFY2(closeMs < 15'000, qPrintable(seen));
    if (upMs <= 4000)
        QVERIFY2(closeMs < 10'000 - upMs, qPrintable(seen));
    QVERIFY(testing::childrenOf().isEmpty());
    delete window;
    QTRY_COMPARE(BackgroundRun::activeCount(), 0);
}

void TestMainWindow::keysPredictRightAfterTypingInAField()
{
    ActiveWindow lab(iniPath("keys.ini"));
    QVERIFY(lab.show());
    MainWindow &window = lab.window;
    Settings &settings = lab.settings;
    window.setCurrentExperiment(2); // the GIL quiz
    auto *page = qobject_cast<SpinnerPage *>(window.currentPage());
    QVERIFY(page);
    auto *interval = window.findChild<RunToolBar *>()->intervalBox();
    interval->setFocus();
    QTRY_VERIFY(interval->hasFocus());
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("300"));
    QTest::keyClick(interval, Qt::Key_Return);
    // The field took 300 and gave the keyboard back: 2 is a guess now.
    QTRY_VERIFY(!interval->hasFocus());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_2);
    QCOMPARE(interval->value(), 300);
    QCOMPARE(settings.runSettings().gil.switchInterval, std::chrono::milliseconds(300));
    QCOMPARE(page->prediction()->guess(), std::optional(SpinnerOutcome::Stutters));
}

void TestMainWindow::oneRunAtATime()
{
    ActiveWindow lab(iniPath("gate.ini"));
    QVERIFY(lab.show());
    MainWindow &window = lab.window;
    window.setCurrentExperiment(0);
    auto *first = qobject_cast<SpinnerPage *>(window.currentPage());
    first->setCurrentVariant(0);
    first->setSleepSeconds(10.0);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(first->isRunning());
    QVERIFY2(window.experimentList()->item(0)->text().contains(QStringLiteral("running")),
             qPrintable(window.experimentList()->item(0)->text()));

    // F5 on another page starts nothing and says why, in words.
    window.setCurrentExperiment(4); // sequential primes
    ExperimentPage *second = window.currentPage();
    QVERIFY(!second->canRun());
    QVERIFY(second->isRunBlocked());
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!second->isRunning());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY2(window.statusBar()->currentMessage().contains(first->title()),
             qPrintable(window.statusBar()->currentMessage()));

    // Back on the busy page, Shift+F5 stops it, and every page may run again.
    window.setCurrentExperiment(0);
    QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!first->isRunning(), 10'000);
    QVERIFY(second->canRun());
    QVERIFY(!window.experimentList()->item(0)->text().contains(QStringLiteral("running")));
}

void TestMainWindow::escapeLeavesPresentationButNotTheRun()
{
    ActiveWindow lab(iniPath("esc.ini"));
    QVERIFY(lab.show());
    MainWindow &window = lab.window;
    window.setCurrentExperiment(0);
    auto *page = qobject_cast<SpinnerPage *>(window.currentPage());
    page->setCurrentVariant(0);
    page->setSleepSeconds(10.0);
    page->run();
    window.setPresentationMode(true);
    QVERIFY(window.isPresenting());
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresenting());
    QVERIFY(page->isRunning()); // the room is still watching it
    page->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 10'000);
    // The way out is on the View menu, with its key.
    bool listed = false;
    for (QAction *a : window.findChildren<QAction *>())
        listed = listed
            || (a->shortcut() == QKeySequence(Qt::Key_Escape) && a->text().contains(QStringLiteral("presentation")));
    QVERIFY(listed);
}

void TestMainWindow::firstStartAndSavedGeometryFitTheScreen()
{
    const QRect available(0, 0, 1024, 768);
    bool maximise = false;
    QCOMPARE(WindowPlacement::firstStart(available, &maximise), available);
    QVERIFY(maximise);
    const QRect big(0, 0, 1920, 1080);
    const QRect first = WindowPlacement::firstStart(big, &maximise);
    QVERIFY(!maximise);
    QCOMPARE(first.size(), WindowPlacement::kPreferred);
    QVERIFY(big.contains(first));
    // Saved at 1920x1080 near the right edge, opened at 1280x720.
    const QRect small(0, 0, 1280, 720);
    const QRect kept = WindowPlacement::keptInside(QRect(900, 300, 1000, 700), small);
    QVERIFY2(small.contains(kept),
             qPrintable(
                 QStringLiteral("%1,%2 %3x%4").arg(kept.x()).arg(kept.y()).arg(kept.width()).arg(kept.height())));
    QCOMPARE(kept.size(), QSize(1000, 700));
    QCOMPARE(WindowPlacement::keptInside(QRect(-50, -50, 3000, 2000), small), small);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
