// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The window on a projector's screen, under a real window manager
// (with-window-manager.sh runs this at 1024x768 and 1280x720): every page
// fits, and maximise, presentation mode and zoom keep the window on the
// screen. The offscreen platform cannot tell: it has no window manager.
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/pages/experimentpage.h"
#include "ui/settings/settings.h"
#include "ui/shell/zoom.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace conlab;

namespace {
// The window manager answers asynchronously, and on a loaded CI box under a
// sanitizer it can take many seconds; a wide bound costs nothing when it is quick.
constexpr int kWmWaitMs = 30000;

QString describe(const QRect &r)
{
    return QStringLiteral("%1x%2 at %3,%4").arg(r.width()).arg(r.height()).arg(r.x()).arg(r.y());
}
} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartIsInsideTheScreen();
    void everyPageFitsTheScreen();
    void maximisedStaysOnTheScreen();
    void presentationModeIsFullScreenAtEveryZoom();
    void cleanupTestCase() { BackgroundRun::stopAllAndWait(5000); }

private:
    std::unique_ptr<MainWindow> freshWindow(const char *name);
    QRect screenRect() const { return QGuiApplication::primaryScreen()->geometry(); }
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    QTemporaryDir dir_;
    std::vector<std::unique_ptr<QSettings>> stores_;
    std::vector<std::unique_ptr<Settings>> settings_;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    QVERIFY2(QGuiApplication::platformName() == u"xcb",
             "run under tests/ui/with-window-manager.sh: offscreen has no window manager");
    qInfo("screen %s, available %s", qPrintable(describe(screenRect())), qPrintable(describe(available())));
}

std::unique_ptr<MainWindow> TestScreenFit::freshWindow(const char *name)
{
    stores_.push_back(std::make_unique<QSettings>(dir_.filePath(QLatin1StringView(name)), QSettings::IniFormat));
    settings_.push_back(std::make_unique<Settings>(stores_.back().get()));
    settings_.back()->setLanguage(QStringLiteral("en"));
    return std::make_unique<MainWindow>(settings_.back().get());
}

void TestScreenFit::firstStartIsInsideTheScreen()
{
    auto window = freshWindow("first.ini");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), kWmWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(screenRect().contains(window->frameGeometry()), kWmWaitMs);
    // The bound, and what a 1024x768 projector leaves after panels.
    QVERIFY2(window->minimumSizeHint().width() <= 1000 && window->minimumSizeHint().height() <= 700,
             qPrintable(describe(QRect({}, window->minimumSizeHint()))));
}

void TestScreenFit::everyPageFitsTheScreen()
{
    auto window = freshWindow("pages.ini");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), kWmWaitMs));
    const QSize room = available().size();
    for (int i = 0; i < window->experimentCount(); ++i) {
        window->setCurrentExperiment(i);
        ExperimentPage *page = window->page(i);
        const QSize pageMin = page->minimumSizeHint().expandedTo(page->minimumSize());
        QVERIFY2(pageMin.width() <= room.width() && pageMin.height() <= room.height(),
                 qPrintable(QStringLiteral("page %1 (%2) needs %3")
                                .arg(i + 1)
                                .arg(page->title(), describe(QRect({}, pageMin)))));
        const QSize windowMin = window->minimumSizeHint().expandedTo(window->minimumSize());
        qInfo("page %d: page minimum %s, window minimum %s", i + 1, qPrintable(describe(QRect({}, pageMin))),
              qPrintable(describe(QRect({}, windowMin))));
        QVERIFY2(windowMin.width() <= room.width() && windowMin.height() <= room.height(),
                 qPrintable(
                     QStringLiteral("on page %1 the window needs %2").arg(i + 1).arg(describe(QRect({}, windowMin)))));
    }
}

void TestScreenFit::maximisedStaysOnTheScreen()
{
    auto window = freshWindow("max.ini");
    window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), kWmWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(window->isMaximized(), kWmWaitMs);
    for (int i = 0; i < window->experimentCount(); ++i) {
        window->setCurrentExperiment(i);
        QApplication::processEvents();
        QTRY_VERIFY2_WITH_TIMEOUT(screenRect().contains(window->frameGeometry()),
                                  qPrintable(
                                      QStringLiteral("page %1: %2").arg(i + 1).arg(describe(window->frameGeometry()))),
                                  kWmWaitMs);
    }
}

void TestScreenFit::presentationModeIsFullScreenAtEveryZoom()
{
    auto window = freshWindow("present.ini");
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get(), kWmWaitMs));
    for (int i : {0, 4, 7}) { // a spinner page, a primes page, the sweep
        window->setCurrentExperiment(i);
        window->setPresentationMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(window->isFullScreen(), kWmWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(window->frameGeometry(), screenRect(), kWmWaitMs);
        for (int step = 1; step <= 6; ++step) {
            window->zoom()->zoomIn();
            QApplication::processEvents();
            QTest::qWait(100);
            QTRY_VERIFY2_WITH_TIMEOUT(window->frameGeometry() == screenRect() && window->isFullScreen(),
                                      qPrintable(QStringLiteral("page %1, zoom step %2: %3")
                                                     .arg(i + 1)
                                                     .arg(step)
                                                     .arg(describe(window->frameGeometry()))),
                                      kWmWaitMs);
        }
        window->zoom()->reset();
        window->setPresentationMode(false);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isFullScreen(), kWmWaitMs);
        // The widget's own state changes at once; the platform window's only
        // when the window manager has really left full screen. The next page's
        // showFullScreen() must not race that answer.
        QTRY_VERIFY2_WITH_TIMEOUT(!window->windowHandle()->windowStates().testFlag(Qt::WindowFullScreen),
                                  qPrintable(QStringLiteral("page %1: still full screen, %2")
                                                 .arg(i + 1)
                                                 .arg(describe(window->frameGeometry()))),
                                  kWmWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(screenRect().contains(window->frameGeometry()),
                                  qPrintable(describe(window->frameGeometry())), kWmWaitMs);
    }
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
