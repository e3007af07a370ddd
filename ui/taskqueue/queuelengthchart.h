// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueueevents.h"

#include <QWidget>

#include <vector>

namespace conlab {

// The broker's queue length over the run: how many tasks wait in Redis for
// a worker. It falls in steps as workers take tasks, and a lane joining
// from another machine (T3) makes it fall faster. Painted, as a step line:
// a handful of samples a second needs no chart library.
class QueueLengthChart : public QWidget
{
    Q_OBJECT
public:
    explicit QueueLengthChart(QWidget *parent = nullptr);

    void addSamples(const std::vector<QueueSample> &batch);
    void clear();
    long long lastLength() const { return samples_.empty() ? 0 : samples_.back().length; }
    std::size_t sampleCount() const { return samples_.size(); }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<QueueSample> samples_;
    long long maxLength_ = 0;
};

} // namespace conlab
