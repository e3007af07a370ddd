#pragma once
#include "engine/eventinbox.h"
#include "pages/experimentpage.h"
#include "pages/spinnerliveevent.h"
#include "pages/spinnerpagespec.h"

#include <QElapsedTimer>
#include <memory>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTimer;

namespace conlab {

class BackgroundRun;
class CodePane;
class PredictionBox;
class SpinnerLiveView;

// Experiments 1 to 4: pick a variant, predict, run, and watch the spinner
// the engine draws. The run goes through BackgroundRun; its events land in
// an inbox of that run only (a new run gets a new inbox and generation), and
// a 30 Hz timer on the GUI thread drains it into the live view.
class SpinnerPage : public ExperimentPage
{
    Q_OBJECT
public:
    explicit SpinnerPage(SpinnerPageSpec spec, QWidget *parent = nullptr);
    ~SpinnerPage() override;

    QString title() const override;
    bool canRun() const override;
    bool isRunning() const override;
    void applySettings(const RunSettings &settings) override;
    QWidget *liveView() override;

    int variantCount() const { return static_cast<int>(spec_.variants.size()); }
    int currentVariant() const;
    void setCurrentVariant(int index);
    void setSleepSeconds(double seconds);
    SpinnerLiveView *spinnerView() const { return live_; }
    PredictionBox *prediction() const { return prediction_; }
    CodePane *codePane() const { return code_; }
    // Frames drawn by the last (or current) run.
    int framesDrawn() const;
    QString answerText() const;

public slots:
    void run() override;
    void stop() override;

signals:
    void runFinished();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    SpinnerConfig buildConfig() const;
    void onVariantChanged();
    void drain();
    void onRunFinished(std::uint64_t generation, const SpinnerReport &report);
    void setRunning(bool running);
    void retranslateUi();
    void updateSettingsLine();

    SpinnerPageSpec spec_;
    RunSettings settings_;

    QLabel *title_ = nullptr;
    QLabel *intro_ = nullptr;
    QLabel *variantCaption_ = nullptr;
    QButtonGroup *variants_ = nullptr;
    QLabel *secondsCaption_ = nullptr;
    QDoubleSpinBox *seconds_ = nullptr;
    QLabel *settingsLine_ = nullptr;
    QPushButton *runButton_ = nullptr;
    QPushButton *stopButton_ = nullptr;
    PredictionBox *prediction_ = nullptr;
    SpinnerLiveView *live_ = nullptr;
    CodePane *code_ = nullptr;

    QTimer *drainTimer_ = nullptr;
    QElapsedTimer clock_;
    BackgroundRun *run_ = nullptr;
    std::shared_ptr<EventInbox<SpinnerLiveEvent>> inbox_;
    std::uint64_t generation_ = 0;
    bool running_ = false;
};

} // namespace conlab
