// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"
#include "ui/pages/experimentpage.h"
#include "ui/pages/spinnerexports.h"
#include "ui/pages/spinnerpagespec.h"

#include <optional>

class QAction;
class QBoxLayout;
class QCheckBox;
class QLabel;
class QSplitter;

namespace conlab {

class CodePane;
class CodeSplit;
class CodeWidthFit;
class CPythonFollowUp;
class FileJob;
class PredictionBox;
class RoomTallyChart;
class RecordingOpener;
class SpinnerControls;
class SpinnerCPythonPanel;
class SpinnerLiveView;
class SpinnerShownRun;
class SpinnerReplayBanner;
class VerdictBanner;

// Experiments 1 to 4: pick a variant, predict, run, and watch the spinner
// the engine draws. The page wires its parts: the controls start the run
// on screen (SpinnerShownRun, live or a replay), whose events reach the
// live view at the screen's pace; the verdict comes from core when it ends.
class SpinnerPage : public ExperimentPage
{
    Q_OBJECT
public:
    explicit SpinnerPage(SpinnerPageSpec spec, QWidget *parent = nullptr);
    ~SpinnerPage() override;

    // Open recording…; tests call its open(path).
    RecordingOpener *recordingOpener() const { return recordingOpener_; }

    QString title() const override;
    bool canRun() const override { return !running_ && !isRunBlocked(); }
    bool isRunning() const override { return running_; }
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
    // "Run in CPython too": after the emulated run, the same listing in CPython.
    QCheckBox *cpythonToggle() const { return cpythonToggle_; }
    SpinnerCPythonPanel *cpythonPanel() const { return cpythonPanel_; }

    std::optional<AudienceQuestion> audienceQuestion() const override;
    std::optional<int> audienceOutcome() const override;
    void showRoomTally(const std::optional<RoundTally> &tally) override;
    RoomTallyChart *roomTally() const { return roomTally_; }

    // The run on screen, as a recording to save; empty until a run ended.
    std::optional<RunRecording> recording() const;
    // Replays `recording` (read from `source`, named in the banner) at its
    // recorded pace. False with *error set when it cannot be shown here.
    bool replay(const RunRecording &recording, const QString &source, QString *error);
    bool isReplay() const;
    QString replayBannerText() const;
    // Starts writing an export of the run on screen to `path`, without a
    // dialog, and returns its job; null, with *error set, without a run.
    using Export = SpinnerExports::Kind;
    FileJob *exportTo(Export what, const QString &path, QString *error) const;

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
    void runBlockChanged() override;
    void availableWidthChanged(int width) override;

private:
    void buildUi();
    void buildFiles();
    void onVariantChanged();
    void beginShowing(const SpinnerConfig &config);
    void onRunFinished(const SpinnerReport &report);
    void onCPythonFinished(const CPythonSide &side);
    void dropCPython();
    void setRunning(bool running);
    void retranslateUi();

    SpinnerPageSpec spec_;
    RunSettings settings_;

    QLabel *title_ = nullptr;
    QLabel *intro_ = nullptr;
    SpinnerReplayBanner *replayBanner_ = nullptr;
    SpinnerControls *controls_ = nullptr;
    PredictionBox *prediction_ = nullptr;
    VerdictBanner *verdict_ = nullptr;
    RoomTallyChart *roomTally_ = nullptr;
    std::optional<RoundTally> roomTallyShown_;
    QBoxLayout *revealRow_ = nullptr;
    QBoxLayout *topRow_ = nullptr;
    QBoxLayout *header_ = nullptr;
    QWidget *headerButtons_ = nullptr;
    SpinnerLiveView *live_ = nullptr;
    CodePane *code_ = nullptr;
    QSplitter *splitter_ = nullptr;
    CodeWidthFit *codeFit_ = nullptr;
    CodeSplit *codeSplit_ = nullptr;
    SpinnerExports *exports_ = nullptr;
    QAction *openAction_ = nullptr;
    RecordingOpener *recordingOpener_ = nullptr;
    SpinnerShownRun *shown_ = nullptr;
    QCheckBox *cpythonToggle_ = nullptr;
    SpinnerCPythonPanel *cpythonPanel_ = nullptr;
    CPythonFollowUp *followUp_ = nullptr;
    std::optional<CPythonSide> cpythonSide_; // of the run on screen
    bool running_ = false;
};

} // namespace conlab
