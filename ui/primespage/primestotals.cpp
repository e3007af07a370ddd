// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primestotals.h"

#include "ui/pages/primesoutcome.h"
#include "ui/pages/sequentialbaseline.h"

#include <QDateTime>
#include <QEvent>
#include <QThread>
#include <QTimer>

namespace conlab {

PrimesTotals::PrimesTotals(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    connect(&SequentialBaseline::instance(), &SequentialBaseline::changed, this, &PrimesTotals::refresh);
    auto *ageTimer = new QTimer(this);
    ageTimer->start(std::chrono::seconds(20));
    connect(ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void PrimesTotals::setRun(std::shared_ptr<const PrimesConfig> config, std::optional<RunSummary> summary)
{
    if (config != config_)
        fingerprint_ = SequentialBaseline::fingerprint(config->numbers);
    config_ = std::move(config);
    summary_ = std::move(summary);
    refresh();
}

void PrimesTotals::setProgress(qsizetype rows, double elapsed)
{
    rows_ = rows;
    elapsed_ = elapsed;
    refresh();
}

void PrimesTotals::refresh()
{
    // The baseline of the run on screen: its pace and numbers, not the
    // toolbar's pace, which is the next run's.
    const std::optional<SpeedupBaseline> baseline = SequentialBaseline::instance().lookup(config_->pace, fingerprint_);
    setText(PrimesOutcome::totalsText(*config_, rows_, summary_ ? &*summary_ : nullptr, elapsed_, baseline,
                                      QThread::idealThreadCount(), QDateTime::currentDateTimeUtc()));
}

void PrimesTotals::fitToFont(const QFont &base)
{
    QFont big = base;
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    setFont(big);
}

void PrimesTotals::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace conlab
