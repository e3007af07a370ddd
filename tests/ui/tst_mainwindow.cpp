// The lab window as a lecturer meets it: nine experiments in the chapter's
// order, a language switch that needs no restart, zoom that reaches text.
#include "mainwindow.h"
#include "engine/backgroundrun.h"
#include "pages/experimentpage.h"
#include "pages/spinnerpage.h"
#include "../common/proctools.h"
#include "settings/settings.h"
#include "shell/languageswitcher.h"
#include "shell/zoom.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsNineExperimentsInOrder();
    void remembersLastExperiment();
    void languageSwitchRetranslates();
    void zoomChangesFontSize();
    void presentationModeEnlargesText();
    void closingStopsRunsAndReapsWorkers();
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

void TestMainWindow::listsNineExperimentsInOrder()
{
    QSettings store(iniPath("order.ini"), QSettings::IniFormat);
    Settings settings(&store);
    settings.setLanguage(QStringLiteral("en"));
    MainWindow window(&settings);
    window.show();
    QCOMPARE(window.experimentCount(), 9);
    QCOMPARE(window.experimentList()->count(), 9);
    // Each entry starts with its number in the chapter's order, and the
    // headline words of the experiment.
    const char *expected[] = {"Spinner", "blocking", "GIL", "napping", "equential",
                              "rocess", "hread", "weep", "compared"};
    for (int i = 0; i < 9; ++i) {
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
    page->run();
    // The child is up once it draws.
    QTRY_VERIFY_WITH_TIMEOUT(page->framesDrawn() > 0, 20'000);
    QVERIFY(!testing::childrenOf().isEmpty());
    QElapsedTimer clock;
    clock.start();
    window->close();
    // close() waited for the run (bounded), so the child is reaped already.
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(testing::childrenOf().isEmpty());
    delete window;
    QTRY_COMPARE(BackgroundRun::activeCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
