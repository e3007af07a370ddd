// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: runs and what they show. The page's parts are laid out in
// spinnerpagelayout.cpp; recordings, replays and exports are wired in
// spinnerpagerecording.cpp.
#include "pages/spinnerpage.h"

#include "codepane/codepane.h"
#include "engine/runsession.h"
#include "pages/spinnercontrols.h"
#include "pages/spinnerreplay.h"
#include "spinner/spinnercomparison.h"
#include "spinner/spinnerrun.h"
#include "widgets/predictionbox.h"
#include "widgets/spinnerliveview.h"
#include "widgets/spinnerreplaybanner.h"
#include "widgets/verdictbanner.h"

#include <QAction>
#include <QCoreApplication>
#include <QScrollArea>
#include <QThread>
#include <QTimer>

namespace conlab {

namespace {
// S7 runs on the GIL quiz page and S8 on Power napping: one record for every
// page, so whichever runs second can say how the two compare. GUI thread only.
SpinnerComparison &sharedComparison()
{
    static SpinnerComparison comparison;
    return comparison;
}
} // namespace

SpinnerPage::SpinnerPage(SpinnerPageSpec spec, QWidget *parent)
    : ExperimentPage(parent), spec_(std::move(spec))
{
    // The session hands the page a run's (or a replay's) events at the
    // screen's pace; it never waits on the engine.
    session_ = new RunSession(this);
    events_ = session_->addChannel<SpinnerLiveEvent>(
        [this](std::vector<SpinnerLiveEvent> &&batch) { showEvents(std::move(batch)); });
    connect(session_, &RunSession::ticked, this, [this] {
        if (running_)
            live_->setElapsedRunning(static_cast<double>(session_->elapsedNs()) / 1e9);
    });
    connect(session_, &RunSession::finished, this, &SpinnerPage::onRunFinished);
    buildUi();
    // Another variant is another question: the last answer must not be on
    // screen while the room predicts this one.
    connect(controls_, &SpinnerControls::variantChosen, this, [this] {
        onVariantChanged();
        resetPage();
    });
    connect(controls_, &SpinnerControls::paceRequested, this, &SpinnerPage::paceRequested);
    connect(controls_, &SpinnerControls::runRequested, this, &SpinnerPage::run);
    connect(controls_, &SpinnerControls::stopRequested, this, &SpinnerPage::stop);
    buildShortcuts();
    retranslateUi();
    onVariantChanged();
    setRunning(false);
}

// The run outlives the page if it must (it owns what it touches); the
// session tells it to stop, so its threads and child process go away soon.
SpinnerPage::~SpinnerPage() = default;

QString SpinnerPage::title() const
{
    return QCoreApplication::translate("conlab::SpinnerPage", spec_.title);
}

bool SpinnerPage::canRun() const
{
    return !running_ && !isRunBlocked();
}

bool SpinnerPage::isRunning() const
{
    return running_;
}

void SpinnerPage::applySettings(const RunSettings &settings)
{
    settings_ = settings;
    onVariantChanged();
}

QWidget *SpinnerPage::liveView()
{
    return live_;
}

int SpinnerPage::currentVariant() const
{
    return controls_->variant();
}

void SpinnerPage::setCurrentVariant(int index)
{
    controls_->setVariant(index);
}

void SpinnerPage::setSleepSeconds(double seconds)
{
    controls_->setSleepSeconds(seconds);
}

int SpinnerPage::framesDrawn() const
{
    return live_->framesDrawn();
}

QString SpinnerPage::answerText() const
{
    return live_->answerText();
}

SpinnerConfig SpinnerPage::buildConfig() const
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    SpinnerConfig c;
    c.model = v.model;
    c.slow = v.slow;
    c.gil = settings_.gil;
    c.pace = settings_.pace;
    c.seconds = controls_->sleepSeconds();
    return c;
}

void SpinnerPage::onVariantChanged()
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    code_->showListing(v.listing, spec_.baselineListing);
    // A replay shows the settings it was recorded with, whatever the toolbar
    // says; a live page the toolbar's, which the next Run uses.
    const SpinnerConfig shown = isReplay() ? shown_.spinner : buildConfig();
    controls_->showSettings(shown, isReplay());
    code_->setPace(shown.pace); // the listing's comments quote slow()'s duration
    live_->setGilTimelineVisible(v.model == SpinnerModel::Thread && shown.gil.enabled);
    live_->setLoopViewVisible(v.model == SpinnerModel::Coroutine);
}

