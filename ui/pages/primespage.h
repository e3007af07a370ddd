// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "eventloop/loopevent.h"
#include "gil/gilevents.h"
#include "pages/experimentpage.h"
#include "primes/primeevents.h"
#include "primes/primesconfig.h"
#include "engine/runsession.h"

#include <QDateTime>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
namespace conlab { class CodePane; }
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QBoxLayout;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace conlab {

class CodeSplit;
class CodeWidthFit;
class NumbersInput;
class RecordingOpener;
class PrimesReplay;
class ResultsTableModel;
class LoopView;
class TimelineView;
struct RunRecording;

// Experiments 5, 6 and 7: sequential.py, procs.py (with its race) and
// threads.py, live. A RunSession runs the engine and hands its results, GIL
// holds, crashes and loop steps to the page in bounded batches at the
// screen's pace; the page draws them. A newer run, or a loaded recording,
// opens a new generation, so a cancelled run's late results have nowhere to go.
class PrimesPage : public ExperimentPage
{
    Q_OBJECT
public:
    enum class Variant { Sequential, ProcessPool, Threads };

    explicit PrimesPage(PrimesPage::Variant variant, QWidget *parent = nullptr);
    ~PrimesPage() override;

    // Open recording…; tests call its open(path).
    RecordingOpener *recordingOpener() const { return recordingOpener_; }

    QString title() const override;
    bool canRun() const override;
    bool isRunning() const override;
    void applySettings(const RunSettings &settings) override;
    QWidget *liveView() override;
    QList<QAction *> fileActions() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    Variant variant() const { return variant_; }
    PrimesModel model() const;
    // The configuration Run would use now (without its numbers, which may be
    // a million, when only the settings are wanted).
    PrimesConfig currentConfig(bool withNumbers = true) const;
    // For tests and scripted lectures.
    NumbersInput *numbersInput() const { return numbers_; }
    ResultsTableModel *resultsModel() const { return results_; }
    LoopView *loopView() const { return loopView_; } // coroutine models only
    void setModel(PrimesModel model);
    void setRacy(bool racy);
    QString bannerText() const;
    QString totalsText() const;

    // Plays a recorded run back at its recorded pace (faster when it is
    // long), from an empty page to the final state, under a banner that says
    // it is a replay. `source` names the file in the banner.
    bool showRecording(const RunRecording &recording, QString *error, const QString &source = {});
    RunRecording recording() const;
    bool isReplaying() const;
    // Shows the rest of the replay at once.
    void skipReplay();
    QString replayBannerText() const; // empty when no replay is on screen

public slots:
    void run() override;
    void stop() override;
    void resetPage() override;

protected:
    void availableWidthChanged(int width) override;
    void runBlockChanged() override { updateControls(); }

private:
    void buildControls();
    void retranslateUi();
    void fitToFont();
    void changeEvent(QEvent *event) override;
    void updateControls();
    void updateListing();
    void showResults(std::vector<PrimeResult> &&batch);
    void followClock();
    void finishRun(const RunSummary &summary);
    void setUpLanes(const PrimesConfig &config);
    void showOutcome();
    void updateTotals();
    void endReplay();
    void dropReplay();
    void updateReplayBanner();
    void exportResults(bool json);
    void exportTrace();
    void saveRecording();

    const Variant variant_;
    RunSettings settings_;
    bool lastCanRun_ = false;

    QComboBox *modelBox_ = nullptr;
    QCheckBox *racyBox_ = nullptr;
    CodePane *code_ = nullptr;
    NumbersInput *numbers_ = nullptr;
    QLabel *settingsLabel_ = nullptr;
    QToolButton *exportButton_ = nullptr;
    QToolButton *openButton_ = nullptr;
    QLabel *modelLabel_ = nullptr;
    QList<QAction *> exportActions_; // CSV, JSON, trace, recording
    QAction *openAction_ = nullptr;
    RecordingOpener *recordingOpener_ = nullptr;
    QLabel *totals_ = nullptr;
    QLabel *banner_ = nullptr;
    QWidget *replayBanner_ = nullptr; // "Replay of a recording from …" and Skip
    QLabel *replayLabel_ = nullptr;
    QToolButton *skipButton_ = nullptr;
    QWidget *liveColumn_ = nullptr; // the banner over liveView_: what export renders
    QSplitter *liveView_ = nullptr;
    QSplitter *withCode_ = nullptr; // the live view | the code
    CodeWidthFit *codeFit_ = nullptr;
    CodeSplit *codeSplit_ = nullptr;
    QBoxLayout *totalsRow_ = nullptr;
    QWidget *totalsButtons_ = nullptr;
    TimelineView *timeline_ = nullptr;
    LoopView *loopView_ = nullptr;
    QTableView *table_ = nullptr;
    ResultsTableModel *results_ = nullptr;
    QSortFilterProxyModel *sorted_ = nullptr;
    QTimer *replayTimer_ = nullptr;

    // Loop steps kept per run: a million numbers make millions of steps.
    static constexpr std::size_t kMaxLoopSteps = 200'000;
    RunSession *session_ = nullptr;
    RunSession::Channel<PrimeResult> *resultsIn_ = nullptr;
    RunSession::Channel<GilHold> *holdsIn_ = nullptr;
    RunSession::Channel<WorkerCrash> *crashesIn_ = nullptr;
    RunSession::Channel<aio::LoopEvent> *loopIn_ = nullptr;

    // The run on screen: its config and, once it ended, how it ended.
    PrimesConfig shownConfig_;
    QByteArray shownFingerprint_; // of shownConfig_.numbers, for the speedup
    std::optional<RunSummary> shownSummary_;
    std::vector<GilHold> shownHolds_;
    std::vector<aio::LoopEvent> shownLoopSteps_;
    // A recording on screen: the replay while it plays, the summary it ends
    // with, and when and where it was recorded.
    PrimesReplay *replay_ = nullptr;
    std::optional<RunSummary> replaySummary_;
    QDateTime replayRecordedAt_;
    QString replaySource_;
    bool showingRecording_ = false;
};

} // namespace conlab
