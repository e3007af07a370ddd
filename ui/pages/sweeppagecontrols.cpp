// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SweepPage: its widgets, their texts (retranslated on a language switch)
// and their sizes (refitted when presentation mode or zoom changes the font).
#include "pages/sweeppage.h"

#include "pages/sweephistory.h"
#include "settings/settings.h"
#include "sweep/sweepchart.h"
#include "sweep/sweepchartbuilder.h"
#include "sweep/sweeptext.h"
#include "theme/palette.h"
#include "widgets/bookmedianschart.h"
#include "widgets/numbersinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace conlab {

namespace {
// About 90 characters a line: wider paragraphs are hard to follow on a wall.
constexpr int kMeasureChars = 90;

bool sameKind(const SweepSeries &a, const SweepSeries &b)
{
    const bool threaded = PrimesModels::gilApplies(a.model);
    return a.model == b.model && (!threaded || a.gil.enabled == b.gil.enabled);
}
} // namespace

void SweepPage::buildControls()
{
    // The models the chapter compares, as sweep series.
    const std::vector<SweepSeries> kinds = {
        {PrimesModel::Processes, GilConfig{}},
        {PrimesModel::Threads, GilConfig{true, kDefaultSwitchInterval}},
        {PrimesModel::Threads, GilConfig{false, kDefaultSwitchInterval}},
        {PrimesModel::Pool, GilConfig{true, kDefaultSwitchInterval}},
        {PrimesModel::CoroutinesExecutor, GilConfig{}},
    };
    seriesLabel_ = new QLabel(this);
    // Three to a row: five in one row need 1,300 pixels in English and more
    // in Portuguese, wider than a 1024x768 projector.
    constexpr int kSeriesPerRow = 3;
    auto *seriesRow = new QGridLayout;
    seriesRow->addWidget(seriesLabel_, 0, 0);
    for (const SweepSeries &s : kinds) {
        auto *box = new QCheckBox(this);
        box->setChecked(s.model == PrimesModel::Processes); // the book's figure
        const int at = static_cast<int>(seriesBoxes_.size());
        seriesBoxes_.emplace_back(box, s);
        seriesRow->addWidget(box, at / kSeriesPerRow, 1 + at % kSeriesPerRow);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateControls();
            scheduleEstimate();
        });
    }
    seriesRow->setColumnStretch(kSeriesPerRow + 1, 1);

    maxWorkersLabel_ = new QLabel(this);
    maxWorkers_ = new QSpinBox(this);
    maxWorkers_->setRange(1, SweepConfig::kMaxWorkers);
    maxWorkers_->setValue(20);
    maxWorkersLabel_->setBuddy(maxWorkers_);
    runsLabel_ = new QLabel(this);
    runs_ = new QSpinBox(this);
    runs_->setRange(1, SweepConfig::kMaxRuns);
    runs_->setValue(12);
    runsLabel_->setBuddy(runs_);
    settingsLabel_ = new QLabel(this);
    estimate_ = new QLabel(this);
    estimate_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QSpinBox *spin : {maxWorkers_, runs_})
        connect(spin, &QSpinBox::valueChanged, this, &SweepPage::scheduleEstimate);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(maxWorkersLabel_);
    sizeRow->addWidget(maxWorkers_);
    sizeRow->addSpacing(12);
    sizeRow->addWidget(runsLabel_);
    sizeRow->addWidget(runs_);
    sizeRow->addStretch(1);
    // The settings and the estimate wrap on a line of their own.
    settingsLabel_->setWordWrap(true);
    estimate_->setWordWrap(true);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(settingsLabel_, 1);
    settingsRow->addWidget(estimate_, 1);

    numbers_ = new NumbersInput(this);
    connect(numbers_, &NumbersInput::validityChanged, this, &SweepPage::updateControls);
    connect(numbers_, &NumbersInput::numbersChanged, this, &SweepPage::scheduleEstimate);

    startButton_ = new QPushButton(this);
    pauseButton_ = new QPushButton(this);
    stopButton_ = new QPushButton(this);
    connect(startButton_, &QPushButton::clicked, this, &SweepPage::run);
    connect(pauseButton_, &QPushButton::clicked, this, [this] { paused_ ? resume() : pause(); });
    connect(stopButton_, &QPushButton::clicked, this, &SweepPage::stop);
    progressBar_ = new QProgressBar(this);
    progressBar_->setTextVisible(false);
    progressBar_->setRange(0, 1);
    progressBar_->setValue(0);
    progress_ = new QLabel(this);
    exportButton_ = new QToolButton(this);
    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton_);
    exportActions_ << menu->addAction(QString(), this, [this] { exportChart(ChartFormat::Png); })
                   << menu->addAction(QString(), this, [this] { exportChart(ChartFormat::Svg); })
                   << menu->addAction(QString(), this, [this] { exportChart(ChartFormat::Pdf); });
    menu->addSeparator();
    exportActions_ << menu->addAction(QString(), this, [this] { exportData(false); })
                   << menu->addAction(QString(), this, [this] { exportData(true); });
    exportButton_->setMenu(menu);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(startButton_);
    runRow->addWidget(pauseButton_);
    runRow->addWidget(stopButton_);
    runRow->addWidget(progressBar_, 1);
    runRow->addWidget(progress_);
    runRow->addWidget(exportButton_);

    // The offer to carry on with a sweep that never finished.
    banner_ = new QFrame(this);
    banner_->setObjectName(QStringLiteral("resumeBanner"));
    banner_->setStyleSheet(QStringLiteral("#resumeBanner { background: #FFF1D6; border: 3px solid %1; border-radius: 4px; }")
                               .arg(theme::okabeIto::orange.name()));
    bannerLabel_ = new QLabel(banner_);
    bannerLabel_->setWordWrap(true);
    bannerLabel_->setTextFormat(Qt::PlainText);
    resumeButton_ = new QPushButton(banner_);
    discardButton_ = new QPushButton(banner_);
    connect(resumeButton_, &QPushButton::clicked, this, &SweepPage::resumeUnfinished);
    connect(discardButton_, &QPushButton::clicked, this, &SweepPage::discardUnfinished);
    auto *bannerRow = new QHBoxLayout(banner_);
    bannerRow->addWidget(bannerLabel_, 1);
    bannerRow->addWidget(resumeButton_);
    bannerRow->addWidget(discardButton_);
    banner_->hide();

    modeLabel_ = new QLabel(this);
    mode_ = new QComboBox(this);
    // Sized to the current language's texts, not to those of the first show.
    mode_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mode_->addItem(QString(), int(SweepChartOptions::Mode::Time));
    mode_->addItem(QString(), int(SweepChartOptions::Mode::Speedup));
    modeLabel_->setBuddy(mode_);
    bandLabel_ = new QLabel(this);
    band_ = new QComboBox(this);
    band_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    band_->addItem(QString(), int(SweepChartOptions::Band::None));
    band_->addItem(QString(), int(SweepChartOptions::Band::MinMax));
    band_->addItem(QString(), int(SweepChartOptions::Band::Quartiles));
    band_->setCurrentIndex(1);
    bandLabel_->setBuddy(band_);
    ideal_ = new QCheckBox(this);
    book_ = new QCheckBox(this);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(modeLabel_);
    chartRow->addWidget(mode_);
    chartRow->addSpacing(12);
    chartRow->addWidget(bandLabel_);
    chartRow->addWidget(band_);
    chartRow->addStretch(1);
    auto *overlayRow = new QHBoxLayout;
    overlayRow->addWidget(ideal_);
    overlayRow->addSpacing(12);
    overlayRow->addWidget(book_);
    overlayRow->addStretch(1);
    const auto optionsChanged = [this] { chart_->builder()->setOptions(chartOptions()); };
    connect(mode_, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(band_, &QComboBox::currentIndexChanged, this, optionsChanged);
    connect(ideal_, &QCheckBox::toggled, this, optionsChanged);
    connect(book_, &QCheckBox::toggled, this, optionsChanged);

    chart_ = new SweepChart(this);
    chart_->builder()->setOptions(chartOptions());
    view_ = new QStackedWidget(this);
    view_->addWidget(buildPreview());
    view_->addWidget(chart_);
    history_ = new SweepHistory(this);
    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setObjectName(QStringLiteral("sweepPageSplitter"));
    split_->addWidget(view_);
    split_->addWidget(history_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 1);
    split_->setChildrenCollapsible(false);
    connect(split_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(seriesRow);
    layout->addLayout(sizeRow);
    layout->addLayout(settingsRow);
    layout->addWidget(numbers_);
    layout->addLayout(runRow);
    layout->addWidget(banner_);
    layout->addLayout(chartRow);
    layout->addLayout(overlayRow);
    layout->addWidget(split_, 1);
    layout->addWidget(status_);
    retranslateUi();
    fitToFont();
}

// Before any sweep is shown: what the experiment measures, with the book's
// own figure to compare against.
QWidget *SweepPage::buildPreview()
{
    preview_ = new QWidget(this);
    previewText_ = new QLabel(preview_);
    previewText_->setTextFormat(Qt::RichText);
    previewText_->setWordWrap(true);
    previewText_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *book = new BookMediansChart(preview_);
    // The text scrolls in a third of the height and the book's figure keeps
    // the rest: on a 768-line projector the text alone would fill the page.
    auto *textScroll = new QScrollArea(preview_);
    textScroll->setFrameShape(QFrame::NoFrame);
    textScroll->setWidgetResizable(true);
    textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    textScroll->setWidget(previewText_);
    textScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *column = new QVBoxLayout(preview_);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(textScroll, 1);
    column->addWidget(book, 2);
    return preview_;
}

void SweepPage::retranslateUi()
{
    //: label before the series checkboxes of the sweep
    seriesLabel_->setText(tr("Series:"));
    for (auto &[box, series] : seriesBoxes_)
        box->setText(series.label());
    maxWorkersLabel_->setText(tr("Up to &workers:"));
    runsLabel_->setText(tr("&Repeats:"));
    runs_->setToolTip(tr("Runs at each worker count; the chart plots their median."));
    startButton_->setText(tr("Start"));
    stopButton_->setText(tr("Stop"));
    resumeButton_->setText(tr("Resume"));
    discardButton_->setText(tr("Discard"));
    discardButton_->setToolTip(tr("Hide this offer. The file stays and the list still opens it."));
    //: menu button with the exports of the sweep on screen
    exportButton_->setText(tr("Export"));
    exportActions_[0]->setText(tr("Chart as PNG…"));
    exportActions_[1]->setText(tr("Chart as SVG…"));
    exportActions_[2]->setText(tr("Chart as PDF…"));
    exportActions_[3]->setText(tr("Data as CSV…"));
    exportActions_[4]->setText(tr("Data as JSON…"));
    //: label of the chart's unit: time or speedup
    modeLabel_->setText(tr("&Show:"));
    mode_->setItemText(0, tr("median time"));
    mode_->setItemText(1, tr("speedup T(1) / T(N)"));
    //: label of the shaded spread of the runs
    bandLabel_->setText(tr("&Band:"));
    band_->setItemText(0, tr("none"));
    band_->setItemText(1, tr("fastest to slowest run"));
    band_->setItemText(2, tr("quartiles"));
    ideal_->setText(tr("ideal T(1) / N"));
    book_->setText(tr("the book's medians"));
    book_->setToolTip(tr("Figure 19-2's medians (6 cores), scaled so that their 1-worker time is this sweep's."));

    const QString what = tr(
        "This rebuilds Figure 19-2 of the chapter: procs.py run with 1 to 20 worker processes, each "
        "count repeated several times, and the median time for each count plotted against the count, "
        "with a dotted line at the lowest median.");
    const QString why = tr(
        "In the book, on a machine with 6 cores, the time falls steeply from 1 to 6 processes (40.8 s "
        "to 10.4 s) and then stays flat or gets a little worse: once every core is busy, more "
        "processes only add start-up and switching costs. The lowest median sits at the core count.");
    const QString how = tr(
        "Press Start (F5) to measure it on this machine. Below are the book's own numbers, plotted "
        "the way the figure plots them.");
    previewText_->setText(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                              .arg(what.toHtmlEscaped(), why.toHtmlEscaped(), how.toHtmlEscaped()));
    updateControls();
    updateSettingsText();
    updateProgress();
    showEstimate();
    if (statusText_)
        status_->setText(statusText_());
}

QByteArray SweepPage::saveLayout() const
{
    return split_->saveState();
}

void SweepPage::restoreLayout(const QByteArray &state)
{
    if (!state.isEmpty())
        split_->restoreState(state);
}

void SweepPage::fitToFont()
{
    previewText_->setMaximumWidth(fontMetrics().averageCharWidth() * kMeasureChars);
    // The progress text changes with every run: a steady width keeps the
    // bar from jumping.
    progress_->setMinimumWidth(fontMetrics().horizontalAdvance(SweepText::progress(999, 9999, 3599)));
    history_->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
}

void SweepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitToFont();
    ExperimentPage::changeEvent(event);
}

