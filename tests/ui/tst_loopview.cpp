// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The event loop on screen, checked through what the view will draw (its
// model) after real runs on the pages, as a lecturer starts them: S4's one
// long step of supervisor with spin stuck in the ready queue, S3's spin
// stepping freely, and the cancel() mark.
#include "ui/pages/primespage.h"
#include "ui/pages/spinnerpage.h"
#include "ui/widgets/loopview.h"
#include "ui/widgets/loopviewaxis.h"
#include "ui/widgets/numbersinput.h"
#include "ui/widgets/spinnerliveview.h"

#include <QFontMetrics>
#include <QSignalSpy>
#include <QTest>

using namespace conlab;

namespace {

constexpr int kRunTimeoutMs = 30'000;
constexpr double kSleepSeconds = 0.6;
constexpr std::int64_t kSleepNs = 600'000'000;

// Runs `variant` of the page to its end at native pace.
bool runVariant(SpinnerPage &page, int variant)
{
    RunSettings settings;
    settings.pace = Pace::native();
    page.applySettings(settings);
    page.setCurrentVariant(variant);
    page.setSleepSeconds(kSleepSeconds);
    QSignalSpy finished(&page, &SpinnerPage::runFinished);
    page.run();
    return finished.wait(kRunTimeoutMs) || finished.size() == 1;
}

const LoopViewModel &loopOf(const SpinnerPage &page)
{
    return page.spinnerView()->loopView()->model();
}

QByteArray describe(const LoopViewModel &m)
{
    QString s;
    for (const LoopViewModel::Lane &l : m.lanes()) {
        s += QStringLiteral("%1 %2: %3 steps, longest %4 ms, %5 cancel marks; ")
                 .arg(QString::fromStdString(l.taskName), QString::fromStdString(l.coroName))
                 .arg(l.steps.size())
                 .arg(static_cast<double>(l.longestStepNs) / 1e6)
                 .arg(l.cancels.size());
    }
    return (s + QStringLiteral("max queue %1").arg(m.maxQueued())).toUtf8();
}

} // namespace

class TestLoopView : public QObject
{
    Q_OBJECT

private slots:
    void s4SupervisorBlocksWhileSpinWaits()
    {
        SpinnerPage page(SpinnerPageSpec::blockingCall());
        QVERIFY(runVariant(page, 0)); // S4: time.sleep() inside the coroutine
        QVERIFY(!page.spinnerView()->loopView()->isHidden());
        const LoopViewModel &m = loopOf(page);
        const QByteArray what = describe(m);

        const LoopViewModel::Lane *supervisor = m.laneOf("Task-1");
        const LoopViewModel::Lane *spin = m.laneOf("Task-2");
        QVERIFY2(supervisor && spin, what.constData());
        QCOMPARE(supervisor->coroName, std::string("supervisor"));
        QCOMPARE(spin->coroName, std::string("spin"));
        // One step, as long as the blocking sleep (wide: a loaded box
        // oversleeps, never undersleeps).
        QCOMPARE(supervisor->steps.size(), std::size_t(1));
        const LoopViewModel::Span step = supervisor->steps.front();
        QVERIFY2(step.endNs - step.startNs >= kSleepNs * 95 / 100, what.constData());
        QVERIFY2(step.endNs - step.startNs < kSleepNs * 3, what.constData());
        // spin never gets a step, yet waits in the ready queue all along.
        QVERIFY2(spin->steps.empty(), what.constData());
        const std::int64_t tenth = (step.endNs - step.startNs) / 10;
        QVERIFY2(m.minQueuedDuring(step.startNs + tenth, step.endNs) >= 1, what.constData());
        // ...and the lane says it is spin that waits: one wait, across the step.
        QCOMPARE(spin->waits.size(), std::size_t(1));
        QVERIFY(spin->waits.front().startNs <= step.startNs + tenth);
        QVERIFY(spin->waits.front().endNs >= step.endNs);
        // When the step ends, the cancel comes before spin ever ran (one mark,
        // though asyncio.run cancels the still pending spin once more).
        QCOMPARE(spin->cancels.size(), std::size_t(1));
        QVERIFY(spin->cancels.front() >= step.startNs + tenth * 9);
        QCOMPARE(spin->cancelled.size(), std::size_t(1));
        QCOMPARE(page.framesDrawn(), 0);
    }

