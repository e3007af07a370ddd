// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pages/sweeppage.h"

#include "pages/sweephistory.h"
#include "sweep/sweepchart.h"
#include "sweep/sweepchartbuilder.h"
#include "sweep/sweepstore.h"
#include "sweep/sweeptext.h"
#include "widgets/numbersinput.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace conlab {

namespace {
void assertGuiThread()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
}
} // namespace

SweepPage::SweepPage(QWidget *parent) : ExperimentPage(parent)
{
    session_ = new RunSession(this);
    arrivals_ = session_->addChannel<SweepArrival>(
        [this](std::vector<SweepArrival> &&batch) { showArrivals(std::move(batch)); });
    // Between runs the ETA counts down on screen.
    connect(session_, &RunSession::ticked, this, &SweepPage::updateProgress);
    connect(session_, &RunSession::finished, this, [this] {
        runner_.reset();
        finishSweep(session_->outcome<SweepOutcome>() ? *session_->outcome<SweepOutcome>() : SweepOutcome{});
        updateControls();
        emit runningChanged(false);
    });
    buildControls();
    connect(history_, &SweepHistory::scanned, this, &SweepPage::historyScanned);
    connect(history_, &SweepHistory::picked, this, &SweepPage::openSweeps);
    lastCanRun_ = canRun();
    updateControls();
    scheduleEstimate();
}

SweepPage::~SweepPage() = default; // the session asks its run to stop

QString SweepPage::title() const
{
    return tr("Sweep: how many processes?");
}

bool SweepPage::canRun() const
{
    if (session_->isRunning() || isRunBlocked())
        return false;
    const bool anySeries = std::any_of(seriesBoxes_.begin(), seriesBoxes_.end(),
                                       [](const auto &box) { return box.first->isChecked(); });
    return anySeries && numbers_->isValid();
}

bool SweepPage::isRunning() const
{
    return session_->isRunning();
}

QWidget *SweepPage::liveView()
{
    // The chart once there is a sweep to show; before that, the book's.
    return view_->currentWidget();
}

void SweepPage::applySettings(const RunSettings &settings)
{
    const bool paceChanged = !(settings.pace == settings_.pace);
    settings_ = settings;
    updateSettingsText();
    if (paceChanged)
        scheduleEstimate();
}

SweepConfig SweepPage::currentConfig(bool withNumbers) const
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
    if (withNumbers)
        cfg.numbers = numbers_->numbers();
    return cfg;
}

void SweepPage::run()
{
    assertGuiThread();
    if (!canRun())
        return;
    SweepData data;
    data.config = currentConfig();
    data.machine = SweepMachine::current();
    QString error = data.config.validate();
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    std::unique_ptr<SweepFile> file = SweepStore::createFile(data, &error);
    if (!file) {
        //: %1 why the results file could not be made
        setStatus(tr("The sweep cannot start: %1").arg(error), true);
        return;
    }
    startSweep(std::move(data), std::move(file));
}

void SweepPage::startSweep(SweepData data, std::unique_ptr<SweepFile> file)
{
    ++loadGeneration_; // a past sweep still loading must not replace this one
    shownPath_ = file->path();
    done_ = static_cast<int>(data.runs.size());
    total_ = data.config.totalRuns();
    eta_ = -1.0;
    paused_ = false;
    chart_->builder()->setSweeps(data);
    view_->setCurrentWidget(chart_);
    banner_->hide();
    setStatus([file = QFileInfo(shownPath_).fileName()] {
        //: %1 the results file's name
        return tr("Each finished run is saved at once in %1.").arg(file);
    });

    session_->begin();
    auto runner = std::make_shared<SweepRunner>(std::move(data), std::move(file));
    runner_ = runner;
    session_->start<SweepOutcome>(
        [runner, in = arrivals_->inbox()] {
            return runner->exec([in](const SweepRun &run, const SweepProgress &p) { in->push({run, p}); });
        },
        [runner] { runner->stop(); });
    sinceStart_.start();
    sinceArrival_.invalidate();
    updateControls();
    updateProgress();
    emit runningChanged(true);
}

void SweepPage::stop()
{
    session_->stop();
}

void SweepPage::pause()
{
    if (!runner_ || paused_)
        return;
    runner_->pause();
    paused_ = true;
    updateControls();
    updateProgress();
}

void SweepPage::resume()
{
    if (!runner_ || !paused_)
        return;
    runner_->resume();
    paused_ = false;
    sinceArrival_.restart(); // the ETA counts from now, not from the pause
    updateControls();
    updateProgress();
}

