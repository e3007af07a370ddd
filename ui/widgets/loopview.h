// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/widgets/loopviewmodel.h"

#include <QWidget>

class QPainter;
#include <vector>

namespace conlab {

class AccessibleDescriber;

// The event loop on screen: one lane per task with its steps as bars, its
// timers as thin lines and cancel() as a red mark, and the ready queue's
// length above them, on the run's time axis. Fed in batches by the page's
// drain timer (never one repaint per event); sized from the font, so it
// scales with zoom. Lesson facts live in the model, which tests read.
class LoopView : public QWidget
{
    Q_OBJECT
public:
    explicit LoopView(QWidget *parent = nullptr);

    void clear();
    // See LoopViewModel::setOwnLanes; takes effect at the next clear().
    void setOwnLanes(std::size_t lanes) { model_.setOwnLanes(lanes); }
    void addEvents(const std::vector<aio::LoopEvent> &events);
    // While a run goes: how long it has run, so an open step grows and the
    // axis keeps moving while the loop is stuck in one step.
    void setNowNs(std::int64_t nowNs);
    // Fix the axis' length (the run's elapsed time) once it ended.
    void finish(std::int64_t spanNs);

    const LoopViewModel &model() const { return model_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Painting, in loopviewpaint.cpp.
    void paintQueue(QPainter &p, const QRect &plot, std::int64_t span) const;
    void paintLane(QPainter &p, const QRect &plot, const LoopViewModel::Lane &lane, int index, std::int64_t span) const;
    void paintAxis(QPainter &p, const QRect &plot, int y, std::int64_t span) const;
    int labelWidth() const;

    QString laneLabel(const LoopViewModel::Lane &lane) const;
    std::int64_t spanNs() const;
    int laneHeight() const;
    int queueHeight() const;
    QString description() const;

    LoopViewModel model_;
    std::int64_t nowNs_ = 0;
    bool live_ = false;
    std::size_t lanesShown_ = 0;
    AccessibleDescriber *describer_ = nullptr;
};

} // namespace conlab
