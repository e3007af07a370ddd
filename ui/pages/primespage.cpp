// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pages/primespage.h"

#include "models/resultstablemodel.h"
#include "pages/primesoutcome.h"
#include "pages/primesreplay.h"
#include "pages/sequentialbaseline.h"
#include "primes/primesrun.h"
#include "primespage/primescontrols.h"
#include "primespage/primesexports.h"
#include "primespage/primesliveview.h"
#include "record/runrecording.h"
#include "widgets/loopview.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <iterator>

namespace conlab {

namespace {
void assertGuiThread()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
}

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
    controls_ = new PrimesControls(modelsOf(variant), this);
    live_ = new PrimesLiveView(results_, this);
    exports_ = new PrimesExports(this);
    buildLayout();
    // The run session drains the engine's events at the screen's pace, a
    // bounded batch per frame; the page only draws them.
    session_ = new RunSession(this);
    resultsIn_ = session_->addChannel<PrimeResult>(
        [this](std::vector<PrimeResult> &&batch) { results_->append(std::move(batch)); });
    holdsIn_ = session_->addChannel<GilHold>([this](std::vector<GilHold> &&holds) {
        live_->timeline()->addGilHolds(holds);
        shownHolds_.insert(shownHolds_.end(), holds.begin(), holds.end());
    });
    crashesIn_ = session_->addChannel<WorkerCrash>(
        [this](std::vector<WorkerCrash> &&crashes) { live_->timeline()->addCrashes(crashes); });
    loopIn_ = session_->addChannel<aio::LoopEvent>([this](std::vector<aio::LoopEvent> &&loop) {
        live_->loopView()->addEvents(loop);
        std::copy_if(loop.begin(), loop.end(), std::back_inserter(shownLoopSteps_),
                     [](const aio::LoopEvent &e) { return e.kind == aio::LoopEvent::Kind::TaskStep; });
    });
    connect(session_, &RunSession::ticked, this, &PrimesPage::followClock);
    connect(session_, &RunSession::finished, this, [this] {
        finishRun(session_->outcome<RunSummary>() ? *session_->outcome<RunSummary>() : RunSummary{});
        updateControls();
        emit runningChanged(false);
    });
    // A replay delivers its own results; this moves its axis and totals on.
    replayTimer_ = new QTimer(this);
    replayTimer_->setInterval(RunSession::kTickMs * 2);
    connect(replayTimer_, &QTimer::timeout, this, [this] {
        if (!replay_)
            return;
        live_->timeline()->setMinimumSpanNs(replay_->positionNs());
        updateTotals();
    });
    connect(&SequentialBaseline::instance(), &SequentialBaseline::changed, this, &PrimesPage::updateTotals);
    // The speedup line says how long ago its baseline ran: keep that true.
    auto *ageTimer = new QTimer(this);
    ageTimer->start(std::chrono::seconds(20));
    connect(ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && !isRunning())
            updateTotals();
    });

    connect(controls_, &PrimesControls::choiceChanged, this, [this] {
        updateListing();
        updateControls();
    });
    connect(controls_->numbers(), &NumbersInput::validityChanged, this, &PrimesPage::updateControls);
    updateListing();
    retranslateUi();
    lastCanRun_ = canRun();
}

PrimesPage::~PrimesPage() = default; // the session asks its run to stop

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
    return !session_->isRunning() && controls_->numbers()->isValid() && !isRunBlocked();
}

bool PrimesPage::isRunning() const
{
    return session_->isRunning();
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
    cfg.gil = settings_.gil;
    if (withNumbers)
        cfg.numbers = controls_->numbers()->numbers();
    return cfg;
}

void PrimesPage::updateControls()
{
    const bool running = isRunning();
    controls_->setRunning(running);
    exportButton_->setEnabled(!running && exports_->run().has_value());
    openAction_->setEnabled(!running);
    // The toolbar's settings are the next run's; once the run on screen
    // differs from them, say so, so nobody reads them as its settings.
    const QString next = PrimesOutcome::settingsText(currentConfig(false));
    const bool differs = (shownSummary_ || replay_) && PrimesOutcome::settingsText(*shownConfig_) != next;
    //: %1 the settings the next run will use (workers, GIL, pace)
    controls_->setSettingsText(differs ? tr("next run: %1").arg(next) : next);
    const bool now = canRun();
    if (now != lastCanRun_) {
        lastCanRun_ = now;
        emit canRunChanged(now);
    }
}

// The views empty, as before a run, ready for `config`'s rows.
void PrimesPage::startShowing(const PrimesConfig &config, std::size_t expectedRows)
{
    shownConfig_ = std::make_shared<const PrimesConfig>(config);
    shownFingerprint_ = SequentialBaseline::fingerprint(config.numbers);
    shownSummary_.reset();
    shownHolds_.clear();
    shownLoopSteps_.clear();
    exports_->clear();
    results_->clear();
    results_->reserve(expectedRows);
    TimelineView *timeline = live_->timeline();
    timeline->clear();
    std::vector<TimelineView::Lane> lanes;
    for (const auto &[worker, name] : PrimesOutcome::laneNames(config))
        lanes.push_back({worker, name});
    timeline->setLanes(std::move(lanes));
    live_->loopView()->clear();
    live_->setOutcome({});
}

