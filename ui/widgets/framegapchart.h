#pragma once
#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace conlab {

// A strip chart of the gap before each frame, in ms, with the 100 ms the
// spinner asks for drawn as a reference: a steady spinner is a flat line on
// it, a stall a spike. Fonts follow the widget's font so zoom reaches the
// axes too.
class FrameGapChart : public QChartView
{
    Q_OBJECT
public:
    explicit FrameGapChart(QWidget *parent = nullptr);

    void clear();
    void addGap(int frameIndex, double gapMs);
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyFonts();
    void retranslateUi();
    void extendAxes(int frameIndex, double gapMs);
    void updateTicks();

    QLineSeries *gaps_ = nullptr;
    QScatterSeries *dots_ = nullptr;
    QLineSeries *reference_ = nullptr;
    QValueAxis *x_ = nullptr;
    QValueAxis *y_ = nullptr;
};

} // namespace conlab