void SweepPage::updateControls()
{
    const bool running = isRunning();
    for (auto &[box, series] : seriesBoxes_)
        box->setEnabled(!running);
    maxWorkers_->setEnabled(!running);
    runs_->setEnabled(!running);
    numbers_->setEnabled(!running);
    startButton_->setEnabled(canRun());
    pauseButton_->setEnabled(running);
    //: the pause button, while paused
    pauseButton_->setText(paused_ ? tr("Resume") : tr("Pause"));
    stopButton_->setEnabled(running);
    history_->setEnabled(!running);
    exportButton_->setEnabled(chart_->builder()->primary().has_value());
    resumeButton_->setEnabled(!running && !isRunBlocked());
    updateSettingsText();
    const bool now = canRun();
    if (now != lastCanRun_) {
        lastCanRun_ = now;
        emit canRunChanged(now);
    }
}

void SweepPage::updateSettingsText()
{
    if (!settingsLabel_)
        return;
    // Pace and switch interval come from the toolbar, as on the primes pages.
    //: %1 the pace's name, %2 the GIL switch interval in ms
    settingsLabel_->setText(tr("pace: %1 · GIL switch every %2 ms (toolbar)")
                                .arg(settings_.pace.name())
                                .arg(settings_.gil.switchInterval.count() / 1000.0));
}

