// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilevents.h"
#include "core/process/workercrash.h"
#include "ui/widgets/timelinelayout.h"
#include "ui/widgets/timelineraster.h"

#include <QColor>
#include <QString>
#include <QWidget>
#include <map>
#include <memory>
#include <vector>

namespace conlab {

class AccessibleDescriber;
class ResultsTableModel;

// The per-worker Gantt chart of a primes run: one lane per worker, one bar per
// checked number (prime or not), the GIL holds as a strip on top of each lane,
// and the job queue's depth over time drawn across all lanes. It reads the
// results from the page's ResultsTableModel, so table and chart never
// disagree. A worker process that crashed is a red marker on its lane at the
// moment the engine noticed, with the story in its tooltip. Bars narrower than a pixel are merged
// per pixel column, and each result is drawn once into a raster that is
// rebuilt only when the axis changes, so a million results stay smooth.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    struct Lane
    {
        int worker = 0; // PrimeResult::worker shown in this lane
        QString name;
    };

    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(ResultsTableModel *model);
    void setLanes(std::vector<Lane> lanes);
    // How many numbers the run was given: the top of the queue's axis.
    // `unreported` of them (lost by the racy report loop) left the queue at
    // an unknown time, so the drawn depth starts that much lower.
    void setTotalNumbers(qsizetype total, qsizetype unreported = 0);
    void addGilHolds(const std::vector<GilHold> &holds);
    // Which worker each GIL thread id belongs to, once the run has named its
    // threads; until then tid k is drawn on worker k + 1's lane.
    void setGilWorkers(std::map<int, int> tidToWorker);
    // Worker crashes as they happen (addCrashes) or all of a finished run's.
    void addCrashes(const std::vector<WorkerCrash> &crashes);
    void setCrashes(std::vector<WorkerCrash> crashes);
    const std::vector<WorkerCrash> &crashes() const { return crashes_; }
    // The tooltip at a point of the widget: a crash marker's story, or empty.
    QString crashToolTipAt(const QPoint &pos) const;
    // Where the marker of crashes()[index] is drawn, for tests.
    QPointF crashMarkerPos(std::size_t index) const;
    // Stretches the time axis to at least this (the run's elapsed time while
    // it is going, so the chart does not jump with every result).
    void setMinimumSpanNs(std::int64_t ns);
    // While live, the time axis grows in steps (1, 1.5, 2, 3, 4, 5, 6, 8 x
    // 10^k s) so the drawn bars are redrawn only when it steps; at the end
    // it fits the run exactly.
    void setLive(bool live);
    // Without its legend row, for a timeline drawn right under another
    // whose legend says the same (CPython's under the emulation's): the
    // height goes to the lanes.
    void setLegendShown(bool shown);
    void clear();

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The chart's own colours; the bars and GIL holds take theirs in TimelineRaster.

    // Works out layout_ (in timelineviewlayout.cpp) and asks for a paint.
    void relayout();
    // For data that moves nothing unless it stretches the time axis.
    void relayoutIfSpanChanged();
    void rebuildLaneIndex();
    void indexRows(int first, int last);
    void invalidate();
    void updateRaster();
    bool drawInto(TimelineRaster &raster, std::size_t &rows, std::size_t &holds);
    int laneOfWorker(int worker) const;
    int laneOfGilTid(int tid) const;
    std::int64_t spanNs() const;
    void drawCrashes(QPainter &p) const;
    QRectF crashLane(const WorkerCrash &crash) const;
    double crashX(const WorkerCrash &crash) const;
    // What a screen reader says of the chart, in timelineviewdescription.cpp.
    QString accessibleNameText() const;
    QString description() const;

    ResultsTableModel *model_ = nullptr;
    std::vector<Lane> lanes_;
    std::vector<int> laneByWorker_;          // worker id -> lane, -1 for none
    std::unique_ptr<TimelineRaster> raster_; // on screen
    bool rasterValid_ = false;
    std::size_t paintedRows_ = 0;  // model rows already in the raster
    std::size_t paintedHolds_ = 0; // holds already in the raster
    // A rebuild for a new span or size, drawn a slice per frame while the
    // old picture stays on screen; it replaces raster_ once complete.
    std::unique_ptr<TimelineRaster> next_;
    bool rebuilding_ = false;
    std::size_t nextRows_ = 0;
    std::size_t nextHolds_ = 0;
    bool live_ = false;
    bool legendShown_ = true;
    std::vector<GilHold> holds_;
    std::map<int, int> gilWorkers_;
    std::vector<WorkerCrash> crashes_;
    TimelineLayout layout_;
    qsizetype total_ = 0;
    qsizetype unreported_ = 0;
    std::int64_t maxEndNs_ = 0;
    std::int64_t minSpanNs_ = 0;
    // Per lane, kept as results arrive: jobs done and time spent on them.
    std::vector<int> laneJobs_;
    std::vector<std::int64_t> laneBusyNs_;
    AccessibleDescriber *describer_ = nullptr;
};

} // namespace conlab
