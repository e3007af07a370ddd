// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QFont>
#include <QGraphicsRectItem>
#include <QObject>

class QChart;

namespace conlab {

// The sweep chart's legend, drawn under the plot in as many lines as its
// names need. QtCharts' own legend is one line and elides what does not
// fit, which on a projector left "processes (3 Dec 2026 1…" twice and the
// two compared sweeps could not be told apart. It lists the chart's
// visible legend markers (so the builder still decides what is listed by
// hiding markers) and reserves its height in the chart's bottom margin.
class SweepLegend : public QObject, public QGraphicsRectItem
{
    Q_OBJECT
public:
    explicit SweepLegend(QChart *chart);
    // The property that keeps a series' marker out of this legend.
    static constexpr const char *kHidden = "conlabLegendHidden";

    void setFont(const QFont &font);
    // Rebuilds the entries from the chart's markers and lays them out for
    // the chart's current width.
    void relayout();
    // The names listed, in order, for tests.
    QStringList names() const;

private:
    QChart *chart_ = nullptr;
    QFont font_;
    int margin_ = 6;
};

} // namespace conlab
