// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pages/primespage.h"

#include "engine/runsession.h"
#include "models/resultstablemodel.h"
#include "pages/primesoutcome.h"
#include "primes/primesrun.h"
#include "pages/primesreplay.h"
#include "pages/sequentialbaseline.h"
#include "record/runrecording.h"
#include "widgets/numbersinput.h"
#include "widgets/loopview.h"
#include "widgets/timelineview.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace conlab {

namespace {
void assertGuiThread()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
}
} // namespace

PrimesPage::PrimesPage(PrimesPage::Variant variant, QWidget *parent) : ExperimentPage(parent), variant_(variant)
{
    results_ = new ResultsTableModel(this);
    sorted_ = new QSortFilterProxyModel(this);
    sorted_->setSourceModel(results_);
    sorted_->setSortRole(ResultsTableModel::SortRole);
    // The run session drains the engine's events at the screen's pace, a
    // bounded batch per frame; the page only draws them.
    session_ = new RunSession(this);
    buildControls();
    resultsIn_ = session_->addChannel<PrimeResult>([this](std::vector<PrimeResult> &&batch) { showResults(std::move(batch)); });
    holdsIn_ = session_->addChannel<GilHold>([this](std::vector<GilHold> &&holds) {
        timeline_->addGilHolds(holds);
        shownHolds_.insert(shownHolds_.end(), holds.begin(), holds.end());
    });
    crashesIn_ = session_->addChannel<WorkerCrash>(
        [this](std::vector<WorkerCrash> &&crashes) { timeline_->addCrashes(crashes); });
    loopIn_ = session_->addChannel<aio::LoopEvent>([this](std::vector<aio::LoopEvent> &&loop) {
        loopView_->addEvents(loop);
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
        timeline_->setMinimumSpanNs(replay_->positionNs());
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

    applySettings(settings_);
    lastCanRun_ = canRun();
    updateControls();
    updateTotals();
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
    return static_cast<PrimesModel>(modelBox_->currentData().toInt());
}

void PrimesPage::setModel(PrimesModel model)
{
    const int index = modelBox_->findData(static_cast<int>(model));
    if (index >= 0)
        modelBox_->setCurrentIndex(index);
}

void PrimesPage::setRacy(bool racy)
{
    racyBox_->setChecked(racy);
}

bool PrimesPage::canRun() const
{
    return !session_->isRunning() && numbers_->isValid() && !isRunBlocked();
}

bool PrimesPage::isRunning() const
{
    return session_->isRunning();
}

QWidget *PrimesPage::liveView()
{
    return liveColumn_;
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
    cfg.racy = cfg.model == PrimesModel::Processes && racyBox_->isChecked();
    cfg.gil = settings_.gil;
    if (withNumbers)
        cfg.numbers = numbers_->numbers();
    return cfg;
}

void PrimesPage::updateControls()
{
    const bool running = isRunning();
    modelBox_->setEnabled(!running);
    racyBox_->setEnabled(!running && model() == PrimesModel::Processes);
    numbers_->setEnabled(!running);
    exportButton_->setEnabled(!running && shownSummary_.has_value());
    for (QAction *a : std::as_const(exportActions_)) // in the File menu too
        a->setEnabled(!running && shownSummary_.has_value());
    // The toolbar's settings are the next run's; once the run on screen
    // differs from them, say so, so nobody reads them as its settings.
    const QString next = PrimesOutcome::settingsText(currentConfig(false));
    const bool differs = (shownSummary_ || replay_) && PrimesOutcome::settingsText(shownConfig_) != next;
    //: %1 the settings the next run will use (workers, GIL, pace)
    settingsLabel_->setText(differs ? tr("next run: %1").arg(next) : next);
    const bool now = canRun();
    if (now != lastCanRun_) {
        lastCanRun_ = now;
        emit canRunChanged(now);
    }
}

void PrimesPage::setUpLanes(const PrimesConfig &config)
{
    std::vector<TimelineView::Lane> lanes;
    for (const auto &[worker, name] : PrimesOutcome::laneNames(config))
        lanes.push_back({worker, name});
    timeline_->setLanes(std::move(lanes));
}

void PrimesPage::run()
{
    assertGuiThread();
    if (!canRun())
        return;
    dropReplay();
    const PrimesConfig cfg = currentConfig();
    shownConfig_ = cfg;
    shownFingerprint_ = SequentialBaseline::fingerprint(cfg.numbers);
    shownSummary_.reset();
    shownHolds_.clear();
    shownLoopSteps_.clear();
    results_->clear();
    results_->reserve(cfg.numbers.size());
    timeline_->clear();
    setUpLanes(cfg);
    timeline_->setTotalNumbers(static_cast<qsizetype>(cfg.numbers.size()));
    timeline_->setLive(true);
    banner_->hide();
    // A task per number (primes_async.py) or per consumer: main gets a lane
    // of its own, the rest one lane per coroutine, so the short pane holds it.
    loopView_->setOwnLanes(1);
    loopView_->clear();

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
    shownSummary_.reset();
    shownHolds_.clear();
    shownLoopSteps_.clear();
    results_->clear();
    timeline_->clear();
    loopView_->clear();
    setUpLanes(currentConfig(false));
    banner_->hide();
    updateControls();
    updateTotals();
}

void PrimesPage::showResults(std::vector<PrimeResult> &&batch)
{
    assertGuiThread();
    // Follow the newest rows, as a terminal would, unless the user
    // scrolled away or sorted the table.
    QScrollBar *bar = table_->verticalScrollBar();
    const bool follow = sorted_->sortColumn() < 0 && bar->value() == bar->maximum();
    results_->append(std::move(batch));
    if (follow)
        table_->scrollToBottom();
}

// After each frame's batches: the axis and the totals follow the clock.
void PrimesPage::followClock()
{
    if (isRunning()) {
        timeline_->setMinimumSpanNs(session_->elapsedNs());
        loopView_->setNowNs(session_->elapsedNs());
    }
    updateTotals();
}

void PrimesPage::finishRun(const RunSummary &summary)
{
    assertGuiThread();
    shownSummary_ = summary;
    if (shownConfig_.model == PrimesModel::Sequential && summary.ok())
        SequentialBaseline::instance().record(
            SpeedupBaseline{shownConfig_.model, shownConfig_.workers, shownConfig_.pace, summary.wall,
                            QDateTime::currentDateTimeUtc()},
            shownFingerprint_);
    showOutcome();
}

// What the summary says, drawn: the timeline's final shape and the banner.
void PrimesPage::showOutcome()
{
    if (!shownSummary_)
        return;
    const RunSummary &s = *shownSummary_;
    timeline_->setLive(false);
    timeline_->setMinimumSpanNs(static_cast<std::int64_t>(s.wall * 1e9));
    loopView_->finish(static_cast<std::int64_t>(s.wall * 1e9));
    if (s.gil)
        timeline_->setGilWorkers(PrimesOutcome::gilWorkers(*s.gil));
    // The summary holds every crash, also of a run replayed from a file.
    timeline_->setCrashes(s.crashes);
    // Lost results were started but never reported: they leave the queue
    // at an unknown time, so they are not counted in its depth; the axis
    // still reaches the job count.
    timeline_->setTotalNumbers(s.numbers, static_cast<qsizetype>(s.lost.size()));
    const PrimesOutcome::Banner banner = PrimesOutcome::banner(s);
    banner_->setVisible(!banner.text.isEmpty());
    banner_->setText(banner.text);
    banner_->setStyleSheet(PrimesOutcome::bannerStyle(banner.kind));
    updateTotals();
}

void PrimesPage::updateTotals()
{
    // The baseline of the run on screen: its pace and numbers, not the
    // toolbar's pace, which is the next run's.
    const std::optional<SpeedupBaseline> baseline =
        SequentialBaseline::instance().lookup(shownConfig_.pace, shownFingerprint_);
    const double elapsed = replay_ ? static_cast<double>(replay_->positionNs()) / 1e9
        : isRunning()              ? static_cast<double>(session_->elapsedNs()) / 1e9
                                   : 0.0;
    totals_->setText(PrimesOutcome::totalsText(shownConfig_, results_->rowCount(), shownSummary_ ? &*shownSummary_ : nullptr,
                                               elapsed, baseline, QThread::idealThreadCount(),
                                               QDateTime::currentDateTimeUtc()));
}

QString PrimesPage::bannerText() const
{
    return banner_->isHidden() ? QString() : banner_->text();
}

QString PrimesPage::totalsText() const
{
    return totals_->text();
}

} // namespace conlab
