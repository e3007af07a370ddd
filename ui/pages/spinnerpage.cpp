// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: runs and replays, what they show, and the page's files.
// Its parts are laid out in spinnerpagelayout.cpp.
#include "ui/pages/spinnerpage.h"

#include "core/spinner/spinnercomparison.h"
#include "core/audience/audiencequestion.h"
#include "ui/audience/roomtallychart.h"
#include "ui/codepane/codepane.h"
#include "ui/engine/cpythonfollowup.h"
#include "ui/pages/recordingopener.h"
#include "ui/pages/spinnercontrols.h"
#include "ui/pages/spinnercpythonpanel.h"
#include "ui/pages/spinnershownrun.h"
#include "ui/widgets/predictionbox.h"
#include "ui/widgets/spinnerliveview.h"
#include "ui/widgets/spinnerreplaybanner.h"
#include "ui/widgets/verdictbanner.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QThread>

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

SpinnerPage::SpinnerPage(SpinnerPageSpec spec, QWidget *parent) : ExperimentPage(parent), spec_(std::move(spec))
{
    shown_ = new SpinnerShownRun(this);
    followUp_ = new CPythonFollowUp(this);
    buildUi();
    connect(followUp_, &CPythonFollowUp::finished, this, &SpinnerPage::onCPythonFinished);
    connect(shown_, &SpinnerShownRun::eventsShown, live_, &SpinnerLiveView::addEvents);
    connect(shown_, &SpinnerShownRun::ticked, this, [this] {
        if (running_)
            live_->setElapsedRunning(shown_->elapsedSeconds());
    });
    connect(shown_, &SpinnerShownRun::finished, this, &SpinnerPage::onRunFinished);
    // Another variant is another question: the last answer must not be on
    // screen while the room predicts this one.
    connect(controls_, &SpinnerControls::variantChosen, this, [this] {
        onVariantChanged();
        resetPage();
    });
    connect(controls_, &SpinnerControls::paceRequested, this, &SpinnerPage::paceRequested);
    connect(controls_, &SpinnerControls::runRequested, this, &SpinnerPage::run);
    connect(controls_, &SpinnerControls::stopRequested, this, &SpinnerPage::stop);
    prediction_->answerKeysIn(this);
    retranslateUi();
    onVariantChanged();
    setRunning(false);
}

// A run still going is told to stop; its threads and child process go soon.
SpinnerPage::~SpinnerPage() = default;

QString SpinnerPage::title() const
{
    return QCoreApplication::translate("conlab::SpinnerPage", spec_.title);
}

bool SpinnerPage::isReplay() const
{
    return shown_->isReplay();
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

void SpinnerPage::onVariantChanged()
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    code_->showListing(v.listing, spec_.baselineListing);
    // A replay shows the settings it was recorded with, whatever the toolbar
    // says; a live page the toolbar's, which the next Run uses.
    const SpinnerConfig shown = isReplay() ? shown_->run().spinner : controls_->nextRun(settings_);
    controls_->showSettings(shown, isReplay());
    code_->setPace(shown.pace); // the listing's comments quote slow()'s duration
    live_->setGilTimelineVisible(v.model == SpinnerModel::Thread && shown.gil.enabled);
    live_->setLoopViewVisible(v.model == SpinnerModel::Coroutine);
}

void SpinnerPage::run()
{
    if (!canRun())
        return;
    const SpinnerConfig config = controls_->nextRun(settings_);
    replayBanner_->clear();
    dropCPython();
    beginShowing(config);
    shown_->start(config);
    setRunning(true);
}

// What a run and a replay share at their start: an empty live view, and
// no verdict of the run before.
void SpinnerPage::beginShowing(const SpinnerConfig &config)
{
    live_->startRun(config.message);
    if (config.model == SpinnerModel::Thread && config.gil.enabled)
        live_->nameGilLanes();
    verdict_->clear();
    prediction_->setMeasured(std::nullopt);
    showRoomTally(std::nullopt);
}

void SpinnerPage::resetPage()
{
    if (running_)
        return;
    shown_->reset();
    dropCPython();
    replayBanner_->clear();
    live_->clear();
    verdict_->clear();
    prediction_->setMeasured(std::nullopt);
    prediction_->setGuess(std::nullopt);
    showRoomTally(std::nullopt);
    setRunning(false);
    emit questionAsked();
}

std::optional<AudienceQuestion> SpinnerPage::audienceQuestion() const
{
    return AudienceQuestion::spinner();
}

std::optional<int> SpinnerPage::audienceOutcome() const
{
    const std::optional<SpinnerVerdict> v = verdict_->verdict();
    if (!v || !v->outcome)
        return std::nullopt;
    return static_cast<int>(*v->outcome);
}

