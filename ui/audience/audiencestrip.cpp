// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/audiencestrip.h"

#include "ui/audience/largetype.h"
#include "ui/audience/roundstatus.h"
#include "ui/widgets/accessibletext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace conlab {

AudienceStrip::AudienceStrip(QAction *showJoin, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("audienceStrip"));
    setFrameShape(QFrame::StyledPanel);
    where_ = new QLabel(this);
    round_ = new QLabel(this);
    exposure_ = new QLabel(this);
    for (QLabel *l : {where_, round_, exposure_}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    // It wraps only between its parts (no address is cut), and only where a
    // zoomed strip could not hold it: no minimum wider than the screen.
    where_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyFonts();
    auto *join = new QToolButton(this);
    join->setDefaultAction(showJoin);
    off_ = new QToolButton(this);
    connect(off_, &QToolButton::clicked, this, &AudienceStrip::turnOffRequested);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(where_, 4);
    row->addWidget(round_, 2);
    row->addWidget(exposure_, 1);
    row->addWidget(join);
    row->addWidget(off_);
    render();
}

void AudienceStrip::setAddress(const QUrl &url, const QString &code, bool loopbackOnly)
{
    url_ = url;
    code_ = code;
    loopbackOnly_ = loopbackOnly;
    render();
}

void AudienceStrip::setTally(const RoundTally &tally, bool hasQuestion)
{
    tally_ = tally;
    hasQuestion_ = hasQuestion;
    render();
}

void AudienceStrip::render()
{
    //: The audience strip: %1 the address to type on a phone, %2 the 4-digit code
    where_->setText(tr("Vote at %1 · code %2").arg(url_.authority(), code_));
    round_->setText(RoundStatus::text(tally_, hasQuestion_));
    // Short on the strip, where it is always in view; the join screen and
    // the tooltip say it whole.
    exposure_->setText(loopbackOnly_ ? tr("This machine only")
                                     //: On the strip while phones can reach the app
                                     : tr("⚠ Open to the network"));
    exposure_->setToolTip(loopbackOnly_ ? tr("Listening on this machine only")
                                        : tr("Open to the network: anyone here with the code can vote"));
    off_->setText(tr("Turn off"));
    off_->setToolTip(tr("Close the voting page: phones can no longer reach this machine"));
    a11y::setName(this, plainText());
}

QString AudienceStrip::plainText() const
{
    return where_->text() + u'\n' + round_->text() + u'\n' + exposure_->text();
}

// The address a size up from the strip's font, so the View menu's zoom and
// presentation mode scale it with the rest.
void AudienceStrip::applyFonts()
{
    where_->setFont(largeType(font(), 1.25));
}

void AudienceStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace conlab
