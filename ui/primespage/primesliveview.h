// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/pages/primesoutcome.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QSplitter;

namespace conlab {

class LoopView;
class PrimesReplayBanner;
class PrimesResultsTable;
class RaceTallyView;
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
    RaceTallyView *raceTally() const { return tally_; }

    // Empty, as before a run, with a lane for each of `config`'s workers
    // and its numbers (`total`) as the queue's height.
    void startRun(const PrimesConfig &config, qsizetype total);
    // How the run on screen ended: the timeline's final shape and the banner.
    void showEnded(const RunSummary &summary);
    // The racy loop has begun to wait for a result that never comes: the
    // banner says so and counts down the grace time until the lab ends it.
    void showHanging(qint64 graceNs);
    // After a repeated racy run: the last run's lost or hung banner gives
    // way to the tally, which counts it (other banners stay: a failure or
    // a stop is not in the tally's words).
    void hideRaceBanner();
    QString outcomeText() const; // empty when no banner shows

    // Beside CPython's side, whose table of pairs holds this run's times
    // too, the results table makes way and the timeline takes its height.
    void setTableShown(bool shown);
    bool tableShown() const;

    // The timeline | table split, kept across sessions.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void splitterMoved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBanner(PrimesOutcome::Kind kind, const QString &text);
    void tickHang();

    TimelineView *timeline_ = nullptr;
    LoopView *loopView_ = nullptr;
    PrimesResultsTable *table_ = nullptr;
    PrimesReplayBanner *replayBanner_ = nullptr;
    QLabel *outcome_ = nullptr;
    RaceTallyView *tally_ = nullptr;
    QSplitter *split_ = nullptr;
    PrimesOutcome::Kind shownKind_ = PrimesOutcome::Kind::None;
    QTimer hangTicks_;
    QDeadlineTimer hangEnds_;
};

} // namespace conlab
