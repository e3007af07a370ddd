// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QChartView>
#include <QFont>
#include <QSizeF>
#include <QStringList>

class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace conlab {

class AccessibleDescriber;

// A strip chart of the gap before each frame, in ms, with the 100 ms the
// spinner asks for drawn as a reference: a steady spinner is a flat line on
// it, a stall a spike. A stall that lasts until the spinner stops (S4's
// 3 s with no frame at all) has no frame to plot it at, so it is drawn as a
// bar of its own at the end. Fonts follow the widget's font so zoom reaches
// the axes too.
//
// Nothing on it is ever shortened to "...": QtCharts elides what does not
// fit, so the ranges, tick steps and titles are chosen from font metrics
// (layoutAxes) and the legend is a wrapping label under the plot.
class FrameGapChart : public QChartView
{
    Q_OBJECT
public:
    explicit FrameGapChart(QWidget *parent = nullptr);

    void clear();
    void addGap(int frameIndex, double gapMs);
    // The stretch from the last frame (or the start) to the spinner's stop,
    // when it is the longest: drawn after frame `frameIndex - 1`.
    void addFinalGap(int frameIndex, double gapMs);
    int pointCount() const;
    double gapAxisMax() const;
    QString legendText() const;

    // What the axes show at a plot size: each range ends on a round tick,
    // the gap axis holds the longest gap whole, and each title is the
    // longest of its candidates that fits (an empty one always does).
    struct Axes
    {
        double frameMax = 0;
        double frameStep = 1;
        double gapMax = 0;
        double gapStep = 1;
        QString frameTitle;
        QString gapTitle;
    };
    // Titles are given longest first. Labels of the frame axis each get
    // 1/n of the plot's width (QtCharts' rule), less padding.
    static Axes layoutAxes(const QFont &font, const QSizeF &plot, double frames, double longestGapMs,
                           const QStringList &frameTitles, const QStringList &gapTitles);
    // Padding QtCharts puts on both sides of a frame-axis label; a little
    // more than its own, to keep a margin for rounding.
    static constexpr double kLabelPadding = 6.0;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void retranslateUi();
    QString description() const;
    void relayout();
    void placeLegend();

    QLineSeries *gaps_ = nullptr;
    QScatterSeries *dots_ = nullptr;
    QLineSeries *reference_ = nullptr;
    QLineSeries *stall_ = nullptr;
    QValueAxis *x_ = nullptr;
    QValueAxis *y_ = nullptr;
    QLabel *legend_ = nullptr;
    double frames_ = 0;    // the highest frame index seen, plus one
    double longestMs_ = 0; // the longest gap seen
    AccessibleDescriber *describer_ = nullptr;
    bool relayingOut_ = false;
};

} // namespace conlab
