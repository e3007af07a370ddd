#include "pages/primespage.h"

#include "engine/backgroundrun.h"
#include "engine/enginepriority.h"
#include "models/resultstablemodel.h"
#include "pages/primesfeed.h"
#include "pages/primesoutcome.h"
#include "pages/sequentialbaseline.h"
#include "record/runrecording.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QCheckBox>
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

void PrimesPage::buildControls()
{
    modelBox_ = new QComboBox(this);
    switch (variant_) {
    case Variant::Sequential:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Sequential));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Coroutines));
        break;
    case Variant::ProcessPool:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Processes));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::CoroutinesExecutor));
        break;
    case Variant::Threads:
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Threads));
        modelBox_->addItem({}, static_cast<int>(PrimesModel::Pool));
        break;
    }
    racyBox_ = new QCheckBox(this);
    racyBox_->setVisible(variant_ == Variant::ProcessPool);
    numbers_ = new NumbersInput(this);
    settingsLabel_ = new QLabel(this);
    settingsLabel_->setWordWrap(true);

    exportButton_ = new QToolButton(this);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton_);
    exportActions_ << menu->addAction(QString(), this, [this] { exportResults(false); })
                   << menu->addAction(QString(), this, [this] { exportResults(true); })
                   << menu->addAction(QString(), this, &PrimesPage::exportTrace);
    menu->addSeparator();
    exportActions_ << menu->addAction(QString(), this, &PrimesPage::saveRecording);
    exportButton_->setMenu(menu);
    openButton_ = new QToolButton(this);
    connect(openButton_, &QToolButton::clicked, this, &PrimesPage::openRecording);
    connect(this, &PrimesPage::runningChanged, openButton_, [this](bool running) { openButton_->setEnabled(!running); });

    modelLabel_ = new QLabel(this);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(modelLabel_);
    modelRow->addWidget(modelBox_);
    modelRow->addWidget(racyBox_);
    modelRow->addWidget(settingsLabel_, 1);
    modelRow->addWidget(exportButton_);
    modelRow->addWidget(openButton_);

    totals_ = new QLabel(this);
    totals_->setWordWrap(true);
    banner_ = new QLabel(this);
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setTextFormat(Qt::PlainText);
    banner_->setMargin(8);
    banner_->hide();

    timeline_ = new TimelineView(this);
    timeline_->setModel(results_);
    table_ = new QTableView(this);
    table_->setModel(sorted_);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    // Fixed heights: a million rows must not be measured one by one.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(false);
    // Unsorted at first: rows in completion order, as procs.py prints them.
    table_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table_->setSortingEnabled(true);

    liveView_ = new QSplitter(Qt::Horizontal, this);
    liveView_->addWidget(table_);
    liveView_->addWidget(timeline_);
    liveView_->setStretchFactor(0, 0);
    liveView_->setStretchFactor(1, 1);
    liveView_->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modelRow);
    layout->addWidget(numbers_);
    layout->addWidget(banner_);
    layout->addWidget(totals_);
    layout->addWidget(liveView_, 1);

    connect(modelBox_, &QComboBox::currentIndexChanged, this, &PrimesPage::updateControls);
    connect(numbers_, &NumbersInput::validityChanged, this, &PrimesPage::updateControls);
    retranslateUi();
    fitToFont();
}

void PrimesPage::retranslateUi()
{
    const auto name = [](PrimesModel m) {
        switch (m) {
        case PrimesModel::Sequential: return tr("sequential (sequential.py)");
        case PrimesModel::Coroutines: return tr("coroutines on one event loop");
        case PrimesModel::Processes: return tr("processes (procs.py)");
        case PrimesModel::CoroutinesExecutor: return tr("coroutines + process executor");
        case PrimesModel::Threads: return tr("threads (threads.py)");
        case PrimesModel::Pool: return tr("thread pool (ThreadPoolExecutor)");
        }
        return QString();
    };
    for (int i = 0; i < modelBox_->count(); ++i)
        modelBox_->setItemText(i, name(static_cast<PrimesModel>(modelBox_->itemData(i).toInt())));
    //: checkbox on the process-pool page
    racyBox_->setText(tr("race condition (procs.py before its fix)"));
    racyBox_->setToolTip(tr("The report loop stops once the job queue is empty, while workers may still be "
                            "checking numbers: their results are lost."));
    //: menu button with the exports of the run on screen
    exportButton_->setText(tr("Export"));
    exportActions_[0]->setText(tr("Results as CSV…"));
    exportActions_[1]->setText(tr("Results as JSON…"));
    exportActions_[2]->setText(tr("Chrome trace for Perfetto…"));
    exportActions_[3]->setText(tr("Save recording…"));
    openButton_->setText(tr("Open recording…"));
    //: label of the model choice
    modelLabel_->setText(tr("Model:"));
    emit results_->headerDataChanged(Qt::Horizontal, 0, ResultsTableModel::ColumnCount - 1);
    table_->viewport()->update();
    timeline_->update();
    updateControls();
    showOutcome();
    updateTotals();
}

