// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/sweeppage.h"

#include "core/taskqueue/celerysweepengine.h"

#include "ui/sweep/sweepchart.h"
#include "ui/sweep/sweepchartbuilder.h"
#include "ui/sweep/sweepexporter.h"
#include "ui/sweep/sweepfiles.h"
#include "ui/sweep/sweephistory.h"
#include "ui/sweep/sweeppreview.h"
#include "ui/sweep/sweeptext.h"
#include "ui/theme/palette.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>
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
    files_ = new SweepFiles(this);
    buildUi();
    connect(setup_, &SweepSetup::changed, this, &SweepPage::updateControls);
    connect(runBar_, &SweepRunBar::startClicked, this, &SweepPage::run);
    connect(runBar_, &SweepRunBar::pauseClicked, this, [this] { paused_ ? resume() : pause(); });
    connect(runBar_, &SweepRunBar::stopClicked, this, &SweepPage::stop);
    connect(runBar_, &SweepRunBar::exportRequested, this,
            [this](SweepExportKind what) { SweepExporter::save(this, *chart_->builder(), what); });
    connect(banner_, &SweepResumeBanner::resumeClicked, this, &SweepPage::resumeUnfinished);
    connect(chartControls_, &SweepChartControls::optionsChanged, this,
            [this](const SweepChartOptions &options) { chart_->builder()->setOptions(options); });
    connect(history_, &SweepHistory::scanned, this, &SweepPage::historyScanned);
    connect(history_, &SweepHistory::picked, this, &SweepPage::openSweeps);
    connect(split_, &QSplitter::splitterMoved, this, &ExperimentPage::layoutChanged);
    lastCanRun_ = canRun();
    updateControls();
}

SweepPage::~SweepPage() = default; // the session asks its run to stop

void SweepPage::buildUi()
{
    setup_ = new SweepSetup(this);
    runBar_ = new SweepRunBar(this);
    banner_ = new SweepResumeBanner(this);
    chartControls_ = new SweepChartControls(this);
    chart_ = new SweepChart(this);
    chart_->builder()->setOptions(chartControls_->options());
    preview_ = new SweepPreview(this);
    view_ = new QStackedWidget(this);
    view_->addWidget(preview_);
    view_->addWidget(chart_);
    history_ = new SweepHistory(this);
    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setObjectName(QStringLiteral("sweepPageSplitter"));
    split_->addWidget(view_);
    split_->addWidget(history_);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 1);
    split_->setChildrenCollapsible(false);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setup_);
    layout->addWidget(runBar_);
    layout->addWidget(banner_);
    layout->addWidget(chartControls_);
    layout->addWidget(split_, 1);
    layout->addWidget(status_);
    fitToFont();
}

void SweepPage::fitToFont()
{
    history_->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
}

QString SweepPage::title() const
{
    return tr("Sweep: how many processes?");
}

bool SweepPage::canRun() const
{
    return !isRunning() && !isRunBlocked() && setup_->isReady();
}

bool SweepPage::isRunning() const
{
    return session_->isRunning() || files_->isOpening();
}