void SpinnerPage::run()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!canRun())
        return;
    const SpinnerConfig config = buildConfig();
    beginShowing(config, false);

    const SpinnerObserver observer = observerFor(events_->inbox());
    auto engine = std::make_shared<SpinnerRun>(config);
    session_->start<SpinnerReport>([engine, observer] { return engine->exec(observer); },
                                   [engine] { engine->cancel(); });
    setRunning(true);
}

// What a run and a replay share at their start: a new generation of the
// session, an empty live view, and nothing kept of the run before.
quint64 SpinnerPage::beginShowing(const SpinnerConfig &config, bool replay)
{
    const quint64 generation = session_->begin();
    shown_ = RunRecording{};
    shown_.kind = RunRecording::Kind::Spinner;
    shown_.spinner = config;
    replayOnScreen_ = replay;
    if (!replay)
        replayBanner_->clear();
    live_->startRun(config.message);
    if (config.model == SpinnerModel::Thread && config.gil.enabled)
        live_->nameGilLanes();
    verdict_->clear();
    prediction_->setMeasured(std::nullopt);
    return generation;
}

void SpinnerPage::resetPage()
{
    if (running_)
        return;
    session_->reset(); // whatever an earlier run or replay still sends is ignored
    shown_.report.reset();
    shown_.gilHolds.clear();
    shown_.loopEvents.clear();
    replayOnScreen_ = false;
    replayBanner_->clear();
    live_->clear();
    verdict_->clear();
    prediction_->setMeasured(std::nullopt);
    prediction_->setGuess(std::nullopt);
    setRunning(false);
}

void SpinnerPage::stop()
{
    if (replay_)
        replay_->stop();
    else
        session_->stop();
}

void SpinnerPage::showEvents(std::vector<SpinnerLiveEvent> &&events)
{
    // Kept for the trace and the recording, exactly what the view got.
    for (const SpinnerLiveEvent &e : events) {
        if (e.kind == SpinnerLiveEvent::Kind::GilHold)
            shown_.gilHolds.push_back(e.hold);
        else if (e.kind == SpinnerLiveEvent::Kind::LoopEvent)
            shown_.loopEvents.push_back(e.loop);
    }
    live_->addEvents(events);
}

// The run or replay has ended and the session handed out all it reported.
void SpinnerPage::onRunFinished()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (replay_) {
        replay_->deleteLater();
        replay_ = nullptr;
    }
    const SpinnerReport report =
        session_->outcome<SpinnerReport>() ? *session_->outcome<SpinnerReport>() : SpinnerReport{};
    shown_.report = report;
    // A replay saved again is still the run it was, from the day it ran.
    if (!isReplay() || !shown_.recordedAt.isValid())
        shown_.recordedAt = QDateTime::currentDateTimeUtc();
    live_->finishRun(report);
    const SpinnerConfig &config = shown_.spinner;
    if (!isReplay()) // a replay is an old run: it does not count as the last one
        sharedComparison().record(config, report);
    verdict_->reveal(config, report, prediction_->guess());
    // The box tells a screen reader whether its guess was right.
    prediction_->setMeasured(verdict_->verdict() ? verdict_->verdict()->outcome : std::nullopt);
    verdict_->setComparison(SpinnerComparison::concerns(config) ? std::optional(sharedComparison()) : std::nullopt);
    // Zoomed on a small screen the reveal can sit below the fold of the
    // page's scroll area: bring it into view once it is laid out.
    QTimer::singleShot(0, verdict_, [this] {
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(verdict_);
                return;
            }
        }
    });
    setRunning(false);
    emit runFinished();
}

void SpinnerPage::setRunning(bool running)
{
    const bool changed = running != running_;
    running_ = running;
    controls_->setRunState(running, isRunBlocked() ? runBlockedBy() : QString());
    exports_->setEnabled(!running && shown_.report.has_value());
    openAction_->setEnabled(!running);
    onVariantChanged();
    if (changed) {
        emit runningChanged(running);
        emit canRunChanged(!running);
    }
}

void SpinnerPage::runBlockChanged()
{
    controls_->setRunState(running_, isRunBlocked() ? runBlockedBy() : QString());
    emit canRunChanged(canRun());
}

} // namespace conlab
