// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepsetup.h"

#include "core/sweep/sweeprunner.h"
#include "ui/settings/settings.h"
#include "ui/sweep/sweeptext.h"
#include "ui/widgets/numbersinput.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
namespace conlab {

namespace {
bool sameKind(const SweepSeries &a, const SweepSeries &b)
{
    const bool threaded = PrimesModels::gilApplies(a.model);
    return a.model == b.model && a.engine == b.engine && (!threaded || a.gil.enabled == b.gil.enabled);
}
} // namespace

SweepSetup::SweepSetup(QWidget *parent) : QWidget(parent)
{
    // The models the chapter compares, as sweep series.
    const std::vector<SweepSeries> kinds = {
        {PrimesModel::Processes, GilConfig{}},
        {PrimesModel::Threads, GilConfig{true, kDefaultSwitchInterval}},
        {PrimesModel::Threads, GilConfig{false, kDefaultSwitchInterval}},
        {PrimesModel::Pool, GilConfig{true, kDefaultSwitchInterval}},
        {PrimesModel::CoroutinesExecutor, GilConfig{}},
        // procs.py itself, in the interpreter of Run > CPython Interpreter.
        {PrimesModel::Processes, GilConfig{}, SweepSeries::Engine::CPython},
    };
    const auto configChanged = [this] {
        scheduleEstimate();
        emit changed();
    };
    seriesLabel_ = new QLabel(this);
    // Three to a row: five in one row need 1,300 pixels in English and more
    // in Portuguese, wider than a 1024x768 projector.
    constexpr int kSeriesPerRow = 3;
    auto *seriesRow = new QGridLayout;
    seriesRow->addWidget(seriesLabel_, 0, 0);
    for (const SweepSeries &s : kinds) {
        auto *box = new QCheckBox(this);
        box->setChecked(s == SweepSeries{}); // the book's figure
        const int at = static_cast<int>(seriesBoxes_.size());
        seriesBoxes_.emplace_back(box, s);
        seriesRow->addWidget(box, at / kSeriesPerRow, 1 + at % kSeriesPerRow);
        connect(box, &QCheckBox::toggled, this, configChanged);
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
    for (QSpinBox *spin : {maxWorkers_, runs_})
        connect(spin, &QSpinBox::valueChanged, this, configChanged);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(maxWorkersLabel_);
    sizeRow->addWidget(maxWorkers_);
    sizeRow->addSpacing(12);
    sizeRow->addWidget(runsLabel_);
    sizeRow->addWidget(runs_);
    sizeRow->addStretch(1);

    // The settings and the estimate wrap on a line of their own.
    settingsLabel_ = new QLabel(this);
    settingsLabel_->setWordWrap(true);
    estimate_ = new QLabel(this);
    estimate_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    estimate_->setWordWrap(true);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(settingsLabel_, 1);
    settingsRow->addWidget(estimate_, 1);

    numbers_ = new NumbersInput(this);
    connect(numbers_, &NumbersInput::validityChanged, this, &SweepSetup::changed);
    connect(numbers_, &NumbersInput::numbersChanged, this, &SweepSetup::scheduleEstimate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(seriesRow);
    layout->addLayout(sizeRow);
    layout->addLayout(settingsRow);
    layout->addWidget(numbers_);
    retranslateUi();
    scheduleEstimate();
}

void SweepSetup::setRunSettings(const RunSettings &settings)
{
    const bool paceChanged = !(settings.pace == settings_.pace);
    settings_ = settings;
    updateSettingsText();
    if (paceChanged)
        scheduleEstimate();
}

SweepConfig SweepSetup::config(bool withNumbers) const
{
    SweepConfig cfg;
    cfg.series.clear();
    for (const auto &[box, series] : seriesBoxes_) {
        if (!box->isChecked())
            continue;
        SweepSeries s = series;
        // The toolbar's switch interval reaches the threaded series; whether
        // the GIL is on is the series' own choice.
        s.gil.switchInterval = settings_.gil.switchInterval;
        cfg.series.push_back(s);
    }
    cfg.maxWorkers = maxWorkers_->value();
    cfg.runs = runs_->value();
    cfg.pace = settings_.pace;
    if (store_)
        cfg.cpython.interpreter = store_->cpythonInterpreter();
    if (withNumbers)
        cfg.numbers = numbers_->numbers();
    return cfg;
}

bool SweepSetup::isReady() const
{
    const bool anySeries = std::any_of(seriesBoxes_.begin(), seriesBoxes_.end(),
                                       [](const auto &box) { return box.first->isChecked(); });
    return anySeries && numbers_->isValid();
}

void SweepSetup::setSeries(const std::vector<SweepSeries> &series)
{
    for (auto &[box, kind] : seriesBoxes_) {
        const bool on = std::any_of(series.begin(), series.end(),
                                    [&kind = kind](const SweepSeries &s) { return sameKind(s, kind); });
        box->setChecked(on);
    }
}

void SweepSetup::setMaxWorkers(int workers)
{
    maxWorkers_->setValue(workers);
}

void SweepSetup::setRuns(int runs)
{
    runs_->setValue(runs);
}

void SweepSetup::useSettings(Settings *settings)
{
    store_ = settings;
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

void SweepSetup::setLocked(bool locked)
{
    for (auto &[box, series] : seriesBoxes_)
        box->setEnabled(!locked);
    maxWorkers_->setEnabled(!locked);
    runs_->setEnabled(!locked);
    numbers_->setEnabled(!locked);
}

QString SweepSetup::estimateText() const
{
    return estimate_->text();
}

void SweepSetup::scheduleEstimate()
{
    // The first call calibrates the pace (a few hundred ms): never on the
    // GUI thread. Only the newest request's answer is shown.
    const quint64 generation = ++estimateGeneration_;
    const SweepConfig cfg = config();
    if (cfg.series.empty() || cfg.numbers.empty()) {
        estimateSeconds_.reset();
        estimate_->setText(QString());
        return;
    }
    estimate_->setText(QCoreApplication::translate("conlab::SweepPage", "Estimating the time…"));
    auto *watcher = new QFutureWatcher<double>(this);
    connect(watcher, &QFutureWatcher<double>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != estimateGeneration_)
            return;
        estimateSeconds_ = watcher->result();
        showEstimate();
    });
    watcher->setFuture(QtConcurrent::run([cfg] { return SweepRunner::estimateSeconds(cfg); }));
}

void SweepSetup::showEstimate()
{
    if (!estimateSeconds_)
        return;
    //: %n runs in all, %1 a rough duration
    estimate_->setText(
        QCoreApplication::translate("conlab::SweepPage", "%n runs, about %1", nullptr, config(false).totalRuns())
            .arg(SweepText::duration(*estimateSeconds_)));
}

void SweepSetup::updateSettingsText()
{
    // Pace and switch interval come from the toolbar, as on the primes pages.
    //: %1 the pace's name, %2 the GIL switch interval in ms
    settingsLabel_->setText(
        QCoreApplication::translate("conlab::SweepPage", "pace: %1 · GIL switch every %2 ms (toolbar)")
            .arg(settings_.pace.name())
            .arg(settings_.gil.switchInterval.count() / 1000.0));
}

void SweepSetup::retranslateUi()
{
    //: label before the series checkboxes of the sweep
    seriesLabel_->setText(QCoreApplication::translate("conlab::SweepPage", "Series:"));
    for (auto &[box, series] : seriesBoxes_) {
        box->setText(series.label());
        if (series.isCPython())
            box->setToolTip(QCoreApplication::translate(
                "conlab::SweepPage",
                "The book's procs.py run by real CPython at each worker count, taking turns "
                "with the other series. The interpreter is chosen under Run > CPython "
                "Interpreter; the chart names its version."));
    }
    maxWorkersLabel_->setText(QCoreApplication::translate("conlab::SweepPage", "Up to &workers:"));
    runsLabel_->setText(QCoreApplication::translate("conlab::SweepPage", "&Repeats:"));
    runs_->setToolTip(
        QCoreApplication::translate("conlab::SweepPage", "Runs at each worker count; the chart plots their median."));
    updateSettingsText();
    showEstimate();
}

void SweepSetup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
