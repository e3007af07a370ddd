// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/engine/spinnerliveevent.h"

#include <QWidget>
#include <vector>

class QLabel;

namespace conlab {

class FrameGapChart;
class GilTimeline;
class LoopView;
class SpinnerGlyph;

// The live half of a spinner page: the glyph, the spinner object line, the
// answer, the elapsed time, the frame-gap chart and, for threads under the
// GIL, who held it, and for coroutines the event loop's tasks. Everything it shows comes from engine events and the
// final report; its only timer-driven text is the running clock.
class SpinnerLiveView : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerLiveView(QWidget *parent = nullptr);

    void setGilTimelineVisible(bool visible);
    // The event loop's lanes, for the coroutine variants.
    void setLoopViewVisible(bool visible);
    void startRun(const QString &message);
    // Nothing on screen: no frames, facts, charts or answer of any run.
    void clear();
    void addEvents(const std::vector<SpinnerLiveEvent> &events);
    void setElapsedRunning(double seconds);
    void finishRun(const SpinnerReport &report);
    // Lane names for the thread model while it runs; the report's names
    // replace them at the end.
    void nameGilLanes();

    int framesDrawn() const { return frames_; }
    QString answerText() const;
    SpinnerGlyph *glyph() const { return glyph_; }
    FrameGapChart *chart() const { return chart_; }
    GilTimeline *gilTimeline() const { return gil_; }
    LoopView *loopView() const { return loop_; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateTexts();
    void fitFacts();

    SpinnerGlyph *glyph_ = nullptr;
    QLabel *reprCaption_ = nullptr;
    QLabel *repr_ = nullptr;
    QLabel *framesCaption_ = nullptr;
    QLabel *frames_label_ = nullptr;
    QLabel *gapCaption_ = nullptr;
    QLabel *gap_ = nullptr;
    QLabel *elapsedCaption_ = nullptr;
    QLabel *elapsed_ = nullptr;
    QLabel *answer_ = nullptr;
    QWidget *factsBox_ = nullptr;
    FrameGapChart *chart_ = nullptr;
    GilTimeline *gil_ = nullptr;
    LoopView *loop_ = nullptr;

    QString message_;
    QString reprText_;
    QString answerPlain_;
    int frames_ = 0;
    std::int64_t lastFrameNs_ = 0;
    std::int64_t maxGapNs_ = 0;
    double elapsed_s_ = 0;
    bool running_ = false;
    bool haveReport_ = false;
    SpinnerReport report_;
};

} // namespace conlab
