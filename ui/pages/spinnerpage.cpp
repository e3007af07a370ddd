// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: runs and what they show. The widgets are built in
// spinnerpagecontrols.cpp; exports, recordings and replays are in
// spinnerpageexport.cpp.
#include "pages/spinnerpage.h"

#include "codepane/codepane.h"
#include "engine/runsession.h"
#include "pages/spinnerreplay.h"
#include "spinner/spinnercomparison.h"
#include "spinner/spinnerrun.h"
#include "widgets/predictionbox.h"
#include "widgets/spinnerliveview.h"
#include "widgets/verdictbanner.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QThread>
#include <QTimer>
#include <QToolButton>

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
    connect(variants_, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            onVariantChanged();
            resetPage();
        }
    });
    connect(usePaceButton_, &QPushButton::clicked, this, [this] { emit paceRequested(Pace::cpython()); });
    connect(runButton_, &QPushButton::clicked, this, &SpinnerPage::run);
    connect(stopButton_, &QPushButton::clicked, this, &SpinnerPage::stop);
    // Keys 1, 2, 3 answer the question, in the whole window while this page
    // shows; a focused spin box still takes its digits first.
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(keys[i]), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { prediction_->setGuess(static_cast<SpinnerOutcome>(i + 1)); });
    }
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
    return std::max(0, variants_->checkedId());
}

void SpinnerPage::setCurrentVariant(int index)
{
    if (QAbstractButton *b = variants_->button(index))
        b->setChecked(true);
}

void SpinnerPage::setSleepSeconds(double seconds)
{
    seconds_->setValue(seconds);
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
    c.seconds = seconds_->value();
    return c;
}

void SpinnerPage::onVariantChanged()
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    code_->showListing(v.listing, spec_.baselineListing);
    const bool sleeps = v.slow == SlowKind::Sleep || v.slow == SlowKind::BlockingSleep;
    seconds_->setEnabled(sleeps && !running_);
    // A replay shows the GIL it was recorded with, whatever the toolbar says.
    const bool gil = isReplay() ? shownConfig_.gil.enabled : settings_.gil.enabled;
    live_->setGilTimelineVisible(v.model == SpinnerModel::Thread && gil);
    live_->setLoopViewVisible(v.model == SpinnerModel::Coroutine);
    updateSettingsLine();
    updatePaceWarning();
}

void SpinnerPage::run()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!canRun())
        return;
    const SpinnerConfig config = buildConfig();
    replaySource_.clear();
    beginShowing(config);

    const SpinnerObserver observer = observerFor(events_->inbox());
    auto engine = std::make_shared<SpinnerRun>(config);
    session_->start<SpinnerReport>([engine, observer] { return engine->exec(observer); },
                                   [engine] { engine->cancel(); });
    setRunning(true);
}

// What a run and a replay share at their start: a new generation of the
// session, an empty live view, and nothing kept of the run before.
quint64 SpinnerPage::beginShowing(const SpinnerConfig &config)
{
    const quint64 generation = session_->begin();
    shownConfig_ = config;
    shownReport_.reset();
    shownHolds_.clear();
    shownLoopEvents_.clear();
    updateReplayBanner();
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
    shownReport_.reset();
    shownHolds_.clear();
    shownLoopEvents_.clear();
    replaySource_.clear();
    updateReplayBanner();
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
            shownHolds_.push_back(e.hold);
        else if (e.kind == SpinnerLiveEvent::Kind::LoopEvent)
            shownLoopEvents_.push_back(e.loop);
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
    shownReport_ = report;
    live_->finishRun(report);
    if (!isReplay()) // a replay is an old run: it does not count as the last one
        sharedComparison().record(shownConfig_, report);
    verdict_->reveal(shownConfig_, report, prediction_->guess());
    // The box tells a screen reader whether its guess was right.
    prediction_->setMeasured(verdict_->verdict() ? verdict_->verdict()->outcome : std::nullopt);
    verdict_->setComparison(SpinnerComparison::concerns(shownConfig_) ? std::optional(sharedComparison())
                                                                       : std::nullopt);
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
    updateRunButtons();
    stopButton_->setEnabled(running);
    for (QAbstractButton *b : variants_->buttons())
        b->setEnabled(!running);
    for (QAction *a : std::as_const(exportActions_))
        a->setEnabled(!running && shownReport_.has_value());
    exportButton_->setEnabled(!running && shownReport_.has_value());
    openAction_->setEnabled(!running);
    onVariantChanged();
    if (changed) {
        emit runningChanged(running);
        emit canRunChanged(!running);
    }
}

void SpinnerPage::updateRunButtons()
{
    runButton_->setEnabled(canRun());
    //: %1 the title of the experiment whose run is going
    runButton_->setToolTip(isRunBlocked() ? tr("“%1” is running: one run at a time.").arg(runBlockedBy())
                                          : QString());
}

void SpinnerPage::runBlockChanged()
{
    updateRunButtons();
    emit canRunChanged(canRun());
}

void SpinnerPage::keyPressEvent(QKeyEvent *event)
{
    // The same keys as the shortcuts, for when the window is not active
    // (shortcuts only fire in the active window).
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3 && event->modifiers() == Qt::NoModifier) {
        prediction_->setGuess(static_cast<SpinnerOutcome>(event->key() - Qt::Key_1 + 1));
        return;
    }
    ExperimentPage::keyPressEvent(event);
}

} // namespace conlab
