// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/sweep/sweepchartexport.h"

#include <QChartView>

namespace conlab {

class SweepChartBuilder;

// The sweep's chart on the page. The builder does the drawing; the view
// hands it the widget's font, so zoom and presentation mode scale the axes,
// the legend and the notes with the rest of the window.
class SweepChart : public QChartView
{
    Q_OBJECT
public:
    explicit SweepChart(QWidget *parent = nullptr);

    SweepChartBuilder *builder() const { return builder_; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitToFont();

    SweepChartBuilder *builder_ = nullptr;
};

} // namespace conlab