QWidget *SweepPage::liveView()
{
    // The chart once there is a sweep to show; before that, the book's.
    return view_->currentWidget();
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

QString SweepPage::statusText() const
{
    return status_->text();
}

void SweepPage::run()
{
    assertGuiThread();
    if (!canRun())
        return;
    SweepData data;
    data.config = currentConfig();
    data.machine = SweepMachine::current();
    const QString error = data.config.validate();
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    // The header holds every number and is synced to disk: written on the
    // pool, and the sweep starts once the file is there.
    setStatus([] { return tr("Making the results file…"); });
    files_->create(std::move(data), [this](SweepFiles::Opened &made) {
        if (made.file) {
            startSweep(std::move(made.data), std::move(made.file));
            return;
        }
        opening(false);
        //: %1 why the results file could not be made
        setStatus(tr("The sweep cannot start: %1").arg(made.error), true);
    });
    opening(true);
}

void SweepPage::resumeUnfinished()
{
    const QString path = banner_->path();
    if (isRunning() || path.isEmpty())
        return;
    banner_->withdraw(); // taken; offered again should it fail
    setStatus([] { return tr("Opening…"); });
    files_->resume(path, currentConfig(false).cpython, [this, path](SweepFiles::Opened &opened) {
        if (opened.file) {
            // The controls show what the resumed sweep runs (its own
            // settings, not the ones on screen).
            setSeries(opened.data.config.series);
            setMaxWorkers(opened.data.config.maxWorkers);
            setRuns(opened.data.config.runs);
            startSweep(std::move(opened.data), std::move(opened.file));
            return;
        }
        opening(false);
        if (opened.complete) {
            banner_->withdraw();
            setStatus([] { return tr("That sweep is complete already."); });
        } else {
            //: %1 file path, %2 why it cannot be read or written
            setStatus(tr("%1 cannot be resumed: %2").arg(path, opened.error), true);
            historyScanned();
        }
    });
    opening(true);
}

// While the file is made or reopened the page counts as running: Start is
// off, and Stop drops the request.
void SweepPage::opening(bool on)
{
    updateControls();
    emit runningChanged(on);
}

void SweepPage::startSweep(SweepData data, std::unique_ptr<SweepFile> file)
{
    shownPath_ = file->path();
    done_ = static_cast<int>(data.runs.size());
    total_ = data.config.totalRuns();
    eta_ = -1.0;
    paused_ = false;
    chart_->builder()->setSweeps(data);
    view_->setCurrentWidget(chart_);
    banner_->withdraw();
    setStatus([file = QFileInfo(shownPath_).fileName()] {
        //: %1 the results file's name
        return tr("Each finished run is saved at once in %1.").arg(file);
    });

    session_->begin();
    auto runner = std::make_shared<SweepRunner>(std::move(data), std::move(file));
    // The Celery series' broker and node; held by the job as long as the runner.
    auto celery = std::make_shared<CelerySweepEngine>();
    runner->setExternalEngine(celery.get());
    runner_ = runner;
    session_->start<SweepOutcome>(
        [runner, celery, in = arrivals_->inbox()] {
            return runner->exec([in](const SweepRun &run, const SweepProgress &p) { in->push({run, p}); });
        },
        [runner] { runner->stop(); });
    sinceStart_.start();
    sinceArrival_.invalidate();
    updateControls();
    updateProgress();
}

void SweepPage::stop()
{
    if (files_->isOpening()) {
        // Nothing ran yet. A file made meanwhile has no runs; the list
        // shows it, and Resume would start it from the first run.
        files_->cancel();
        setStatus([] { return tr("Stopped before the first run."); });
        opening(false);
        return;
    }
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
            setStatus(
                [workers = disturbed->workers, repeat = disturbed->repeat] {
                    //: %1 a worker count, %2 a run number
                    return tr("Run %2 with %1 workers lost a worker (it crashed or stopped answering): "
                              "its time includes the recovery, so it is drawn hollow and left out of the medians.")
                        .arg(workers)
                        .arg(repeat);
                },
                true);
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
        setStatus(
            [error = outcome.error, file] {
                //: %1 what went wrong, %2 the results file's name
                return tr("The sweep stopped: %1 The runs done so far are kept in %2.").arg(error, file);
            },
            true);
    else if (outcome.complete)
        setStatus([done, wall = outcome.wall, file] {
            //: %n runs, %1 a duration, %2 the results file's name
            return tr("Sweep finished: %n runs in %1, saved in %2.", nullptr, done)
                .arg(SweepText::duration(wall), file);
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
    double eta = eta_;
    const bool running = session_->isRunning();
    if (running) {
        const std::optional<double> estimate = setup_->estimateSeconds();
        if (eta >= 0.0 && sinceArrival_.isValid() && !paused_)
            eta = std::max(0.0, eta - static_cast<double>(sinceArrival_.elapsed()) / 1000.0);
        else if (eta < 0.0 && estimate && done_ == 0)
            eta = std::max(0.0, *estimate - static_cast<double>(sinceStart_.elapsed()) / 1000.0);
    }
    QString text = total_ > 0 ? SweepText::progress(done_, total_, running ? eta : -1.0) : QString();
    if (paused_)
        //: %1 the progress ("57 / 240 runs"); the run in flight finishes first
        text = tr("%1, paused after the run in flight").arg(SweepText::progress(done_, total_, -1.0));
    runBar_->setProgress(done_, total_, text);
}

void SweepPage::updateControls()
{
    const bool running = isRunning();
    setup_->setLocked(running);
    runBar_->setState(canRun(), runner_ != nullptr, running, paused_, chart_->builder()->primary().has_value());
    history_->setEnabled(!running);
    banner_->setResumeEnabled(!running && !isRunBlocked());
    const bool now = canRun();
    if (now != lastCanRun_) {
        lastCanRun_ = now;
        emit canRunChanged(now);
    }
}

void SweepPage::showEvent(QShowEvent *event)
{
    ExperimentPage::showEvent(event);
    // Files may have come or gone (another window, the CLI): look again.
    history_->refresh();
}

void SweepPage::historyScanned()
{
    // A sweep stopped a moment ago is offered too: Resume is the way on.
    // Only a running sweep, or one the lecturer dismissed, is not.
    const std::optional<SweepListing> &u = history_->unfinished();
    if (u && !isRunning())
        banner_->offer(*u);
    else
        banner_->withdraw();
}

void SweepPage::openSweeps(const QStringList &paths)
{
    if (isRunning() || paths.isEmpty())
        return;
    setStatus([] { return tr("Opening…"); });
    files_->load(paths, [this](const QStringList &read, const std::vector<SweepLoad> &loads) {
        if (!isRunning())
            sweepsLoaded(read, loads);
    });
}

void SweepPage::sweepsLoaded(const QStringList &paths, const std::vector<SweepLoad> &loads)
{
    QString notes = SweepFiles::problems(paths, loads);
    const bool problem = !notes.isEmpty();
    const bool first = !loads.empty() && loads.front().data;
    if (first) {
        std::optional<SweepData> compare;
        if (loads.size() > 1 && loads[1].data)
            compare = loads[1].data;
        chart_->builder()->setSweeps(loads.front().data, compare);
        view_->setCurrentWidget(chart_);
        shownPath_ = paths.front();
        const SweepData &d = *loads.front().data;
        done_ = static_cast<int>(d.runs.size());
        total_ = d.config.totalRuns();
        eta_ = -1.0;
        updateProgress();
    }
    if (notes.isEmpty() && first)
        //: %1 the file's name, %2 its date
        notes = tr("Showing %1 from %2.")
                    .arg(QFileInfo(shownPath_).fileName(), SweepText::date(loads.front().data->machine.created));
    setStatus(notes, problem);
    updateControls();
}

void SweepPage::setStatus(std::function<QString()> text, bool problem)
{
    statusText_ = std::move(text);
    status_->setText(statusText_ ? statusText_() : QString());
    status_->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(theme::sweepProblemText.name()) : QString());
}

void SweepPage::setStatus(const QString &text, bool problem)
{
    setStatus([text] { return text; }, problem);
}

void SweepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateControls();
        updateProgress();
        if (statusText_)
            status_->setText(statusText_());
    } else if (event->type() == QEvent::FontChange) {
        fitToFont();
    }
    ExperimentPage::changeEvent(event);
}

} // namespace conlab
