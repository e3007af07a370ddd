// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "engine/runsession.h"
#include "pages/experimentpage.h"
#include "sweep/sweepchartexport.h"
#include "sweep/sweepconfig.h"
#include "sweep/sweepfile.h"
#include "sweep/sweeprunner.h"

#include <QElapsedTimer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QAction;

namespace conlab {

class NumbersInput;
class Settings;
class SweepChart;
class SweepHistory;

// A finished run of a sweep, with the progress the sweep had reached then.
struct SweepArrival
{
    SweepRun run;
    SweepProgress progress;
};

// Experiment 8, Figure 19-2: every chosen model run with 1 to N workers,
// each count repeated, and the median time of each count plotted against the
// count. The runner works in a RunSession and appends each run to a results
// file before the next starts; the session hands finished runs to the page
// at the screen's pace and the chart refreshes its points in place. A sweep that was stopped, or cut short by a crash, is offered for
// resuming the next time the page is shown. Past sweeps open from the list,
// and two can be compared.
class SweepPage : public ExperimentPage
{
    Q_OBJECT
public:
    explicit SweepPage(QWidget *parent = nullptr);
    ~SweepPage() override;

    QString title() const override;
    bool canRun() const override;
    bool isRunning() const override;
    void applySettings(const RunSettings &settings) override;
    QWidget *liveView() override;
    QList<QAction *> fileActions() override { return exportActions_; }
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    // The configuration Start would use now; without its numbers when only
    // the settings are wanted.
    SweepConfig currentConfig(bool withNumbers = true) const;
    SweepChartOptions chartOptions() const;
    void setChartOptions(const SweepChartOptions &options);

    // For tests and scripted lectures.
    NumbersInput *numbersInput() const { return numbers_; }
    SweepChart *chart() const { return chart_; }
    SweepHistory *history() const { return history_; }
    void setSeries(const std::vector<SweepSeries> &series);
    void setMaxWorkers(int workers);
    void setRuns(int runs);
    // Restores the series, the workers and the repeats from `settings` and
    // stores them there at every change, as the toolbar's choices are.
    void useSettings(Settings *settings);
    bool isPaused() const { return paused_; }
    QString progressText() const;
    QString estimateText() const;
    QString statusText() const;
    QString bannerText() const; // the resume offer; empty when hidden
    QString shownPath() const { return shownPath_; }

public slots:
    void run() override; // Start
    void stop() override;
    void pause();
    void resume();
    void resumeUnfinished(); // reads the file in the background, then starts
    void discardUnfinished();
    // One path to show it, two to compare them.
    void openSweeps(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void runBlockChanged() override { updateControls(); }

private:
    enum class ChartFormat { Png, Svg, Pdf };

    void buildControls();
    QWidget *buildPreview();
    void retranslateUi();
    void fitToFont();
    void updateControls();
    void updateSettingsText();
    void scheduleEstimate();
    void estimateReady(double seconds, quint64 generation);
    void startSweep(SweepData data, std::unique_ptr<SweepFile> file);
    void showArrivals(std::vector<SweepArrival> &&batch);
    void finishSweep(const SweepOutcome &outcome);
    void updateProgress();
    void historyScanned();
    void sweepsLoaded(const QStringList &paths, const std::vector<SweepLoad> &loads);
    void resumeLoaded(const QString &path, const SweepLoad &load);
    // The status line is kept as a way to make its text, so a language
    // switch rewrites it too; the QString form is for texts that cannot be
    // made again (they quote a message from elsewhere).
    void setStatus(std::function<QString()> text, bool problem = false);
    void setStatus(const QString &text, bool problem = false);
    void showEstimate();
    void exportChart(ChartFormat format);
    void exportData(bool json);

    RunSettings settings_;
    bool lastCanRun_ = false;

    // Controls.
    std::vector<std::pair<QCheckBox *, SweepSeries>> seriesBoxes_;
    QLabel *seriesLabel_ = nullptr;
    QLabel *maxWorkersLabel_ = nullptr;
    QSpinBox *maxWorkers_ = nullptr;
    QLabel *runsLabel_ = nullptr;
    QSpinBox *runs_ = nullptr;
    QLabel *settingsLabel_ = nullptr;
    QLabel *estimate_ = nullptr;
    NumbersInput *numbers_ = nullptr;
    QPushButton *startButton_ = nullptr;
    QPushButton *pauseButton_ = nullptr;
    QPushButton *stopButton_ = nullptr;
    QProgressBar *progressBar_ = nullptr;
    QLabel *progress_ = nullptr;
    QToolButton *exportButton_ = nullptr;
    QList<QAction *> exportActions_; // PNG, SVG, PDF, CSV, JSON
    QWidget *banner_ = nullptr;
    QLabel *bannerLabel_ = nullptr;
    QPushButton *resumeButton_ = nullptr;
    QPushButton *discardButton_ = nullptr;
    QLabel *modeLabel_ = nullptr;
    QComboBox *mode_ = nullptr;
    QLabel *bandLabel_ = nullptr;
    QComboBox *band_ = nullptr;
    QCheckBox *ideal_ = nullptr;
    QCheckBox *book_ = nullptr;
    QSplitter *split_ = nullptr; // the chart | the past sweeps
    QStackedWidget *view_ = nullptr;
    QWidget *preview_ = nullptr;
    QLabel *previewText_ = nullptr;
    SweepChart *chart_ = nullptr;
    SweepHistory *history_ = nullptr;
    QLabel *status_ = nullptr;
    std::function<QString()> statusText_;

    // The estimate is computed off the GUI thread (the pace's first
    // calibration takes a moment); the newest request wins.
    quint64 estimateGeneration_ = 0;
    std::optional<double> estimateSeconds_;

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
    quint64 loadGeneration_ = 0;
    QString bannerPath_;
    QSet<QString> dismissed_;
};

} // namespace conlab