SweepChartOptions SweepPage::chartOptions() const
{
    SweepChartOptions o;
    o.mode = static_cast<SweepChartOptions::Mode>(mode_->currentData().toInt());
    o.band = static_cast<SweepChartOptions::Band>(band_->currentData().toInt());
    o.ideal = ideal_->isChecked();
    o.bookOverlay = book_->isChecked();
    return o;
}

void SweepPage::setChartOptions(const SweepChartOptions &options)
{
    mode_->setCurrentIndex(mode_->findData(int(options.mode)));
    band_->setCurrentIndex(band_->findData(int(options.band)));
    ideal_->setChecked(options.ideal);
    book_->setChecked(options.bookOverlay);
    chart_->builder()->setOptions(chartOptions());
}

void SweepPage::setSeries(const std::vector<SweepSeries> &series)
{
    for (auto &[box, kind] : seriesBoxes_) {
        const bool on = std::any_of(series.begin(), series.end(),
                                    [&kind = kind](const SweepSeries &s) { return sameKind(s, kind); });
        box->setChecked(on);
    }
}

void SweepPage::setMaxWorkers(int workers)
{
    maxWorkers_->setValue(workers);
}

void SweepPage::setRuns(int runs)
{
    runs_->setValue(runs);
}

void SweepPage::useSettings(Settings *settings)
{
    if (const std::optional<QStringList> specs = settings->sweepSeries()) {
        std::vector<SweepSeries> series;
        for (const QString &spec : *specs) {
            // A spec this version no longer knows is dropped, not fatal.
            if (const std::optional<SweepSeries> s = SweepSeries::parse(spec, nullptr))
                series.push_back(*s);
        }
        setSeries(series);
    }
    setMaxWorkers(settings->sweepMaxWorkers());
    setRuns(settings->sweepRuns());

    const auto storeSeries = [this, settings] {
        QStringList specs;
        for (const auto &[box, series] : seriesBoxes_) {
            if (box->isChecked())
                specs << series.spec();
        }
        settings->setSweepSeries(specs);
    };
    for (const auto &[box, series] : seriesBoxes_)
        connect(box, &QCheckBox::toggled, settings, storeSeries);
    connect(maxWorkers_, &QSpinBox::valueChanged, settings, &Settings::setSweepMaxWorkers);
    connect(runs_, &QSpinBox::valueChanged, settings, &Settings::setSweepRuns);
}

} // namespace conlab