void PrimesPage::run()
{
    assertGuiThread();
    if (!canRun())
        return;
    dropReplay();
    const PrimesConfig cfg = currentConfig();
    startShowing(cfg, cfg.numbers.size());
    live_->timeline()->setTotalNumbers(static_cast<qsizetype>(cfg.numbers.size()));
    live_->timeline()->setLive(true);

    session_->begin();
    // The engine's callbacks hold this run's inboxes, and nothing of the
    // page: a run the page moved on from pushes where nobody looks.
    auto engine = std::make_shared<PrimesRun>(cfg);
    engine->setGilObserver([in = holdsIn_->inbox()](const GilHold &h) { in->push(h); });
    engine->setFaultObserver([in = crashesIn_->inbox()](const WorkerCrash &c) { in->push(c); });
    // Every kind, for the loop view; the trace keeps the steps. Capped: a
    // million numbers make millions of steps, and the page must stay within
    // its memory budget; the first steps show the pattern.
    auto seen = std::make_shared<std::atomic<std::size_t>>(0);
    engine->setLoopObserver(
        [in = loopIn_->inbox(), seen](const aio::LoopEvent &e) {
            if (seen->fetch_add(1) < kMaxLoopSteps)
                in->push(e);
        },
        aio::LoopDetail::Full);
    session_->start<RunSummary>(
        [engine, in = resultsIn_->inbox()] { return engine->exec([in](const PrimeResult &r) { in->push(r); }); },
        [engine] { engine->cancel(); });
    updateControls();
    updateTotals();
    emit runningChanged(true);
}

void PrimesPage::stop()
{
    session_->stop();
}

void PrimesPage::resetPage()
{
    if (isRunning())
        return;
    dropReplay();
    session_->reset();
    startShowing(currentConfig(false), 0);
    updateControls();
    updateTotals();
}

// After each frame's batches: the axis and the totals follow the clock.
void PrimesPage::followClock()
{
    if (isRunning()) {
        live_->timeline()->setMinimumSpanNs(session_->elapsedNs());
        live_->loopView()->setNowNs(session_->elapsedNs());
    }
    updateTotals();
}

void PrimesPage::finishRun(const RunSummary &summary)
{
    assertGuiThread();
    if (shownConfig_->model == PrimesModel::Sequential && summary.ok())
        SequentialBaseline::instance().record(SpeedupBaseline{shownConfig_->model, shownConfig_->workers,
                                                              shownConfig_->pace, summary.wall,
                                                              QDateTime::currentDateTimeUtc()},
                                              shownFingerprint_);
    showEnded(summary, {});
}

// A run or a replay ended: the page shows its outcome, and the exports get
// the run, shared, to write off the GUI thread.
void PrimesPage::showEnded(const RunSummary &summary, const QDateTime &recordedAt)
{
    shownSummary_ = summary;
    exports_->setRun({title(), shownConfig_, results_->snapshot(),
                      std::make_shared<const std::vector<GilHold>>(std::move(shownHolds_)),
                      std::make_shared<const std::vector<aio::LoopEvent>>(std::move(shownLoopSteps_)), summary,
                      recordedAt});
    shownHolds_.clear();
    shownLoopSteps_.clear();
    showOutcome();
}

// What the summary says, drawn: the timeline's final shape and the banner.
void PrimesPage::showOutcome()
{
    if (!shownSummary_)
        return;
    const RunSummary &s = *shownSummary_;
    TimelineView *timeline = live_->timeline();
    timeline->setLive(false);
    timeline->setMinimumSpanNs(static_cast<std::int64_t>(s.wall * 1e9));
    live_->loopView()->finish(static_cast<std::int64_t>(s.wall * 1e9));
    if (s.gil)
        timeline->setGilWorkers(PrimesOutcome::gilWorkers(*s.gil));
    // The summary holds every crash, also of a run replayed from a file.
    timeline->setCrashes(s.crashes);
    // Lost results were started but never reported: they leave the queue
    // at an unknown time, so they are not counted in its depth; the axis
    // still reaches the job count.
    timeline->setTotalNumbers(s.numbers, static_cast<qsizetype>(s.lost.size()));
    live_->setOutcome(PrimesOutcome::banner(s));
    updateTotals();
}

void PrimesPage::updateTotals()
{
    // The baseline of the run on screen: its pace and numbers, not the
    // toolbar's pace, which is the next run's.
    const std::optional<SpeedupBaseline> baseline =
        SequentialBaseline::instance().lookup(shownConfig_->pace, shownFingerprint_);
    const double elapsed = replay_ ? static_cast<double>(replay_->positionNs()) / 1e9
        : isRunning()              ? static_cast<double>(session_->elapsedNs()) / 1e9
                                   : 0.0;
    totals_->setText(PrimesOutcome::totalsText(*shownConfig_, results_->rowCount(),
                                               shownSummary_ ? &*shownSummary_ : nullptr, elapsed, baseline,
                                               QThread::idealThreadCount(), QDateTime::currentDateTimeUtc()));
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