void SweepPage::showArrivals(std::vector<SweepArrival> &&batch)
{
    assertGuiThread();
    if (!batch.empty()) {
        std::vector<SweepRun> runs;
        runs.reserve(batch.size());
        for (const SweepArrival &a : batch)
            runs.push_back(a.run);
        chart_->builder()->addRuns(runs);
        const auto disturbed = std::find_if(runs.begin(), runs.end(), [](const SweepRun &r) { return r.disturbed(); });
        if (disturbed != runs.end())
            setStatus([workers = disturbed->workers, repeat = disturbed->repeat] {
                //: %1 a worker count, %2 a run number
                return tr("Run %2 with %1 workers lost a worker (it crashed or stopped answering): "
                          "its time includes the recovery, so it is drawn hollow and left out of the medians.")
                    .arg(workers)
                    .arg(repeat);
            }, true);
        const SweepProgress &p = batch.back().progress;
        done_ = p.done;
        total_ = p.total;
        eta_ = p.eta;
        sinceArrival_.restart();
    }
    updateProgress();
}

void SweepPage::finishSweep(const SweepOutcome &outcome)
{
    assertGuiThread();
    paused_ = false;
    eta_ = -1.0;
    const QString file = QFileInfo(shownPath_).fileName();
    const int done = done_;
    const int total = total_;
    if (!outcome.error.isEmpty())
        setStatus([error = outcome.error, file] {
            //: %1 what went wrong, %2 the results file's name
            return tr("The sweep stopped: %1 The runs done so far are kept in %2.").arg(error, file);
        }, true);
    else if (outcome.complete)
        setStatus([done, wall = outcome.wall, file] {
            //: %n runs, %1 a duration, %2 the results file's name
            return tr("Sweep finished: %n runs in %1, saved in %2.", nullptr, done).arg(SweepText::duration(wall), file);
        });
    else
        setStatus([done, total, file] {
            //: %1 runs done, %n runs in all, %2 the results file's name
            return tr("Stopped after %1 of %n runs. %2 keeps them; Resume carries on from there.", nullptr, total)
                .arg(done)
                .arg(file);
        });
    updateProgress();
    // The list gains this sweep; it stays selected without being reloaded.
    history_->refresh(shownPath_);
}

void SweepPage::updateProgress()
{
    progressBar_->setMaximum(std::max(1, total_));
    progressBar_->setValue(std::min(done_, std::max(1, total_)));
    double eta = eta_;
    if (isRunning()) {
        if (eta >= 0.0 && sinceArrival_.isValid() && !paused_)
            eta = std::max(0.0, eta - static_cast<double>(sinceArrival_.elapsed()) / 1000.0);
        else if (eta < 0.0 && estimateSeconds_ && done_ == 0)
            eta = std::max(0.0, *estimateSeconds_ - static_cast<double>(sinceStart_.elapsed()) / 1000.0);
    }
    QString text = total_ > 0 ? SweepText::progress(done_, total_, isRunning() ? eta : -1.0) : QString();
    if (paused_)
        //: %1 the progress ("57 / 240 runs"); the run in flight finishes first
        text = tr("%1, paused after the run in flight").arg(SweepText::progress(done_, total_, -1.0));
    progress_->setText(text);
}

QString SweepPage::progressText() const
{
    return progress_->text();
}

QString SweepPage::estimateText() const
{
    return estimate_->text();
}

QString SweepPage::statusText() const
{
    return status_->text();
}

QString SweepPage::bannerText() const
{
    return banner_->isHidden() ? QString() : bannerLabel_->text();
}

void SweepPage::setStatus(std::function<QString()> text, bool problem)
{
    statusText_ = std::move(text);
    status_->setText(statusText_ ? statusText_() : QString());
    status_->setStyleSheet(problem ? QStringLiteral("color: #A83C00;") : QString());
}

void SweepPage::setStatus(const QString &text, bool problem)
{
    setStatus([text] { return text; }, problem);
}

void SweepPage::scheduleEstimate()
{
    // The first call calibrates the pace (a few hundred ms): never on the
    // GUI thread. Only the newest request's answer is shown.
    const quint64 generation = ++estimateGeneration_;
    const SweepConfig cfg = currentConfig();
    if (cfg.series.empty() || cfg.numbers.empty()) {
        estimateSeconds_.reset();
        estimate_->setText(QString());
        return;
    }
    estimate_->setText(tr("Estimating the time…"));
    auto *watcher = new QFutureWatcher<double>(this);
    connect(watcher, &QFutureWatcher<double>::finished, this, [this, watcher, generation] {
        estimateReady(watcher->result(), generation);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([cfg] { return SweepRunner::estimateSeconds(cfg); }));
}

void SweepPage::estimateReady(double seconds, quint64 generation)
{
    if (generation != estimateGeneration_)
        return;
    estimateSeconds_ = seconds;
    showEstimate();
}

void SweepPage::showEstimate()
{
    if (!estimateSeconds_)
        return;
    const SweepConfig cfg = currentConfig(false);
    //: %n runs in all, %1 a rough duration
    estimate_->setText(tr("%n runs, about %1", nullptr, cfg.totalRuns()).arg(SweepText::duration(*estimateSeconds_)));
}

} // namespace conlab
