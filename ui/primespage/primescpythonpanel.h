// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/primes/primesconfig.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace conlab {

class CPythonHeading;
class ResultsTableModel;
class SideBySideModel;
class TimelineView;

// A primes run beside the same listing in CPython: which interpreter ran
// what command, the totals and speedups with CPython ÷ emulation, CPython's
// own timeline (worker, start and end from the listing's stderr records)
// and each number's two times with their ratio (PrimesSideBySide). Hidden
// until the page asks for a CPython run or shows a recorded one.
class PrimesCPythonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PrimesCPythonPanel(QWidget *parent = nullptr);

    void clear();
    // CPython runs `config`, after the emulation gave `emulation`: the
    // timeline and the pairs' CPython column fill as results come (appendLive).
    // The emulation's rows are shared, never copied (a snapshot of the
    // page's results, which never changes once taken).
    using Rows = std::shared_ptr<const std::vector<PrimeResult>>;
    void showRunning(const PrimesConfig &config, Rows emulation);
    void appendLive(const std::vector<PrimeResult> &batch);
    void showSide(const PrimesConfig &config, Rows emulation,
                  const std::optional<RunSummary> &emulationSummary, const CPythonSide &side);

    QString summaryText() const;
    QString headingText() const;
    SideBySideModel *pairs() const { return pairs_; }
    TimelineView *timeline() const { return timeline_; }
    // CPython's results so far (as they come while it runs), what the timeline draws.
    const ResultsTableModel *results() const { return results_; }
    // Asks for no height of its own: the page takes its size from its hint
    // (a scroll area), and the panel shares the emulation's height instead
    // of pushing the page past a projector's 768 lines.
    QSize sizeHint() const override;

protected:
    // Narrow (the code beside it on a 1280 screen): the table under the
    // timeline, where its ratio column stays in view.
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitSplit();
    void prepareTimeline(const PrimesConfig &config);

    CPythonHeading *heading_ = nullptr;
    QLabel *summary_ = nullptr;
    TimelineView *timeline_ = nullptr;
    ResultsTableModel *results_ = nullptr;
    SideBySideModel *pairs_ = nullptr;
    QTableView *table_ = nullptr;
    QSplitter *split_ = nullptr;
    void pairLive();

    Rows emulation_; // the run CPython's is paired with
    // Live pairs are worked out again at most this often: each time costs
    // a pass over both runs, on the GUI thread.
    QTimer *pairTimer_ = nullptr;
};

} // namespace conlab
