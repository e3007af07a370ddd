// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// What a screen reader hears from the custom-painted widgets: each one is
// driven into the states a lesson goes through, and its accessible name
// and description, read as an assistive technology reads them (through
// QAccessible's interface), must say that state and follow it.
#include "ui/models/resultstablemodel.h"
#include "ui/widgets/bookmedianschart.h"
#include "ui/widgets/framegapchart.h"
#include "ui/widgets/giltimeline.h"
#include "ui/widgets/loopview.h"
#include "ui/widgets/predictionbox.h"
#include "ui/widgets/spinnerglyph.h"
#include "ui/widgets/spinnerliveview.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/verdictbanner.h"

#include <QAccessible>
#include <QRadioButton>
#include <QSet>
#include <QTest>

using namespace conlab;

namespace {

QString said(QWidget *widget, QAccessible::Text what)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(what) : QStringLiteral("<no accessible interface>");
}

QString nameOf(QWidget *widget)
{
    return said(widget, QAccessible::Name);
}

QString descriptionOf(QWidget *widget)
{
    return said(widget, QAccessible::Description);
}

std::vector<SpinnerLiveEvent> frames(int from, int count)
{
    std::vector<SpinnerLiveEvent> events;
    for (int i = from; i < from + count; ++i) {
        SpinnerLiveEvent e;
        e.kind = SpinnerLiveEvent::Kind::Frame;
        e.frame = {i, (i + 1) * 100'000'000LL, "|/-\\"[i % 4]};
        events.push_back(e);
    }
    return events;
}

aio::LoopEvent loopEvent(aio::LoopEvent::Kind kind, std::uint64_t task, const char *coro, std::int64_t startNs,
                         std::int64_t endNs)
{
    aio::LoopEvent e;
    e.kind = kind;
    e.taskId = task;
    e.taskName = "Task-" + std::to_string(task);
    e.coroName = coro;
    e.startNs = startNs;
    e.endNs = endNs;
    return e;
}

} // namespace

// No translator is installed here: counts read in the source's "%n
// frame(s)" form, the words a screen reader gets before any translation.
class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void spinnerGlyphSaysWhatTheRunDrew();
    void spinnerGlyphNeverAppeared();
    void spinnerGlyphIsToldAtMostOnceABurst();
    void verdictBannerSaysItsText();
    void predictionBoxSaysQuestionGuessAndWhetherItWasRight();
    void timelineSaysWorkersJobsAndTheBusiest();
    void gilTimelineSaysWhoHeldIt();
    void loopViewSaysEachTask();
    void chartsSayWhatTheyPlot();
};

void TestAccessibility::spinnerGlyphSaysWhatTheRunDrew()
{
    SpinnerLiveView view;
    SpinnerGlyph *glyph = view.glyph();
    QCOMPARE(nameOf(glyph), QStringLiteral("Spinner"));
    QCOMPARE(descriptionOf(glyph), QStringLiteral("no run yet"));
    view.startRun(QStringLiteral("thinking!"));
    QCOMPARE(descriptionOf(glyph), QStringLiteral("nothing drawn yet"));
    view.addEvents(frames(0, 23));
    // Told within the second, as the count grows at 10 Hz.
    QTRY_COMPARE(descriptionOf(glyph), QStringLiteral("23 frame(s) drawn, still spinning"));
    view.addEvents(frames(23, 1));
    QTRY_COMPARE(descriptionOf(glyph), QStringLiteral("24 frame(s) drawn, still spinning"));
    SpinnerReport report;
    report.answer = 42;
    report.elapsed = 2.5;
    view.finishRun(report);
    // The end is told at once.
    QCOMPARE(descriptionOf(glyph), QStringLiteral("24 frame(s) drawn, then stopped"));
    view.clear();
    QCOMPARE(descriptionOf(glyph), QStringLiteral("no run yet"));
}

void TestAccessibility::spinnerGlyphNeverAppeared()
{
    // S4: the loop is blocked, no frame ever comes; what the room sees as a
    // blank, a screen reader says.
    SpinnerLiveView view;
    view.startRun(QStringLiteral("thinking!"));
    SpinnerReport report;
    report.answer = 42;
    report.elapsed = 3.0;
    report.maxGapNs = 3'000'000'000;
    view.finishRun(report);
    QCOMPARE(descriptionOf(view.glyph()), QStringLiteral("never appeared"));
    QCOMPARE(nameOf(view.glyph()), QStringLiteral("Spinner"));
}

