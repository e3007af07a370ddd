// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/primespage.h"

#include "core/record/runrecording.h"
#include "ui/engine/cpythonfollowup.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primesoutcome.h"
#include "ui/pages/sequentialbaseline.h"
#include "ui/primespage/primescontrols.h"
#include "ui/primespage/primescpythonpanel.h"
#include "ui/primespage/primesexports.h"
#include "ui/primespage/primesliveview.h"
#include "ui/primespage/primesreplaybanner.h"
#include "ui/primespage/primessource.h"
#include "ui/primespage/primestotals.h"
#include "ui/primespage/racerepeat.h"
#include "ui/widgets/loopview.h"
#include "ui/widgets/numbersinput.h"
#include "ui/widgets/timelineview.h"

#include <QAction>
#include <QCheckBox>
#include <QThread>
#include <QToolButton>

namespace conlab {

namespace {
std::vector<PrimesModel> modelsOf(PrimesPage::Variant variant)
{
    switch (variant) {
    case PrimesPage::Variant::Sequential: return {PrimesModel::Sequential, PrimesModel::Coroutines};
    case PrimesPage::Variant::ProcessPool: return {PrimesModel::Processes, PrimesModel::CoroutinesExecutor};
    case PrimesPage::Variant::Threads: return {PrimesModel::Threads, PrimesModel::Pool};
    }
    return {PrimesModel::Sequential};
}
} // namespace

PrimesPage::PrimesPage(PrimesPage::Variant variant, QWidget *parent)
    : ExperimentPage(parent), variant_(variant), shownConfig_(std::make_shared<const PrimesConfig>())
{
    results_ = new ResultsTableModel(this);
    source_ = new PrimesSource(results_, this);
    controls_ = new PrimesControls(modelsOf(variant), this);
    live_ = new PrimesLiveView(results_, this);
    exports_ = new PrimesExports(this);
    followUp_ = new CPythonFollowUp(this);
    repeat_ = new RaceRepeat(this);
    buildLayout();
    connectRepeat();
    connect(followUp_, &CPythonFollowUp::primesArrived, cpythonPanel_, &PrimesCPythonPanel::appendLive);
    connect(followUp_, &CPythonFollowUp::finished, this, [this](const CPythonSide &side) {
        showCPython(side);
        if (repeat_->inCPythonPhase()) {
            repeat_->cpythonEnded(side);
            return;
        }
        updateControls();
        emit runningChanged(false);
    });

    TimelineView *timeline = live_->timeline();
    connect(source_, &PrimesSource::holdsArrived, timeline, &TimelineView::addGilHolds);
    connect(source_, &PrimesSource::crashesArrived, timeline, &TimelineView::addCrashes);
    connect(source_, &PrimesSource::loopEventsArrived, live_->loopView(), &LoopView::addEvents);
    connect(source_, &PrimesSource::ticked, this, &PrimesPage::followClock);
    connect(source_, &PrimesSource::hangBegan, live_,
            [this](const RaceVerdict &, qint64 graceNs) { live_->showHanging(graceNs); });
    connect(source_, &PrimesSource::runFinished, this, [this](const RunSummary &summary) {
        if (repeat_->isActive()) {
            showEnded(summary, {});
            repeat_->emulatedEnded(summary);
            return;
        }
        if (const auto baseline = SpeedupBaseline::of(*shownConfig_, summary, QDateTime::currentDateTimeUtc()))
            SequentialBaseline::instance().record(*baseline, SequentialBaseline::fingerprint(shownConfig_->numbers));
        // Only now: at once, the two would share the cores. The page stays
        // running until CPython ends too.
        const bool alsoCPython = cpythonToggle_->isChecked() && !summary.cancelled;
        if (alsoCPython) {
            cpythonPanel_->showRunning(*shownConfig_, results_->snapshot());
            showComparison(true);
            followUp_->startPrimes(*shownConfig_, CPythonFollowUp::options(settings_));
        }
        showEnded(summary, {});
        if (!alsoCPython)
            emit runningChanged(false);
    });
    connect(source_, &PrimesSource::replayFinished, this,
            [this](const RunSummary &summary, const QDateTime &recordedAt) {
                showEnded(summary, recordedAt);
                if (replayedCPython_)
                    showCPython(*replayedCPython_);
                if (replayedTallies_)
                    showReplayedTallies(replayedTallies_);
            });
    connect(live_->replayBanner(), &PrimesReplayBanner::skipRequested, this, &PrimesPage::skipReplay);

    connect(controls_, &PrimesControls::choiceChanged, this, [this] {
        updateListing();
        updateControls();
    });
    connect(controls_->numbers(), &NumbersInput::validityChanged, this, &PrimesPage::updateControls);
    updateListing();
    retranslateUi();
    lastCanRun_ = canRun();
}

PrimesPage::~PrimesPage() = default;

QString PrimesPage::title() const
{
    switch (variant_) {
    case Variant::Sequential: return tr("Sequential");
    case Variant::ProcessPool: return tr("Process pool");
    case Variant::Threads: return tr("Threads and the GIL");
    }
    return {};
}

PrimesModel PrimesPage::model() const
{
    return controls_->model();
}

void PrimesPage::setModel(PrimesModel model)
{
    controls_->setModel(model);
}

void PrimesPage::setRacy(bool racy)
{
    controls_->setRacy(racy);
}

NumbersInput *PrimesPage::numbersInput() const
{
    return controls_->numbers();
}

LoopView *PrimesPage::loopView() const
{
    return live_->loopView();
}

bool PrimesPage::canRun() const
{
    return !isRunning() && controls_->numbers()->isValid() && !isRunBlocked();
}

bool PrimesPage::isRunning() const
{
    // Between the runs of a series too: nothing else may start then.
    return source_->isRunning() || followUp_->isRunning() || repeat_->isActive();
}

QWidget *PrimesPage::liveView()
{
    return live_;
}

void PrimesPage::applySettings(const RunSettings &settings)
{
    settings_ = settings;
    updateControls();
}

PrimesConfig PrimesPage::currentConfig(bool withNumbers) const
{
    PrimesConfig cfg;
    cfg.model = model();
    cfg.workers = PrimesModels::workers(cfg.model, settings_.workers);
    cfg.pace = settings_.pace;
    cfg.racy = controls_->racy();
    cfg.raceSeed = raceSeed_;
    cfg.gil = settings_.gil;
    if (withNumbers)
        cfg.numbers = controls_->numbers()->numbers();
    return cfg;
}

void PrimesPage::updateControls()
{
    const bool running = isRunning();
    controls_->setRunning(running);
    controls_->setCanRun(canRun());
    cpythonToggle_->setEnabled(!running);
    exportButton_->setEnabled(!running && exports_->run().has_value());
    openAction_->setEnabled(!running);
    // The toolbar's settings are the next run's; once the run on screen
    // differs from them, say so, so nobody reads them as its settings.
    const QString next = PrimesOutcome::settingsText(currentConfig(false));
    const bool differs = (shownSummary_ || isReplaying()) && PrimesOutcome::settingsText(*shownConfig_) != next;
    //: %1 the settings the next run will use (workers, GIL, pace)
    controls_->setSettingsText(differs ? tr("next run: %1").arg(next) : next);
    const bool now = canRun();
    if (now != lastCanRun_) {
        lastCanRun_ = now;
        emit canRunChanged(now);
    }
}

// The page empty, as before a run, ready for `config`'s rows.
void PrimesPage::startShowing(const PrimesConfig &config, std::size_t expectedRows, qsizetype total)
{
    shownConfig_ = std::make_shared<const PrimesConfig>(config);
    shownSummary_.reset();
    exports_->clear();
    results_->clear();
    results_->reserve(expectedRows);
    live_->startRun(config, total);
}

void PrimesPage::run()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!canRun())
        return;
    const PrimesConfig cfg = currentConfig();
    dropCPython();
    dropRepeat();
    startShowing(cfg, cfg.numbers.size(), static_cast<qsizetype>(cfg.numbers.size()));
    source_->start(cfg);
    updateControls();
    updateTotals();
    emit runningChanged(true);
}

