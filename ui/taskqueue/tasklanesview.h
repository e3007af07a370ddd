// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueueevents.h"

#include <QElapsedTimer>
#include <QWidget>

#include <map>
#include <vector>

class QTimer;

namespace conlab {

// One lane per worker process (host:pid), in the order they first took a
// task, with a bar per task: it appears when a worker starts the task and
// grows until the result comes, then takes the prime or not-prime colour.
// TimelineView draws only finished results from a ResultsTableModel; here
// the room must watch tasks that are running (and the one a killed process
// never finished, which stays hatched on its lane), so it is drawn apart.
class TaskLanesView : public QWidget
{
    Q_OBJECT
public:
    explicit TaskLanesView(QWidget *parent = nullptr);

    void addStarted(const std::vector<TaskStarted> &batch);
    void addDone(const std::vector<TaskDone> &batch);
    void setLive(bool live);
    void clear();

    int laneCount() const { return static_cast<int>(lanes_.size()); }
    QStringList laneNames() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Bar
    {
        std::uint64_t n = 0;
        int lane = 0;
        std::int64_t startNs = 0;
        std::int64_t endNs = -1; // -1: running
        bool prime = false;
        bool abandoned = false; // its worker died; the broker gave it again, or lost it
    };
    int laneIndex(int lane, const QString &host, qint64 pid);
    void sawTime(std::int64_t ns);
    std::int64_t nowNs() const;
    void abandonOpen(std::uint64_t n, int exceptLane, std::int64_t atNs);

    std::vector<int> lanes_; // engine lane numbers, in order of first appearance
    std::vector<QString> names_;
    std::vector<Bar> bars_;
    std::int64_t maxNs_ = 0;
    // The run's clock, as last seen in an event, and when: running bars grow
    // from it between events.
    std::int64_t seenNs_ = 0;
    QElapsedTimer sinceSeen_;
    bool live_ = false;
    QTimer *tick_ = nullptr;
};

} // namespace conlab