void SpinnerPage::showRoomTally(const std::optional<RoundTally> &tally)
{
    roomTallyShown_ = tally;
    if (tally)
        roomTally_->setTally(*tally);
    roomTally_->setVisible(tally.has_value());
}

void SpinnerPage::stop()
{
    // Whichever runs: the emulation, or CPython after it.
    if (followUp_->isRunning())
        followUp_->stop();
    else
        shown_->stop();
}

void SpinnerPage::dropCPython()
{
    followUp_->reset();
    cpythonSide_.reset();
    cpythonPanel_->clear();
}

// The run or replay has ended and every event it sent is on screen.
void SpinnerPage::onRunFinished(const SpinnerReport &report)
{
    Q_ASSERT(QThread::currentThread() == thread());
    live_->finishRun(report);
    const SpinnerConfig &config = shown_->run().spinner;
    if (!isReplay()) // a replay is an old run: it does not count as the last one
        sharedComparison().record(config, report);
    verdict_->reveal(config, report, prediction_->guess());
    // The box tells a screen reader whether its guess was right.
    prediction_->setMeasured(verdict_->verdict() ? verdict_->verdict()->outcome : std::nullopt);
    verdict_->setComparison(SpinnerComparison::concerns(config) ? std::optional(sharedComparison()) : std::nullopt);
    if (isReplay() && shown_->run().audience)
        showRoomTally(shown_->run().audience); // the room's vote, as recorded
    else if (!isReplay())
        emit revealed(); // the room's vote, if any, comes back through showRoomTally()
    if (isReplay() && cpythonSide_) {
        cpythonPanel_->showSide(config, report, *cpythonSide_);
    } else if (!isReplay() && cpythonToggle_->isChecked() && !report.cancelled) {
        // Only now: run at once, the two would share the cores. The page
        // stays running until CPython ends too.
        cpythonPanel_->showRunning();
        followUp_->startSpinner(config, CPythonFollowUp::options(settings_));
        return;
    }
    setRunning(false);
    emit runFinished();
}

void SpinnerPage::onCPythonFinished(const CPythonSide &side)
{
    cpythonSide_ = side;
    if (shown_->run().report)
        cpythonPanel_->showSide(shown_->run().spinner, *shown_->run().report, side);
    setRunning(false);
    emit runFinished();
}

void SpinnerPage::setRunning(bool running)
{
    const bool changed = running != running_;
    running_ = running;
    controls_->setRunState(running, isRunBlocked() ? runBlockedBy() : QString());
    exports_->setEnabled(!running && shown_->run().report.has_value());
    cpythonToggle_->setEnabled(!running);
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

void SpinnerPage::buildFiles()
{
    exports_ = new SpinnerExports(this, [this] { return recording(); });
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    recordingOpener_ = new RecordingOpener(this, [this](const RunRecording &rec, const QString &path, QString *error) {
        if (running_) {
            *error = tr("a run is under way; stop it first");
            return false;
        }
        return replay(rec, path, error);
    });
    connect(openAction_, &QAction::triggered, recordingOpener_, &RecordingOpener::chooseAndOpen);
    // On the page too, so the shortcuts work while it is on screen, and only then.
    addActions(fileActions());
}

QList<QAction *> SpinnerPage::fileActions()
{
    return {openAction_, exports_->action(Export::Recording), exports_->action(Export::Csv),
            exports_->action(Export::Json), exports_->action(Export::Trace)};
}

std::optional<RunRecording> SpinnerPage::recording() const
{
    if (!shown_->run().report)
        return std::nullopt;
    RunRecording r = shown_->run();
    r.title = title();
    r.description = SpinnerChoices::modelName(r.spinner.model) + u' ' + SpinnerChoices::slowName(r.spinner.slow);
    r.cpython = cpythonSide_;
    r.audience = roomTallyShown_;
    return r;
}

bool SpinnerPage::replay(const RunRecording &recording, const QString &source, QString *error)
{
    if (running_) {
        if (error)
            *error = tr("stop the run first");
        return false;
    }
    const int variant = spec_.variantFor(recording, error);
    if (variant < 0)
        return false;
    setCurrentVariant(variant);
    setSleepSeconds(recording.spinner.seconds);
    dropCPython();
    cpythonSide_ = recording.cpython; // shown when the replay ends
    beginShowing(recording.spinner);
    replayBanner_->showReplay(source.isEmpty() ? tr("a recording") : source, recording.recordedAt);
    // Running before the replay starts: a recording with nothing left to
    // play ends at once, and its end must find the page running.
    setRunning(true);
    shown_->replay(recording);
    onVariantChanged(); // the settings it was recorded with
    return true;
}

QString SpinnerPage::replayBannerText() const
{
    return isReplay() ? replayBanner_->bannerText() : QString();
}

FileJob *SpinnerPage::exportTo(Export what, const QString &path, QString *error) const
{
    return exports_->write(what, path, error);
}

} // namespace conlab