void PrimesPage::stop()
{
    // Whichever runs: the emulation, or CPython after it; or nothing, a
    // series being between two runs.
    if (repeat_->stopBetweenRuns())
        return;
    if (followUp_->isRunning())
        followUp_->stop();
    else
        source_->stop();
}

void PrimesPage::dropCPython()
{
    followUp_->reset();
    replayedCPython_.reset();
    cpythonPanel_->clear();
    showComparison(false);
}

// The CPython side beside the run on screen, and in its exports.
void PrimesPage::showCPython(const CPythonSide &side)
{
    auto shared = std::make_shared<const CPythonSide>(side);
    exports_->setCPython(shared);
    cpythonPanel_->showSide(*shownConfig_, results_->snapshot(), shownSummary_, side);
    showComparison(true);
}

void PrimesPage::resetPage()
{
    if (isRunning())
        return;
    source_->reset();
    dropCPython();
    dropRepeat();
    startShowing(currentConfig(false), 0, 0);
    updateControls();
    updateTotals();
}

bool PrimesPage::showRecording(const RunRecording &recording, QString *error, const QString &source)
{
    if (recording.kind != RunRecording::Kind::Primes) {
        if (error)
            *error = tr("this recording is of a spinner run; open it on a spinner page");
        return false;
    }
    if (isRunning()) {
        if (error)
            *error = tr("stop the run first");
        return false;
    }
    source_->reset();
    dropCPython();
    dropRepeat();
    if (recording.cpython)
        replayedCPython_ = std::make_shared<const CPythonSide>(*recording.cpython);
    if (recording.raceTallies)
        replayedTallies_ = std::make_shared<const RaceTallies>(*recording.raceTallies);
    controls_->showConfig(recording.primes);
    // The page starts empty, as before a run, and the replay fills it in;
    // the summary (banner, totals, exports) comes when the replay ends.
    const auto given = static_cast<qsizetype>(recording.primes.numbers.size());
    startShowing(recording.primes, recording.results.size(),
                 given > 0 ? given : recording.summary.value_or(RunSummary{}).numbers);
    source_->play(recording);
    live_->replayBanner()->showRecording(recording.recordedAt, source);
    live_->replayBanner()->setPlaying(source_->replaySpeed());
    updateControls();
    updateTotals();
    return true;
}

