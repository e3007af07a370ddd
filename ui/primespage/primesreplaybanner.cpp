// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primesreplaybanner.h"

#include "ui/theme/palette.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace conlab {

PrimesReplayBanner::PrimesReplayBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("primesReplayBanner"));
    setStyleSheet(QStringLiteral("#primesReplayBanner { background: %1; border: 3px solid %2; border-radius: 4px; }")
                      .arg(theme::primesReplayFill.name(), theme::primesReplayBorder.name()));
    label_ = new QLabel(this);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    skip_ = new QToolButton(this);
    connect(skip_, &QToolButton::clicked, this, &PrimesReplayBanner::skipRequested);
    auto *row = new QHBoxLayout(this);
    row->addWidget(label_, 1);
    row->addWidget(skip_);
    refresh();
}

void PrimesReplayBanner::showRecording(const QDateTime &recordedAt, const QString &source)
{
    shown_ = true;
    recordedAt_ = recordedAt;
    source_ = source;
    speed_.reset();
    refresh();
}

void PrimesReplayBanner::setPlaying(std::optional<double> speed)
{
    speed_ = speed;
    refresh();
}

void PrimesReplayBanner::clear()
{
    shown_ = false;
    speed_.reset();
    refresh();
}

QString PrimesReplayBanner::text() const
{
    if (!shown_)
        return {};
    const QString when = recordedAt_.isValid() ? QLocale().toString(recordedAt_.toLocalTime(), QLocale::ShortFormat)
                                               : tr("an unknown time");
    QString text = source_.isEmpty()
        //: %1 when the recording was made (date and time)
        ? tr("Replay of a recording from %1.").arg(when)
        //: %1 when the recording was made (date and time), %2 its file name
        : tr("Replay of a recording from %1 (%2).").arg(when, QFileInfo(source_).fileName());
    if (speed_) {
        text += u' ';
        text += *speed_ > 1.0
            //: %1 how many times faster than recorded, e.g. 3.5
            ? tr("Played %1× faster than it was recorded.").arg(*speed_, 0, 'f', 1)
            : tr("The results appear at the pace they were recorded.");
    }
    text += u' ' + tr("Run (F5) runs it live.");
    return text;
}

void PrimesReplayBanner::refresh()
{
    setVisible(shown_);
    label_->setText(text());
    //: button on the replay banner: show the rest of the recording at once
    skip_->setText(tr("Skip to end"));
    skip_->setVisible(speed_.has_value());
}

void PrimesReplayBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace conlab