// Presentation mode and zoom change the font: the totals stay a step larger
// than the rest, and the table's columns stay wide enough for 2^64-1.
void PrimesPage::fitToFont()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    totals_->setFont(big);
    const QFontMetrics fm = table_->fontMetrics();
    table_->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    const int digit = fm.horizontalAdvance(u'0');
    const int padding = fm.height();
    const int widths[ResultsTableModel::ColumnCount] = {20, 2, 11, 6, 8, 8};
    int tableWidth = table_->verticalScrollBar()->sizeHint().width() + 2 * table_->frameWidth();
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c) {
        const int header = table_->horizontalHeader()->fontMetrics().horizontalAdvance(
                               results_->headerData(c, Qt::Horizontal).toString()) + 2 * padding;
        const int w = std::max(widths[c] * digit + padding, header);
        table_->setColumnWidth(c, w);
        tableWidth += w;
    }
    table_->setMinimumWidth(tableWidth);
}

void PrimesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitToFont();
    ExperimentPage::changeEvent(event);
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
    return !background_ && numbers_->isValid();
}

bool PrimesPage::isRunning() const
{
    return background_ != nullptr;
}

QWidget *PrimesPage::liveView()
{
    return liveView_;
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
    const bool single = cfg.model == PrimesModel::Sequential || cfg.model == PrimesModel::Coroutines;
    cfg.workers = single ? 1 : std::clamp(settings_.workers, 1, PrimesConfig::kMaxWorkers);
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
    settingsLabel_->setText(PrimesOutcome::settingsText(currentConfig(false)));
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
    const PrimesConfig cfg = currentConfig();
    auto feed = std::make_shared<PrimesFeed>(cfg);
    feed_ = feed;
    shownConfig_ = cfg;
    shownFingerprint_ = SequentialBaseline::fingerprint(cfg.numbers);
    shownSummary_.reset();
    shownHolds_.clear();
    shownLoopSteps_.clear();
    results_->clear();
    timeline_->clear();
    setUpLanes(cfg);
    timeline_->setTotalNumbers(static_cast<qsizetype>(cfg.numbers.size()));
    timeline_->setLive(true);
    banner_->hide();

    // The feed owns the run, so this raw pointer lives as long as the run.
    PrimesFeed *f = feed.get();
    f->run.setGilObserver([f](const GilHold &h) { f->holds.push(h); });
    f->run.setLoopObserver([f](const aio::LoopEvent &e) {
        if (e.kind == aio::LoopEvent::Kind::TaskStep && f->loopStepsSeen.fetch_add(1) < PrimesFeed::kMaxLoopSteps)
            f->loopSteps.push(e);
    });
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

void PrimesPage::drain()
{
    assertGuiThread();
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
    std::vector<aio::LoopEvent> steps = final ? feed_->loopSteps.take() : feed_->loopSteps.tryTake();
    shownLoopSteps_.insert(shownLoopSteps_.end(), std::make_move_iterator(steps.begin()),
                           std::make_move_iterator(steps.end()));
    if (isRunning())
        timeline_->setMinimumSpanNs(feed_->clock.nsecsElapsed());
    updateTotals();
}

void PrimesPage::finishRun(const RunSummary &summary)
{
    assertGuiThread();
    drainTimer_->stop();
    shownSummary_ = summary;
    if (shownConfig_.model == PrimesModel::Sequential && summary.ok())
        SequentialBaseline::instance().record(shownConfig_.pace, shownFingerprint_, summary.wall);
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
    if (s.gil)
        timeline_->setGilWorkers(PrimesOutcome::gilWorkers(*s.gil));
    // Lost results were started but never reported: they leave the queue
    // at an unknown time, so they are not counted in its depth.
    timeline_->setTotalNumbers(s.numbers - static_cast<qsizetype>(s.lost.size()));
    const PrimesOutcome::Banner banner = PrimesOutcome::banner(s);
    banner_->setVisible(!banner.text.isEmpty());
    banner_->setText(banner.text);
    banner_->setStyleSheet(PrimesOutcome::bannerStyle(banner.kind));
    updateTotals();
}

void PrimesPage::updateTotals()
{
    const std::optional<double> baseline =
        SequentialBaseline::instance().lookup(shownConfig_.pace, shownFingerprint_);
    const double elapsed = feed_ && isRunning() ? static_cast<double>(feed_->clock.nsecsElapsed()) / 1e9 : 0.0;
    totals_->setText(PrimesOutcome::totalsText(shownConfig_, results_->rowCount(), shownSummary_ ? &*shownSummary_ : nullptr,
                                               elapsed, baseline));
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