    void s3SpinStepsWhileSupervisorSleeps()
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        QVERIFY(runVariant(page, 2)); // S3: await asyncio.sleep()
        const LoopViewModel &m = loopOf(page);
        const QByteArray what = describe(m);
        const LoopViewModel::Lane *supervisor = m.laneOf("Task-1");
        const LoopViewModel::Lane *spin = m.laneOf("Task-2");
        QVERIFY2(supervisor && spin, what.constData());
        // A frame every 0.1 s: about six steps in 0.6 s; short ones. The
        // bounds are wide (half the sleep): a loaded CI box, under a
        // sanitizer, may take the thread away for a while.
        QVERIFY2(spin->steps.size() >= 3, what.constData());
        QVERIFY2(spin->longestStepNs < kSleepNs / 2, what.constData());
        // Woken by its timer, spin waits an iteration at most, never a sleep.
        for (const auto &w : spin->waits)
            QVERIFY2(w.endNs - w.startNs < kSleepNs / 2, what.constData());
        QVERIFY2(supervisor->steps.size() >= 2, what.constData());
        QVERIFY2(supervisor->longestStepNs < kSleepNs / 2, what.constData());
        // Timers: supervisor's one long sleep, and one per frame for spin.
        QVERIFY(!supervisor->timers.empty());
        const auto longest = std::max_element(supervisor->timers.begin(), supervisor->timers.end(),
                                              [](const auto &a, const auto &b) {
                                                  return a.dueNs - a.armedNs < b.dueNs - b.armedNs;
                                              });
        QCOMPARE(longest->dueNs - longest->armedNs, kSleepNs);
        QVERIFY(longest->endNs >= longest->dueNs && !longest->cancelled);
        QVERIFY2(spin->timers.size() >= 3, what.constData());
    }

    void cancelMarkIsOnTheCancelledTask()
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        QVERIFY(runVariant(page, 2));
        const LoopViewModel &m = loopOf(page);
        const LoopViewModel::Lane *supervisor = m.laneOf("Task-1");
        const LoopViewModel::Lane *spin = m.laneOf("Task-2");
        QVERIFY(supervisor && spin);
        // supervisor calls spinner.cancel() after its sleep: the mark is on
        // spin's lane. spin's last timer either fired just before (both were
        // due about then) or was cut short by the cancel; none stays armed.
        QVERIFY(supervisor->cancels.empty());
        QCOMPARE(spin->cancels.size(), std::size_t(1));
        QVERIFY(spin->cancels.front() >= kSleepNs);
        int cut = 0;
        for (const auto &t : spin->timers) {
            QVERIFY(t.endNs >= t.armedNs);
            if (t.cancelled) {
                ++cut;
                // EventLoop::cancelTask() stamps CancelRequested and
                // TimerCancelled with one clock reading. The timer may have
                // fallen due just before that (both were due about then), so
                // its due time says nothing: the cancel is what ended it.
                QCOMPARE(t.endNs, spin->cancels.front());
            }
        }
        QVERIFY(cut <= 1);
        QVERIFY(page.spinnerView()->loopView()->accessibleDescription().contains(QStringLiteral("cancel()")));
    }

    void hiddenForThreads()
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        page.setCurrentVariant(0); // S1: threads
        QVERIFY(page.spinnerView()->loopView()->isHidden());
        page.setCurrentVariant(2);
        QVERIFY(!page.spinnerView()->loopView()->isHidden());
    }

    void primesCoroutinesGetLanes()
    {
        PrimesPage page(PrimesPage::Variant::Sequential);
        RunSettings s;
        s.pace = Pace::native();
        page.applySettings(s);
        page.setModel(PrimesModel::Sequential);
        QVERIFY(page.loopView()->isHidden());
        page.setModel(PrimesModel::Coroutines);
        QVERIFY(!page.loopView()->isHidden());
        page.numbersInput()->setText(QStringLiteral("2 3 5 7 11 13 17 19 23 29 31 37"));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kRunTimeoutMs);
        const LoopViewModel &m = page.loopView()->model();
        // main, then one check task per number, all on one lane, so the
        // view stays short.
        QCOMPARE(m.lanes().size(), std::size_t(2));
        QCOMPARE(m.lanes().front().coroName, std::string("main"));
        const LoopViewModel::Lane &checks = m.lanes().back();
        QCOMPARE(checks.coroName, std::string("check"));
        QCOMPARE(checks.tasks, 12);
        QCOMPARE(checks.steps.size(), std::size_t(12)); // is_prime never awaits: one step each
    }

    void tasksBeyondTheOwnLanesShareALane()
    {
        LoopViewModel m;
        for (std::uint64_t id = 1; id <= 20; ++id) {
            aio::LoopEvent e;
            e.kind = aio::LoopEvent::Kind::TaskCreated;
            e.taskId = id;
            e.taskName = "Task-" + std::to_string(id);
            e.coroName = id == 1 ? "main" : "check";
            m.add(e);
        }
        QCOMPARE(m.lanes().size(), LoopViewModel::kOwnLanes + 1);
        QCOMPARE(m.lanes().back().tasks, 20 - static_cast<int>(LoopViewModel::kOwnLanes));
        QCOMPARE(m.lanes().back().firstTaskId, std::uint64_t(LoopViewModel::kOwnLanes + 1));
        QCOMPARE(m.lanes().back().lastTaskId, std::uint64_t(20));
        QVERIFY(m.laneOf("Task-2"));
        QVERIFY(!m.laneOf("Task-20")); // on the shared lane, not a lane of its own
    }

    void axisLabelsFitWhole()
    {
        const QFontMetrics fm(QFont{});
        const auto width = [&fm](const QString &s) { return fm.horizontalAdvance(s); };
        for (const std::int64_t span :
             {std::int64_t(100'000'000), std::int64_t(3'100'000'000), std::int64_t(31'000'000'000)}) {
            for (const int px : {200, 400, 1200}) {
                const auto ticks = loopAxisTicks(span, px, width);
                QVERIFY2(ticks.size() >= 2, qPrintable(QStringLiteral("%1 ns over %2 px").arg(span).arg(px)));
                const double pxPerTick = px * double(ticks[1].tNs - ticks[0].tNs) / double(span);
                for (const auto &t : ticks)
                    QVERIFY(width(t.label) < pxPerTick);
            }
        }
    }
};

QTEST_MAIN(TestLoopView)
#include "tst_loopview.moc"
