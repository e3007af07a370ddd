// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "ui/pages/experimentpage.h"

#include <QDateTime>
#include <memory>
#include <optional>

class QAction;
class QBoxLayout;
class QCheckBox;
class QSplitter;
class QToolButton;

namespace conlab {

class CodePane;
class CodeWidthFit;
class CPythonFollowUp;
struct CPythonSide;
class LoopView;
class NumbersInput;
class PrimesControls;
class PrimesCPythonPanel;
class PrimesExports;
class PrimesLiveView;
class PrimesSource;
class PrimesTotals;
class RaceRepeat;
struct RaceTallies;
class RecordingOpener;
class ResultsTableModel;
struct RunRecording;

// Experiments 5, 6 and 7: sequential.py, procs.py (with its race) and
// threads.py, live, or a recording of them played back. The page wires its
// parts together: the controls say what to run; PrimesSource runs it (or
// plays it) and hands its results, GIL holds, crashes and loop steps over in
// bounded batches at the screen's pace; the live view draws them;
// PrimesExports saves the run on screen.
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
    NumbersInput *numbersInput() const;
    ResultsTableModel *resultsModel() const { return results_; }
    LoopView *loopView() const; // coroutine models only
    PrimesExports *exports() const { return exports_; }
    void setModel(PrimesModel model);
    void setRacy(bool racy);
    // The race's seed for the next racy runs (0: a fresh one each run), so a
    // run can be replayed. A repeated run counts up from it.
    void setRaceSeed(quint64 seed) { raceSeed_ = seed; }
    // Repeat (beside the race box): the racy run `runs` times, each drawn
    // as a run of its own, then, with "Run in CPython too", CPython's racy
    // listing as many times; the tallies show over the live view and go
    // into the JSON export. Only when the racy loop is chosen and a run
    // could start. Stop ends the series; the tally says how far it got.
    void runRepeated(int runs);
    // The series on screen (tallies, whether it runs): for tests.
    const RaceRepeat *raceRepeat() const { return repeat_; }
    QString raceTallyText() const;
    QString bannerText() const;
    QString totalsText() const;
    // "Run in CPython too": after the emulated run, the same listing in CPython.
    QCheckBox *cpythonToggle() const { return cpythonToggle_; }
    PrimesCPythonPanel *cpythonPanel() const { return cpythonPanel_; }

    // Plays a recorded run back at its recorded pace (faster when it is
    // long), from an empty page to the final state, under a banner that says
    // it is a replay. `source` names the file in the banner.
    bool showRecording(const RunRecording &recording, QString *error, const QString &source = {});
    // The run on screen, copied (every row): for tests. Save recording… copies off the GUI thread.
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
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslateUi();
    void updateControls();
    void updateListing();
    void startShowing(const PrimesConfig &config, std::size_t expectedRows, qsizetype total);
    void followClock();
    void showEnded(const RunSummary &summary, const QDateTime &recordedAt);
    void showOutcome();
    void updateTotals();
    void dropCPython();
    void showCPython(const CPythonSide &side);
    void showComparison(bool on);
    // The repeated racy run (primespagerace.cpp).
    void connectRepeat();
    void startRepeatRun(const PrimesConfig &config);
    void startRepeatCPython(const PrimesConfig &config);
    void repeatEnded();
    void dropRepeat();
    void showReplayedTallies(const std::shared_ptr<const RaceTallies> &tallies);

    const Variant variant_;
    RunSettings settings_;
    bool lastCanRun_ = false;

    ResultsTableModel *results_ = nullptr;
    PrimesSource *source_ = nullptr;
    PrimesControls *controls_ = nullptr;
    PrimesLiveView *live_ = nullptr;
    PrimesExports *exports_ = nullptr;
    CodePane *code_ = nullptr;
    QSplitter *withCode_ = nullptr; // the live view | the code
    CodeWidthFit *codeFit_ = nullptr;
    PrimesTotals *totals_ = nullptr;
    QBoxLayout *totalsRow_ = nullptr;
    QWidget *totalsButtons_ = nullptr;
    QToolButton *exportButton_ = nullptr;
    QAction *openAction_ = nullptr;
    RecordingOpener *recordingOpener_ = nullptr;
    QSplitter *sideBySide_ = nullptr; // the emulation over CPython
    QCheckBox *cpythonToggle_ = nullptr;
    PrimesCPythonPanel *cpythonPanel_ = nullptr;
    CPythonFollowUp *followUp_ = nullptr;
    RaceRepeat *repeat_ = nullptr;
    // A replayed recording's CPython side, shown when the replay ends.
    std::shared_ptr<const CPythonSide> replayedCPython_;
    // A replayed series' tallies: shown, and exported again, once its last
    // run has played.
    std::shared_ptr<const RaceTallies> replayedTallies_;

    // The run on screen: its config and, once it ended, how it ended.
    std::shared_ptr<const PrimesConfig> shownConfig_;
    std::optional<RunSummary> shownSummary_;
    quint64 raceSeed_ = 0;
};

} // namespace conlab
