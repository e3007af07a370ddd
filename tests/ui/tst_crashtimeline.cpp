// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Worker crashes on screen: a red marker on the worker's lane of the timeline
// at the crash time, with the story in its tooltip, and a banner saying no
// result was lost.
#include "../common/proctools.h"
#include "core/process/workerlocator.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primesoutcome.h"
#include "ui/pages/primespage.h"
#include "ui/settings/runsettings.h"
#include "ui/widgets/numbersinput.h"
#include "ui/widgets/timelineview.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace conlab;

namespace {

WorkerCrash sampleCrash()
{
    WorkerCrash c;
    c.worker = 2;
    c.pid = 4321;
    c.signal = 9;
    c.n = 97;
    c.attempt = 1;
    c.tNs = 500'000'000; // half-way through a 1 s run
    c.message = QStringLiteral("worker 2 (pid 4321) was killed by signal 9 (Killed) while checking 97");
    return c;
}

// Okabe-Ito's red at or beside `at` (the marker is antialiased).
bool crashRedNear(const QImage &image, QPoint at)
{
    for (int dx = -2; dx <= 2; ++dx) {
        if (image.pixelColor(at + QPoint(dx, 0)) == QColor(0xD5, 0x5E, 0x00))
            return true;
    }
    return false;
}

class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

class TestCrashTimeline : public QObject
{
    Q_OBJECT
private slots:
    void markerAndToolTip()
    {
        ResultsTableModel model;
        TimelineView view;
        view.setModel(&model);
        view.setLanes({{1, QStringLiteral("Process-1")}, {2, QStringLiteral("Process-2")}});
        view.setMinimumSpanNs(1'000'000'000);
        view.resize(800, 400);
        const QImage before = view.grab().toImage();
        view.setCrashes({sampleCrash()});
        const QImage after = view.grab().toImage();

        // The marker sits half-way along lane 2 (the lower half of the chart).
        const QPointF at = view.crashMarkerPos(0);
        QVERIFY(!at.isNull());
        QVERIFY(at.y() > view.height() / 2.0);
        QVERIFY(at.x() > view.width() * 0.3 && at.x() < view.width() * 0.8);
        // Drawn in Okabe-Ito's red (antialiased: one of the columns around
        // the line is fully covered), and absent before.
        const QPoint px = at.toPoint();
        bool red = false;
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p = px + QPoint(dx, 0);
            red = red
                || (after.pixelColor(p) == QColor(0xD5, 0x5E, 0x00) && before.pixelColor(p) != after.pixelColor(p));
        }
        QVERIFY(red);

        const QString tip = view.crashToolTipAt(px + QPoint(2, 0));
        QVERIFY2(tip.contains(u"Worker 2 (pid 4321) crashed at 0.500 s"), qPrintable(tip));
        QVERIFY2(tip.contains(u"killed by signal 9"), qPrintable(tip));
        QVERIFY2(tip.contains(u"97 goes to a fresh worker (try 2 of 3)"), qPrintable(tip));
        // Not on lane 1 at the same time, nor far from the marker.
        QVERIFY(view.crashToolTipAt(QPoint(px.x(), int(view.height() * 0.3))).isEmpty());
        QVERIFY(view.crashToolTipAt(px + QPoint(60, 0)).isEmpty());

        view.clear();
        QVERIFY(view.crashes().empty());
    }

    void markerFollowsTheLayoutBeforeAPaint()
    {
        // A tooltip can be asked for between a change and the next paint:
        // the markers' hit test must already agree with what that paint will
        // draw, so the layout follows a resize or new data at once.
        QWidget window;
        window.resize(1400, 600);
        ResultsTableModel model;
        auto *view = new TimelineView(&window);
        view->setModel(&model);
        view->setLanes({{1, QStringLiteral("Process-1")}, {2, QStringLiteral("Process-2")}});
        view->setMinimumSpanNs(1'000'000'000);
        view->setCrashes({sampleCrash()});
        view->setGeometry(0, 0, 800, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QPointF start = view->crashMarkerPos(0);
        QVERIFY(!start.isNull());

        PaintCounter counter(view);
        // A visible child gets its resize event at once, its paint later.
        view->resize(1200, 400);
        const QPointF wider = view->crashMarkerPos(0);
        // Still half-way along the chart, which is 400 px wider.
        QCOMPARE(wider.x(), start.x() + 200);
        QCOMPARE(wider.y(), start.y());
        // A longer queue-depth label on the right leaves the chart less width.
        view->setTotalNumbers(1'000'000'000'000);
        const QPointF narrower = view->crashMarkerPos(0);
        QVERIFY(narrower.x() < wider.x());
        // With a third lane, worker 2's lane is the middle one, no longer the lower half.
        view->setLanes(
            {{1, QStringLiteral("Process-1")}, {2, QStringLiteral("Process-2")}, {3, QStringLiteral("Process-3")}});
        const QPointF moved = view->crashMarkerPos(0);
        QVERIFY(moved.y() < narrower.y());
        QCOMPARE(counter.paints, 0);

        // And the paint draws the marker where the hit test says.
        QVERIFY(crashRedNear(view->grab().toImage(), moved.toPoint()));
        QVERIFY(!view->crashToolTipAt(moved.toPoint()).isEmpty());
    }

    void pageShowsARecoveredCrash()
    {
        // The first worker started reads its hello and dies by SIGKILL; the
        // rest are the real worker.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("dies-once"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        const QByteArray real = WorkerLocator::workerPath().toLocal8Bit();
        const QByteArray mark = dir.filePath(QStringLiteral("died")).toLocal8Bit();
        script.write(QByteArray("#!/bin/sh\nif mkdir '") + mark + "' 2>/dev/null; then\n  head -c 20 > /dev/null\n"
                     + "  kill -9 $$\nfi\nexec '" + real + "'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QByteArray realWorker = qgetenv("CONLAB_WORKER");
        qputenv("CONLAB_WORKER", fake.toLocal8Bit());

        PrimesPage page(PrimesPage::Variant::ProcessPool);
        RunSettings settings;
        settings.pace = Pace::native();
        settings.workers = 2;
        page.applySettings(settings);
        page.setModel(PrimesModel::Processes);
        page.numbersInput()->setText(QStringLiteral("2 3 5 7 11 13 97 1000003"));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        qputenv("CONLAB_WORKER", realWorker);

        QCOMPARE(page.resultsModel()->rowCount(), 8);
        auto *timeline = page.liveView()->findChild<TimelineView *>();
        QVERIFY(timeline);
        QCOMPARE(timeline->crashes().size(), std::size_t(1));
        QCOMPARE(timeline->crashes().front().signal, 9);
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(u"crashed and were replaced"), qPrintable(banner));
        QVERIFY2(banner.contains(u"no result was lost"), qPrintable(banner));
        QVERIFY(testing::childrenOf().isEmpty());
    }
};

QTEST_MAIN(TestCrashTimeline)
#include "tst_crashtimeline.moc"
