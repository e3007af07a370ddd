// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/pages/primesoutcome.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QSplitter;

namespace conlab {

class LoopView;
class PrimesReplayBanner;
class PrimesResultsTable;
class ResultsTableModel;
class TimelineView;

// What a primes run looks like while it runs and after: the per-worker
// timeline (with the event loop under it for the coroutine models) over the
// results table, headed by the banners that say how the run ended and
// whether it is a replay. This is what PNG and SVG export render, so a slide
// of a racy run says "Lost results" as the screen does.
class PrimesLiveView : public QWidget
{
    Q_OBJECT
public:
    explicit PrimesLiveView(ResultsTableModel *results, QWidget *parent = nullptr);

    TimelineView *timeline() const { return timeline_; }
    LoopView *loopView() const { return loopView_; }
    PrimesReplayBanner *replayBanner() const { return replayBanner_; }

    // Empty, as before a run, with a lane for each of `config`'s workers
    // and its numbers (`total`) as the queue's height.
    void startRun(const PrimesConfig &config, qsizetype total);
    // How the run on screen ended: the timeline's final shape and the banner.
    void showEnded(const RunSummary &summary);
    QString outcomeText() const; // empty when no banner shows

    // The timeline | table split, kept across sessions.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void splitterMoved();

protected:
    void changeEvent(QEvent *event) override;

private:
    TimelineView *timeline_ = nullptr;
    LoopView *loopView_ = nullptr;
    PrimesResultsTable *table_ = nullptr;
    PrimesReplayBanner *replayBanner_ = nullptr;
    QLabel *outcome_ = nullptr;
    QSplitter *split_ = nullptr;
};

} // namespace conlab
