// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "engine/runsession.h"
#include "pages/experimentpage.h"
#include "engine/spinnerliveevent.h"
#include "pages/spinnerpagespec.h"
#include "record/runrecording.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QBoxLayout;
class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;

namespace conlab {

class CodePane;
class CodeSplit;
class CodeWidthFit;
class PredictionBox;
class SpinnerLiveView;
class RecordingOpener;
class SpinnerReplay;
class VerdictBanner;

// Experiments 1 to 4: pick a variant, predict, run, and watch the spinner
// the engine draws. The run goes through a RunSession: its events land in
// an inbox of that run's generation only, and the session hands them to the
// live view at the screen's pace. A replay of a saved run feeds the same
// inbox from the recorded time stamps (SpinnerReplay), so the page draws it
// as it drew the run.
class SpinnerPage : public ExperimentPage
{
    Q_OBJECT
public:
    explicit SpinnerPage(SpinnerPageSpec spec, QWidget *parent = nullptr);
    ~SpinnerPage() override;

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

    int variantCount() const { return static_cast<int>(spec_.variants.size()); }
    int currentVariant() const;
    void setCurrentVariant(int index);
    void setSleepSeconds(double seconds);
    SpinnerLiveView *spinnerView() const { return live_; }
    PredictionBox *prediction() const { return prediction_; }
    VerdictBanner *verdictBanner() const { return verdict_; }
    CodePane *codePane() const { return code_; }
    // Frames drawn by the last (or current) run or replay.
    int framesDrawn() const;
    QString answerText() const;

    // The run on screen, as a recording to save; empty until a run ended.
    std::optional<RunRecording> recording() const;
    // Replays `recording` (read from `source`, named in the banner) at its
    // recorded pace. False with *error set when it cannot be shown here.
    bool replay(const RunRecording &recording, const QString &source, QString *error);
    bool isReplay() const { return !replaySource_.isEmpty(); }
    QString replayBannerText() const;
    // The exports of the run on screen, written to `path` without a dialog.
    enum class Export { Csv, Json, Trace, Recording };
    bool exportTo(Export what, const QString &path, QString *error) const;

public slots:
    void run() override;
    void stop() override;
    void resetPage() override;

signals:
    void runFinished();
    // The lecturer asked for a pace at which this lesson can be seen.
    void paceRequested(const conlab::Pace &pace);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void runBlockChanged() override;
    void availableWidthChanged(int width) override;

private:
    void buildUi();
    void buildFileActions();
    SpinnerConfig buildConfig() const;
    void onVariantChanged();
    quint64 beginShowing(const SpinnerConfig &config);
    void showEvents(std::vector<SpinnerLiveEvent> &&events);
    void onRunFinished();
    void setRunning(bool running);
    void retranslateUi();
    void updateSettingsLine();
    void updatePaceWarning();
    void updateRunButtons();
    void updateReplayBanner();
    void exportWithDialog(Export what);

    SpinnerPageSpec spec_;
    RunSettings settings_;

    QLabel *title_ = nullptr;
    QLabel *intro_ = nullptr;
    QLabel *variantCaption_ = nullptr;
    QButtonGroup *variants_ = nullptr;
    QLabel *secondsCaption_ = nullptr;
    QDoubleSpinBox *seconds_ = nullptr;
    QLabel *settingsLine_ = nullptr;
    QLabel *paceWarning_ = nullptr;
    QPushButton *usePaceButton_ = nullptr;
    QPushButton *runButton_ = nullptr;
    QPushButton *stopButton_ = nullptr;
    QToolButton *exportButton_ = nullptr;
    QToolButton *openButton_ = nullptr;
    QList<QAction *> exportActions_; // in Export order
    QAction *openAction_ = nullptr;
    RecordingOpener *recordingOpener_ = nullptr;
    QLabel *replayBanner_ = nullptr;
    PredictionBox *prediction_ = nullptr;
    VerdictBanner *verdict_ = nullptr;
    QWidget *controls_ = nullptr;
    QBoxLayout *topRow_ = nullptr;
    QBoxLayout *header_ = nullptr;
    QWidget *headerButtons_ = nullptr;
    SpinnerLiveView *live_ = nullptr;
    CodePane *code_ = nullptr;
    QSplitter *splitter_ = nullptr;
    CodeWidthFit *codeFit_ = nullptr;
    CodeSplit *codeSplit_ = nullptr;

    RunSession *session_ = nullptr;
    RunSession::Channel<SpinnerLiveEvent> *events_ = nullptr;
    SpinnerReplay *replay_ = nullptr;
    bool running_ = false;

    // The run on screen (live or replayed): what it was, what it showed.
    SpinnerConfig shownConfig_;
    std::optional<SpinnerReport> shownReport_;
    std::vector<GilHold> shownHolds_;
    std::vector<aio::LoopEvent> shownLoopEvents_;
    QString replaySource_; // the file a replay came from; empty for a live run
    QDateTime replayRecordedAt_;
};

} // namespace conlab
