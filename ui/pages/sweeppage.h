// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepconfig.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweeprunner.h"
#include "ui/engine/runsession.h"
#include "ui/pages/experimentpage.h"
#include "ui/sweep/sweepchartcontrols.h"
#include "ui/sweep/sweepresumebanner.h"
#include "ui/sweep/sweeprunbar.h"
#include "ui/sweep/sweepsetup.h"

#include <QElapsedTimer>
#include <functional>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace conlab {

class SweepChart;
class SweepFiles;
class SweepHistory;
class SweepPreview;

// A finished run of a sweep, with the progress the sweep had reached then.
struct SweepArrival
{
    SweepRun run;
    SweepProgress progress;
};

// Experiment 8, Figure 19-2: every chosen model run with 1 to N workers,
// each count repeated, and the median time of each count plotted against the
// count. The page wires its parts together: the setup says what Start runs;
// SweepFiles makes (or reopens) the results file off the GUI thread; the
// runner then works in a RunSession and appends each run to that file
// before the next starts, and the session hands finished runs to the chart
// at the screen's pace. A sweep that was stopped, or cut short by a crash,
// is offered for resuming; past sweeps open from the list, and two can be
// compared.
class SweepPage : public ExperimentPage
{
    Q_OBJECT
public:
    explicit SweepPage(QWidget *parent = nullptr);
    ~SweepPage() override;

    QString title() const override;
    bool canRun() const override;
    // Also while the results file is being made, before the first run.
    bool isRunning() const override;
    void applySettings(const RunSettings &settings) override { setup_->setRunSettings(settings); }
    QWidget *liveView() override;
    QList<QAction *> fileActions() override { return runBar_->exportActions(); }
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // The configuration Start would use now; without its numbers when only
    // the settings are wanted.
    SweepConfig currentConfig(bool withNumbers = true) const { return setup_->config(withNumbers); }
    SweepChartOptions chartOptions() const { return chartControls_->options(); }
    void setChartOptions(const SweepChartOptions &options) { chartControls_->setOptions(options); }

    // For tests and scripted lectures.
    NumbersInput *numbersInput() const { return setup_->numbersInput(); }
    SweepChart *chart() const { return chart_; }
    SweepHistory *history() const { return history_; }
    void setSeries(const std::vector<SweepSeries> &series) { setup_->setSeries(series); }
    void setMaxWorkers(int workers) { setup_->setMaxWorkers(workers); }
    void setRuns(int runs) { setup_->setRuns(runs); }
    // Restores the series, the workers and the repeats from `settings` and
    // stores them there at every change, as the toolbar's choices are.
    void useSettings(Settings *settings) { setup_->useSettings(settings); }
    bool isPaused() const { return paused_; }
    QString progressText() const { return runBar_->progressText(); }
    QString estimateText() const { return setup_->estimateText(); }
    QString statusText() const;
    QString bannerText() const { return banner_->text(); } // the resume offer; empty when hidden
    QString shownPath() const { return shownPath_; }

public slots:
    void run() override; // Start
    void stop() override;
    void pause();
    void resume();
    void resumeUnfinished(); // reads and reopens the file in the background, then starts
    void discardUnfinished() { banner_->discard(); }
    // One path to show it, two to compare them.
    void openSweeps(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void runBlockChanged() override { updateControls(); }

private:
    void buildUi();
    void fitToFont();
    void updateControls();
    void opening(bool on);
    void startSweep(SweepData data, std::unique_ptr<SweepFile> file);
    void showArrivals(std::vector<SweepArrival> &&batch);
    void finishSweep(const SweepOutcome &outcome);
    void updateProgress();
    void historyScanned();
    void sweepsLoaded(const QStringList &paths, const std::vector<SweepLoad> &loads);
    // The status line is kept as a way to make its text, so a language
    // switch rewrites it too; the QString form is for texts that cannot be
    // made again (they quote a message from elsewhere).
    void setStatus(std::function<QString()> text, bool problem = false);
    void setStatus(const QString &text, bool problem = false);

    bool lastCanRun_ = false;
    SweepSetup *setup_ = nullptr;
    SweepRunBar *runBar_ = nullptr;
    SweepResumeBanner *banner_ = nullptr;
    SweepChartControls *chartControls_ = nullptr;
    QSplitter *split_ = nullptr; // the chart | the past sweeps
    QStackedWidget *view_ = nullptr;
    SweepPreview *preview_ = nullptr;
    SweepChart *chart_ = nullptr;
    SweepHistory *history_ = nullptr;
    QLabel *status_ = nullptr;
    std::function<QString()> statusText_;
    SweepFiles *files_ = nullptr;

    // The sweep on screen.
    RunSession *session_ = nullptr;
    RunSession::Channel<SweepArrival> *arrivals_ = nullptr;
    std::shared_ptr<SweepRunner> runner_; // for pause and resume; the run holds it too
    QString shownPath_;
    int done_ = 0;
    int total_ = 0;
    double eta_ = -1.0;
    QElapsedTimer sinceArrival_; // ETA counts down between runs
    QElapsedTimer sinceStart_;
    bool paused_ = false;
};

} // namespace conlab
