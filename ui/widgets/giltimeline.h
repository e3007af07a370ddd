// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilevents.h"

#include <QMap>
#include <QWidget>
#include <vector>

namespace conlab {

class AccessibleDescriber;

// Who held the GIL, when: one lane per thread, one bar per hold, on the
// run's time axis. Fed with the holds the engine reports; sized from the
// font so it scales with zoom.
class GilTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit GilTimeline(QWidget *parent = nullptr);

    void clear();
    void addHolds(const std::vector<GilHold> &holds);
    // Names the lane of a thread id ("MainThread", "spinner"); lanes without
    // a name show the id.
    void setThreadName(int tid, const QString &name);
    // Fix the time axis (e.g. the run's elapsed time) instead of following
    // the last hold.
    void setSpanNs(std::int64_t spanNs);
    int holdCount() const { return static_cast<int>(holds_.size()); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int laneHeight() const;
    QColor laneColor(int lane) const;
    QString laneName(int tid) const;
    QString description() const;

    struct Held
    {
        int holds = 0;
        std::int64_t ns = 0;
    };

    std::vector<GilHold> holds_;
    QMap<int, Held> held_; // per thread id, kept as holds arrive
    AccessibleDescriber *describer_ = nullptr;
    QMap<int, QString> names_;
    std::int64_t spanNs_ = 0;
};

} // namespace conlab
