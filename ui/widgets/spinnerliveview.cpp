// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/spinnerliveview.h"

#include "ui/widgets/framegapchart.h"
#include "ui/widgets/giltimeline.h"
#include "ui/widgets/loopview.h"
#include "ui/widgets/spinnerglyph.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace conlab {

SpinnerLiveView::SpinnerLiveView(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    glyph_ = new SpinnerGlyph(this);
    auto makeLabel = [this] {
        auto *l = new QLabel(this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    reprCaption_ = makeLabel();
    repr_ = makeLabel();
    repr_->setWordWrap(true);
    framesCaption_ = makeLabel();
    frames_label_ = makeLabel();
    gapCaption_ = makeLabel();
    gap_ = makeLabel();
    elapsedCaption_ = makeLabel();
    elapsed_ = makeLabel();
    answer_ = makeLabel();
    answer_->setTextFormat(Qt::RichText);
    chart_ = new FrameGapChart(this);
    gil_ = new GilTimeline(this);
    loop_ = new LoopView(this);
    loop_->hide();

    factsBox_ = new QWidget(this);
    factsBox_->installEventFilter(this);
    auto *facts = new QGridLayout(factsBox_);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setColumnStretch(1, 1);
    for (QLabel *l :
         {reprCaption_, repr_, framesCaption_, frames_label_, gapCaption_, gap_, elapsedCaption_, elapsed_, answer_})
        l->setParent(factsBox_);
    facts->addWidget(answer_, 0, 0, 1, 2);
    facts->addWidget(reprCaption_, 1, 0, Qt::AlignTop);
    facts->addWidget(repr_, 1, 1);
    facts->addWidget(framesCaption_, 2, 0, Qt::AlignTop);
    facts->addWidget(frames_label_, 2, 1);
    facts->addWidget(gapCaption_, 3, 0);
    facts->addWidget(gap_, 3, 1);
    facts->addWidget(elapsedCaption_, 4, 0);
    facts->addWidget(elapsed_, 4, 1);
    frames_label_->setWordWrap(true);
    gap_->setWordWrap(true);
    elapsed_->setWordWrap(true);
    answer_->setWordWrap(true);

    // The glyph and the facts about it side by side: vertical space goes
    // to the chart, which has to show a spike from the back row.
    auto *top = new QHBoxLayout;
    top->addWidget(glyph_, 1);
    top->addWidget(factsBox_, 1, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(chart_, 1);
    layout->addWidget(gil_);
    layout->addWidget(loop_);
    retranslateUi();
}

void SpinnerLiveView::setGilTimelineVisible(bool visible)
{
    gil_->setVisible(visible);
}

void SpinnerLiveView::setLoopViewVisible(bool visible)
{
    loop_->setVisible(visible);
}

void SpinnerLiveView::startRun(const QString &message)
{
    message_ = message;
    reprText_.clear();
    frames_ = 0;
    lastFrameNs_ = 0;
    maxGapNs_ = 0;
    elapsed_s_ = 0;
    running_ = true;
    haveReport_ = false;
    report_ = {};
    glyph_->clear();
    glyph_->setCaption(QString());
    chart_->clear();
    gil_->clear();
    loop_->clear();
    updateTexts();
}

void SpinnerLiveView::clear()
{
    startRun(QString());
    running_ = false;
    elapsed_s_ = 0;
    updateTexts();
}

void SpinnerLiveView::addEvents(const std::vector<SpinnerLiveEvent> &events)
{
    std::vector<GilHold> holds;
    std::vector<aio::LoopEvent> loopEvents;
    const SpinnerFrame *last = nullptr;
    for (const SpinnerLiveEvent &e : events) {
        switch (e.kind) {
        case SpinnerLiveEvent::Kind::SpinnerObject: reprText_ = e.repr; break;
        case SpinnerLiveEvent::Kind::Frame: {
            // The gap is measured between the engine's own time stamps
            // (the first one from the run's start), not on arrival here.
            const std::int64_t gap = e.frame.tNs - lastFrameNs_;
            lastFrameNs_ = e.frame.tNs;
            maxGapNs_ = std::max(maxGapNs_, gap);
            chart_->addGap(e.frame.index, static_cast<double>(gap) / 1e6);
            ++frames_;
            last = &e.frame;
            break;
        }
        case SpinnerLiveEvent::Kind::Cleared:
            // The spinner's cleanup wiped its line, as the terminal shows.
            last = nullptr;
            glyph_->clear();
            break;
        case SpinnerLiveEvent::Kind::GilHold: holds.push_back(e.hold); break;
        case SpinnerLiveEvent::Kind::LoopEvent: loopEvents.push_back(e.loop); break;
        }
    }
    if (last)
        glyph_->showFrame(last->glyph, message_);
    if (!holds.empty())
        gil_->addHolds(holds);
    loop_->addEvents(loopEvents); // one batch, one repaint
    updateTexts();
}

void SpinnerLiveView::setElapsedRunning(double seconds)
{
    elapsed_s_ = seconds;
    loop_->setNowNs(static_cast<std::int64_t>(seconds * 1e9));
    updateTexts();
}

void SpinnerLiveView::nameGilLanes()
{
    // spinner_thread.py's two threads, in the order the engine registers
    // them: the supervisor first, then the spinner.
    gil_->setThreadName(0, QStringLiteral("MainThread"));
    gil_->setThreadName(1, QStringLiteral("Thread-1 (spin)"));
}

void SpinnerLiveView::finishRun(const SpinnerReport &report)
{
    running_ = false;
    haveReport_ = true;
    report_ = report;
    elapsed_s_ = report.elapsed;
    if (reprText_.isEmpty())
        reprText_ = report.spinnerRepr;
    // The report's figure also counts the frozen stretches at either end.
    // When the one at the end is the longest (S4, S7: no frame at all), the
    // chart draws it too, or it would show nothing of the lesson.
    if (report.maxGapNs > maxGapNs_)
        chart_->addFinalGap(frames_, static_cast<double>(report.maxGapNs) / 1e6);
    maxGapNs_ = std::max(maxGapNs_, report.maxGapNs);
    if (report.gil) {
        for (size_t tid = 0; tid < report.gil->threads.size(); ++tid)
            gil_->setThreadName(static_cast<int>(tid), QString::fromStdString(report.gil->threads[tid].name));
    }
    gil_->setSpanNs(static_cast<std::int64_t>(report.elapsed * 1e9));
    loop_->finish(static_cast<std::int64_t>(report.elapsed * 1e9));
    updateTexts();
}

QString SpinnerLiveView::answerText() const
{
    return answerPlain_;
}

void SpinnerLiveView::updateTexts()
{
    repr_->setText(reprText_.isEmpty() ? QStringLiteral("–") : reprText_);
    if (haveReport_) {
        //: %1 frames the spinner drew, %2 frames it would draw at 10 a second
        frames_label_->setText(tr("%1 drawn, about %2 expected").arg(frames_).arg(qRound(report_.expectedFrames)));
    } else {
        //: %1 frames the spinner drew so far
        frames_label_->setText(tr("%1 drawn").arg(frames_));
    }
    //: %1 the longest time between two frames, in ms
    gap_->setText(tr("%1 ms").arg(qRound(static_cast<double>(maxGapNs_) / 1e6)));
    //: %1 seconds, with two decimals
    elapsed_->setText(tr("%1 s").arg(elapsed_s_, 0, 'f', 2));
    QString answer;
    if (haveReport_) {
        if (report_.cancelled)
            answer = tr("Stopped before slow() returned");
        else if (!report_.error.isEmpty())
            //: %1 the engine's error message
            answer = tr("Error: %1").arg(report_.error);
        else
            //: %1 the value slow() returned (42)
            answer = tr("Answer: %1").arg(report_.answer);
    } else if (running_) {
        answer = tr("waiting for slow()…");
    }
    answerPlain_ = answer;
    if (haveReport_ && report_.ok()) {
        glyph_->setCaption(frames_ == 0 ? tr("(no frame was ever drawn)")
                                        : tr("(the spinner wiped its line when it stopped)"));
    }
    glyph_->setProgress(frames_,
                        running_          ? SpinnerGlyph::Run::Going
                            : haveReport_ ? SpinnerGlyph::Run::Ended
                                          : SpinnerGlyph::Run::None);
    answer_->setText(
        QStringLiteral("<span style=\"font-size:x-large; font-weight:bold\">%1</span>").arg(answer.toHtmlEscaped()));
    fitFacts();
}

void SpinnerLiveView::fitFacts()
{
    // Wrapped labels know the height they need at a width, but a squeezed
    // page would still cut them in half (a spinner object on one and a half
    // lines). Hold the facts to their full height at the width they have.
    const int h = factsBox_->layout()->heightForWidth(factsBox_->width());
    if (h > 0 && factsBox_->minimumHeight() != h)
        factsBox_->setMinimumHeight(h);
}

bool SpinnerLiveView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == factsBox_ && event->type() == QEvent::Resize)
        fitFacts();
    return QWidget::eventFilter(watched, event);
}

void SpinnerLiveView::retranslateUi()
{
    reprCaption_->setText(tr("Spinner object:"));
    framesCaption_->setText(tr("Frames:"));
    gapCaption_->setText(tr("Longest gap:"));
    elapsedCaption_->setText(tr("Elapsed:"));
    updateTexts();
}

void SpinnerLiveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