void TestAccessibility::spinnerGlyphIsToldAtMostOnceABurst()
{
    // Frames at 10 Hz must not become ten sentences a second: within one
    // burst (no event loop turn, so no time for the throttle to open) the
    // description changes at most once, and the last count still gets
    // through afterwards.
    SpinnerLiveView view;
    view.startRun(QStringLiteral("thinking!"));
    QSet<QString> heard{descriptionOf(view.glyph())};
    for (int i = 0; i < 50; ++i) {
        view.addEvents(frames(i, 1));
        heard.insert(descriptionOf(view.glyph()));
    }
    QVERIFY2(heard.size() <= 2, qPrintable(QStringList(heard.values()).join(u'|')));
    QTRY_COMPARE(descriptionOf(view.glyph()), QStringLiteral("50 frame(s) drawn, still spinning"));
}

void TestAccessibility::verdictBannerSaysItsText()
{
    VerdictBanner banner;
    QCOMPARE(nameOf(&banner), QStringLiteral("Verdict"));
    QVERIFY(descriptionOf(&banner).isEmpty());
    SpinnerConfig config;
    config.model = SpinnerModel::Coroutine;
    config.slow = SlowKind::BlockingSleep;
    SpinnerReport report;
    report.answer = 42;
    report.slowSeconds = 3.0;
    report.maxGapNs = 3'000'000'000;
    banner.reveal(config, report, SpinnerOutcome::KeepsSpinning);
    QVERIFY(banner.verdict() && banner.verdict()->outcome == SpinnerOutcome::NeverAppears);
    QCOMPARE(nameOf(&banner), QStringLiteral("Verdict: Never appeared"));
    const QString description = descriptionOf(&banner);
    QCOMPARE(description, banner.plainText());
    QVERIFY2(description.contains(QStringLiteral("✗ wrong: you guessed “Keeps spinning”")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("spin never got a turn")), qPrintable(description));
    banner.clear();
    QCOMPARE(nameOf(&banner), QStringLiteral("Verdict"));
    QVERIFY(descriptionOf(&banner).isEmpty());
}

void TestAccessibility::predictionBoxSaysQuestionGuessAndWhetherItWasRight()
{
    PredictionBox box;
    QCOMPARE(nameOf(&box), QStringLiteral("Predict: what will the spinner do?"));
    QCOMPARE(descriptionOf(&box), QStringLiteral("no guess"));
    // Picked with the mouse, as the room does.
    const QList<QRadioButton *> options = box.findChildren<QRadioButton *>();
    QCOMPARE(options.size(), 3);
    options[1]->click();
    QCOMPARE(descriptionOf(&box), QStringLiteral("guess: Stutters"));
    box.setMeasured(SpinnerOutcome::Stutters);
    QCOMPARE(descriptionOf(&box), QStringLiteral("guess: Stutters; right; the run showed: Stutters"));
    box.setGuess(SpinnerOutcome::KeepsSpinning);
    QCOMPARE(descriptionOf(&box), QStringLiteral("guess: Keeps spinning; wrong; the run showed: Stutters"));
    box.setGuess(std::nullopt);
    QCOMPARE(descriptionOf(&box), QStringLiteral("no guess; the run showed: Stutters"));
    box.setMeasured(std::nullopt); // a new run
    QCOMPARE(descriptionOf(&box), QStringLiteral("no guess"));
}

