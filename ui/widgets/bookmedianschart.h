// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace conlab {

// The book's Figure 19-2 data, drawn as the figure draws it: the median time
// of procs.py for 1 to 20 processes on a 6-core machine, one point per
// count, and a dotted line at the lowest median. A preview of what the sweep
// experiment will measure here.
class BookMediansChart : public QChartView
{
    Q_OBJECT
public:
    explicit BookMediansChart(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void retranslateUi();

    QScatterSeries *medians_ = nullptr;
    QLineSeries *lowest_ = nullptr;
    QValueAxis *x_ = nullptr;
    QValueAxis *y_ = nullptr;
};

} // namespace conlab
