// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primesliveview.h"

#include "ui/primespage/primesreplaybanner.h"
#include "ui/primespage/primesresultstable.h"
#include "ui/primespage/racetallyview.h"
#include "ui/theme/palette.h"
#include "ui/widgets/loopview.h"
#include "ui/widgets/timelineview.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace conlab {

namespace {
// Pale fills with dark text: the banner must stay readable on a washed-out
// projector, and the border carries the colour.
QString outcomeStyle(PrimesOutcome::Kind kind)
{
    QColor border = theme::primesBannerBorder, fill = theme::primesBannerFill;
    if (kind == PrimesOutcome::Kind::Lost) {
        border = theme::primesLostBorder;
        fill = theme::primesLostFill;
    } else if (kind == PrimesOutcome::Kind::Failed) {
        border = theme::primesFailedBorder;
        fill = theme::primesFailedFill;
    } else if (kind == PrimesOutcome::Kind::Hung) {
        border = theme::raceHungBorder;
        fill = theme::raceHungFill;
    } else if (kind == PrimesOutcome::Kind::Recovered) {
        border = theme::primesRecoveredBorder;
        fill = theme::primesRecoveredFill;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border: 3px solid %3; border-radius: 4px; }")
        .arg(fill.name(), theme::text.name(), border.name());
}
} // namespace

PrimesLiveView::PrimesLiveView(ResultsTableModel *results, QWidget *parent) : QWidget(parent)
{
    replayBanner_ = new PrimesReplayBanner(this);
    outcome_ = new QLabel(this);
    outcome_->setWordWrap(true);
    outcome_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outcome_->setTextFormat(Qt::PlainText);
    outcome_->setMargin(8);
    outcome_->hide();
    tally_ = new RaceTallyView(this);
    hangTicks_.setInterval(200);
    connect(&hangTicks_, &QTimer::timeout, this, &PrimesLiveView::tickHang);

    timeline_ = new TimelineView(this);
    timeline_->setModel(results);
    // The coroutine models' event loop sits under the timeline, in the same
    // pane, so the splitter's saved state keeps its two parts.
    loopView_ = new LoopView(this);
    // A task per number (primes_async.py) or per consumer: main gets a lane
    // of its own, the rest one lane per coroutine, so the short pane holds it.
    loopView_->setOwnLanes(1);
    loopView_->clear();
    auto *timelinePane = new QWidget(this);
    auto *tl = new QVBoxLayout(timelinePane);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(timeline_, 1);
    tl->addWidget(loopView_);
    table_ = new PrimesResultsTable(results, this);

    // The timeline on top, where the room looks first, the table below it.
    split_ = new QSplitter(Qt::Vertical, this);
    split_->setObjectName(QStringLiteral("primesLiveSplitter"));
    split_->addWidget(timelinePane);
    split_->addWidget(table_);
    split_->setStretchFactor(0, 1);
    split_->setStretchFactor(1, 1);
    split_->setSizes({4500, 5500});
    split_->setChildrenCollapsible(false);
    connect(split_, &QSplitter::splitterMoved, this, &PrimesLiveView::splitterMoved);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(replayBanner_);
    column->addWidget(outcome_);
    column->addWidget(tally_);
    column->addWidget(split_, 1);
}

void PrimesLiveView::startRun(const PrimesConfig &config, qsizetype total)
{
    replayBanner_->clear();
    hangTicks_.stop();
    outcome_->hide();
    timeline_->clear();
    std::vector<TimelineView::Lane> lanes;
    for (const auto &[worker, name] : PrimesOutcome::laneNames(config))
        lanes.push_back({worker, name});
    timeline_->setLanes(std::move(lanes));
    timeline_->setTotalNumbers(total);
    timeline_->setLive(true);
    loopView_->clear();
}

void PrimesLiveView::showEnded(const RunSummary &summary)
{
    const auto wallNs = static_cast<std::int64_t>(summary.wall * 1e9);
    timeline_->setLive(false);
    timeline_->setMinimumSpanNs(wallNs);
    loopView_->finish(wallNs);
    if (summary.gil)
        timeline_->setGilWorkers(PrimesOutcome::gilWorkers(*summary.gil));
    // The summary holds every crash, also of a run replayed from a file.
    timeline_->setCrashes(summary.crashes);
    // Lost results were started but never reported: they leave the queue
    // at an unknown time, so they are not counted in its depth; the axis
    // still reaches the job count.
    timeline_->setTotalNumbers(summary.numbers, static_cast<qsizetype>(summary.lost.size()));
    hangTicks_.stop();
    const PrimesOutcome::Banner banner = PrimesOutcome::banner(summary);
    showBanner(banner.kind, banner.text);
}

void PrimesLiveView::showBanner(PrimesOutcome::Kind kind, const QString &text)
{
    shownKind_ = kind;
    outcome_->setVisible(!text.isEmpty());
    outcome_->setText(text);
    outcome_->setStyleSheet(outcomeStyle(kind));
}

void PrimesLiveView::hideRaceBanner()
{
    if (shownKind_ == PrimesOutcome::Kind::Lost || shownKind_ == PrimesOutcome::Kind::Hung)
        outcome_->hide();
}

void PrimesLiveView::showHanging(qint64 graceNs)
{
    hangEnds_.setRemainingTime(std::chrono::nanoseconds(graceNs));
    hangTicks_.start();
    tickHang();
}

void PrimesLiveView::tickHang()
{
    showBanner(PrimesOutcome::Kind::Hung, PrimesOutcome::hangingText(hangEnds_.remainingTimeNSecs()));
}

QString PrimesLiveView::outcomeText() const
{
    return outcome_->isHidden() ? QString() : outcome_->text();
}

void PrimesLiveView::setTableShown(bool shown)
{
    table_->setVisible(shown);
}

bool PrimesLiveView::tableShown() const
{
    return !table_->isHidden();
}

QByteArray PrimesLiveView::saveState() const
{
    return split_->saveState();
}

bool PrimesLiveView::restoreState(const QByteArray &state)
{
    return split_->restoreState(state);
}

void PrimesLiveView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        timeline_->update(); // it paints its own words
    QWidget::changeEvent(event);
}

} // namespace conlab