void TestAccessibility::timelineSaysWorkersJobsAndTheBusiest()
{
    ResultsTableModel model;
    TimelineView view;
    view.setModel(&model);
    std::vector<TimelineView::Lane> lanes;
    for (int w = 1; w <= 4; ++w)
        lanes.push_back({w, QStringLiteral("Process-%1").arg(w)});
    view.setLanes(std::move(lanes));
    view.setTotalNumbers(20);
    QVERIFY(!nameOf(&view).isEmpty());
    QCOMPARE(descriptionOf(&view), QStringLiteral("4 worker(s), 0 of 20 job(s) done"));
    // 20 jobs: worker 3 gets the one big number (0.9 s), the others 0.1 s each.
    std::vector<PrimeResult> batch;
    for (int i = 0; i < 20; ++i) {
        PrimeResult r;
        r.n = static_cast<std::uint64_t>(100 + i);
        r.worker = i % 4 + 1;
        r.startNs = i * 10'000'000LL;
        r.endNs = r.startNs + (i == 2 ? 900'000'000LL : 100'000'000LL);
        batch.push_back(r);
    }
    model.append(std::move(batch));
    QTRY_COMPARE(descriptionOf(&view),
                 QStringLiteral("4 worker(s), 20 of 20 job(s) done, busiest worker Process-3: 5 job(s), 1.30 s"));
    view.setCrashes({WorkerCrash{}});
    QVERIFY2(descriptionOf(&view).endsWith(QStringLiteral(", 1 worker crash(es)")), qPrintable(descriptionOf(&view)));
    model.clear();
    view.clear();
    QCOMPARE(descriptionOf(&view), QStringLiteral("4 worker(s), 0 of 20 job(s) done"));
}

void TestAccessibility::gilTimelineSaysWhoHeldIt()
{
    GilTimeline gil;
    QCOMPARE(nameOf(&gil), QStringLiteral("Who holds the GIL"));
    QCOMPARE(descriptionOf(&gil), QStringLiteral("no hold yet"));
    gil.setThreadName(0, QStringLiteral("MainThread"));
    gil.setThreadName(1, QStringLiteral("Thread-1 (spin)"));
    // The supervisor holds the GIL for 3 s of a 4 s run; the spinner twice, briefly.
    gil.addHolds({{0, 0, 3'000'000'000}, {1, 3'000'000'000, 3'100'000'000}, {1, 3'500'000'000, 3'600'000'000}});
    gil.setSpanNs(4'000'000'000);
    QCOMPARE(descriptionOf(&gil),
             QStringLiteral("MainThread: 1 hold(s), 3.00 s held (75%); "
                            "Thread-1 (spin): 2 hold(s), 0.20 s held (5%); over 4.00 s"));
    gil.clear();
    QCOMPARE(descriptionOf(&gil), QStringLiteral("no hold yet"));
}

void TestAccessibility::loopViewSaysEachTask()
{
    using Kind = aio::LoopEvent::Kind;
    LoopView loop;
    QVERIFY(!nameOf(&loop).isEmpty());
    loop.clear();
    QCOMPARE(descriptionOf(&loop), QStringLiteral("no task yet; ready queue at most 0"));
    loop.addEvents({loopEvent(Kind::TaskCreated, 1, "supervisor", 0, 0), loopEvent(Kind::TaskCreated, 2, "spin", 0, 0),
                    loopEvent(Kind::TaskStep, 1, "supervisor", 0, 3'000'000'000),
                    loopEvent(Kind::CancelRequested, 2, "spin", 3'000'000'000, 3'000'000'000)});
    loop.finish(3'100'000'000);
    const QString description = descriptionOf(&loop);
    QVERIFY2(description.startsWith(QStringLiteral("Task-1 supervisor: 1 step(s), longest 3000 ms; "
                                                   "Task-2 spin: no step, cancel() called")),
             qPrintable(description));
}

void TestAccessibility::chartsSayWhatTheyPlot()
{
    FrameGapChart chart;
    QVERIFY(!nameOf(&chart).isEmpty());
    QCOMPARE(descriptionOf(&chart), QStringLiteral("no frame yet"));
    chart.addGap(0, 100);
    chart.addGap(1, 420);
    chart.addGap(2, 100);
    QTRY_COMPARE(descriptionOf(&chart), QStringLiteral("3 frame(s), longest gap 420 ms"));
    chart.addFinalGap(3, 3000);
    QCOMPARE(descriptionOf(&chart),
             QStringLiteral("3 frame(s), longest gap 3000 ms, no frame until the spinner stopped"));
    chart.clear();
    QCOMPARE(descriptionOf(&chart), QStringLiteral("no frame yet"));

    BookMediansChart book;
    QCOMPARE(nameOf(&book), QStringLiteral("The book's medians, procs.py on 6 cores"));
    QVERIFY2(descriptionOf(&book).contains(QStringLiteral("with 6 processes")), qPrintable(descriptionOf(&book)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
