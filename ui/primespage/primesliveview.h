// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "pages/primesoutcome.h"

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

    // How the run on screen ended; a banner without text hides it.
    void setOutcome(const PrimesOutcome::Banner &banner);
    QString outcomeText() const; // empty when hidden

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
