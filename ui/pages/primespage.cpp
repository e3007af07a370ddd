// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pages/primespage.h"

#include "engine/backgroundrun.h"
#include "engine/enginepriority.h"
#include "models/resultstablemodel.h"
#include "pages/primesfeed.h"
#include "pages/primesoutcome.h"
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
    buildControls();

    // The screen's pace: results reach the model in batches, ~30 a second.
    drainTimer_ = new QTimer(this);
    drainTimer_->setInterval(33);
    connect(drainTimer_, &QTimer::timeout, this, &PrimesPage::drain);
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

PrimesPage::~PrimesPage()
{
    if (background_)
        background_->stop();
}

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
    return !background_ && numbers_->isValid() && !isRunBlocked();
}

bool PrimesPage::isRunning() const
{
    return background_ != nullptr;
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
    auto feed = std::make_shared<PrimesFeed>(cfg);
    feed_ = feed;
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

    // The feed owns the run, so this raw pointer lives as long as the run.
    PrimesFeed *f = feed.get();
    f->run.setGilObserver([f](const GilHold &h) { f->holds.push(h); });
    f->run.setFaultObserver([f](const WorkerCrash &c) { f->crashes.push(c); });
    // Every kind, for the loop view; the trace keeps the steps (drain).
    // A task per number (primes_async.py) or per consumer: main gets a lane
    // of its own, the rest one lane per coroutine, so the short pane holds it.
    loopView_->setOwnLanes(1);
    loopView_->clear();
    f->run.setLoopObserver(
        [f](const aio::LoopEvent &e) {
            if (f->loopStepsSeen.fetch_add(1) < PrimesFeed::kMaxLoopSteps)
                f->loopSteps.push(e);
        },
        aio::LoopDetail::Full);
    background_ = BackgroundRun::start(
        [feed] {
            lowerEnginePriority();
            feed->setSummary(feed->run.exec([f = feed.get()](const PrimeResult &r) { f->results.push(r); }));
        },
        [feed] { feed->run.cancel(); });
    BackgroundRun *bg = background_;
    connect(bg, &BackgroundRun::finished, this, [this, bg, feed] {
        if (background_ == bg)
            background_ = nullptr;
        if (feed_ == feed) {
            drain();
            finishRun(feed->takeSummary().value_or(RunSummary{}));
        }
        updateControls();
        emit runningChanged(isRunning());
    });
    drainTimer_->start();
    updateControls();
    updateTotals();
    emit runningChanged(true);
}

void PrimesPage::stop()
{
    if (background_)
        background_->stop();
}

void PrimesPage::resetPage()
{
    if (isRunning())
        return;
    dropReplay();
    feed_.reset();
    drainTimer_->stop();
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

void PrimesPage::drain()
{
    assertGuiThread();
    if (replay_) { // a replay delivers its own results; the axis and totals move on here
        timeline_->setMinimumSpanNs(replay_->positionNs());
        updateTotals();
        return;
    }
    if (!feed_)
        return;
    // While the run goes, never wait for the engine's lock; at the end
    // nobody else holds it, and everything must be taken.
    const bool final = !isRunning();
    std::vector<PrimeResult> batch = final ? feed_->results.take() : feed_->results.tryTake();
    if (!batch.empty()) {
        // Follow the newest rows, as a terminal would, unless the user
        // scrolled away or sorted the table.
        QScrollBar *bar = table_->verticalScrollBar();
        const bool follow = sorted_->sortColumn() < 0 && bar->value() == bar->maximum();
        results_->append(std::move(batch));
        if (follow)
            table_->scrollToBottom();
    }
    std::vector<GilHold> holds = final ? feed_->holds.take() : feed_->holds.tryTake();
    if (!holds.empty()) {
        timeline_->addGilHolds(holds);
        shownHolds_.insert(shownHolds_.end(), holds.begin(), holds.end());
    }
    const std::vector<WorkerCrash> crashes = final ? feed_->crashes.take() : feed_->crashes.tryTake();
    if (!crashes.empty())
        timeline_->addCrashes(crashes);
    const std::vector<aio::LoopEvent> loop = final ? feed_->loopSteps.take() : feed_->loopSteps.tryTake();
    loopView_->addEvents(loop);
    std::copy_if(loop.begin(), loop.end(), std::back_inserter(shownLoopSteps_),
                 [](const aio::LoopEvent &e) { return e.kind == aio::LoopEvent::Kind::TaskStep; });
    if (isRunning()) {
        timeline_->setMinimumSpanNs(feed_->clock.nsecsElapsed());
        loopView_->setNowNs(feed_->clock.nsecsElapsed());
    }
    updateTotals();
}

void PrimesPage::finishRun(const RunSummary &summary)
{
    assertGuiThread();
    drainTimer_->stop();
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
        : feed_ && isRunning()     ? static_cast<double>(feed_->clock.nsecsElapsed()) / 1e9
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
