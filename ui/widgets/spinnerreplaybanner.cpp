// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/spinnerreplaybanner.h"

#include "ui/theme/palette.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>

namespace conlab {

SpinnerReplayBanner::SpinnerReplayBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 3px solid %3; border-radius: 4px; "
                       "font-weight: bold; }")
            .arg(theme::replayBannerFill.name(), theme::replayBannerText.name(), theme::replayBannerBorder.name()));
    hide();
}

void SpinnerReplayBanner::showReplay(const QString &source, const QDateTime &recordedAt)
{
    source_ = source;
    recordedAt_ = recordedAt;
    setText(bannerText());
    setVisible(isShowingReplay());
}

void SpinnerReplayBanner::clear()
{
    showReplay({}, {});
}

// The texts keep the spinner page's translation context, where they were
// translated before the banner became a widget of its own.
QString SpinnerReplayBanner::bannerText() const
{
    if (!isShowingReplay())
        return {};
    const QString when = recordedAt_.isValid()
        ? QLocale().toString(recordedAt_.toLocalTime(), QLocale::ShortFormat)
        : QCoreApplication::translate("conlab::SpinnerPage", "at an unknown time");
    //: %1 the recording's file name, %2 when it was recorded (date and time)
    return QCoreApplication::translate("conlab::SpinnerPage", "Replay of %1, recorded %2")
               .arg(QFileInfo(source_).fileName(), when)
        + QStringLiteral(". ")
        + QCoreApplication::translate("conlab::SpinnerPage",
                                      "The spinner moves at the recorded frame times; Run (F5) runs the variant live.");
}

void SpinnerReplayBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setText(bannerText());
    QLabel::changeEvent(event);
}

} // namespace conlab