bool PrimesPage::isReplaying() const
{
    return source_->isReplaying();
}

void PrimesPage::skipReplay()
{
    source_->skipToEnd();
}

QString PrimesPage::replayBannerText() const
{
    return live_->replayBanner()->text();
}

RunRecording PrimesPage::recording() const
{
    return exports_->run() ? exports_->run()->recording() : RunRecording{};
}

// After each frame's batches: the axis and the totals follow the clock.
void PrimesPage::followClock()
{
    live_->timeline()->setMinimumSpanNs(source_->elapsedNs());
    if (isRunning())
        live_->loopView()->setNowNs(source_->elapsedNs());
    updateTotals();
}

// A run or a replay ended: the page shows its outcome, and the exports get
// the run, shared, to write off the GUI thread.
void PrimesPage::showEnded(const RunSummary &summary, const QDateTime &recordedAt)
{
    shownSummary_ = summary;
    live_->replayBanner()->setPlaying(std::nullopt);
    exports_->setRun({title(), shownConfig_, results_->snapshot(), source_->takeHolds(), source_->takeTaskSteps(),
                      summary, recordedAt, nullptr, nullptr});
    showOutcome();
    updateControls();
}

void PrimesPage::showOutcome()
{
    if (shownSummary_)
        live_->showEnded(*shownSummary_);
    updateTotals();
}

void PrimesPage::updateTotals()
{
    totals_->setRun(shownConfig_, shownSummary_);
    totals_->setProgress(results_->rowCount(), static_cast<double>(source_->elapsedNs()) / 1e9);
}

QString PrimesPage::bannerText() const
{
    return live_->outcomeText();
}

QString PrimesPage::totalsText() const
{
    return totals_->text();
}

} // namespace conlab
