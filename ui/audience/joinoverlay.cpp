// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/joinoverlay.h"

#include "ui/audience/largetype.h"
#include "ui/audience/qrcodeview.h"
#include "ui/audience/roundstatus.h"
#include "ui/widgets/accessibletext.h"

#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

namespace conlab {

JoinOverlay::JoinOverlay(QWidget *over) : QWidget(over)
{
    setObjectName(QStringLiteral("joinOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    card_ = new QWidget(this);
    card_->setObjectName(QStringLiteral("joinCard"));
    card_->setAutoFillBackground(true);
    card_->setAttribute(Qt::WA_NoMousePropagation); // only a click on the backdrop closes
    qr_ = new QrCodeView(card_);
    heading_ = new QLabel(card_);
    address_ = new QLabel(card_);
    code_ = new QLabel(card_);
    status_ = new QLabel(card_);
    exposure_ = new QLabel(card_);
    for (QLabel *l : {heading_, address_, code_, status_, exposure_}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    address_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    close_ = new QPushButton(card_);
    connect(close_, &QPushButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    auto *text = new QVBoxLayout;
    text->addWidget(heading_);
    text->addWidget(address_);
    text->addWidget(code_);
    text->addWidget(status_);
    text->addStretch(1);
    text->addWidget(exposure_);
    text->addWidget(close_, 0, Qt::AlignLeft);
    auto *row = new QHBoxLayout(card_);
    row->setContentsMargins(24, 24, 24, 24);
    row->setSpacing(24);
    row->addWidget(qr_, 3);
    row->addLayout(text, 2);
    over->installEventFilter(this);
    hide();
    applyFonts();
    render();
}

void JoinOverlay::setAddress(const QUrl &typed, const QUrl &scanned, const QString &code, bool loopbackOnly)
{
    typed_ = typed;
    codeText_ = code;
    loopbackOnly_ = loopbackOnly;
    qr_->setText(scanned.toString());
    render();
}

void JoinOverlay::setTally(const RoundTally &tally, bool hasQuestion)
{
    tally_ = tally;
    hasQuestion_ = hasQuestion;
    render();
}

void JoinOverlay::showOver()
{
    fit();
    show();
    raise();
    setFocus();
}

// Sizes follow the window's font, so the View menu's zoom scales them too.
void JoinOverlay::applyFonts()
{
    heading_->setFont(largeType(font(), 1.6));
    address_->setFont(largeType(font(), 2.0));
    code_->setFont(largeType(font(), 3.0));
}

void JoinOverlay::render()
{
    heading_->setText(tr("Vote from your phone"));
    // What people type: a browser adds http:// to an address with a port.
    address_->setText(typed_.authority());
    //: Over the join screen; %1 the 4-digit session code
    code_->setText(tr("Code %1").arg(codeText_));
    status_->setText(RoundStatus::text(tally_, hasQuestion_));
    exposure_->setText(loopbackOnly_ ? tr("Listening on this machine only")
                                     : tr("Open to the network: anyone here with the code can vote. "
                                          "Turn Audience off when the lecture ends."));
    close_->setText(tr("Close (Esc)"));
    a11y::setName(this, plainText());
}

QString JoinOverlay::plainText() const
{
    return QStringList{heading_->text(), address_->text(), code_->text(), status_->text(), exposure_->text()}.join(
        u'\n');
}

void JoinOverlay::fit()
{
    if (!parentWidget())
        return;
    setGeometry(parentWidget()->rect());
    // The card leaves a margin of backdrop, so it reads as on top of the page.
    const int margin = std::max(12, std::min(width(), height()) / 20);
    card_->setGeometry(rect().adjusted(margin, margin, -margin, -margin));
}

bool JoinOverlay::event(QEvent *event)
{
    // Esc closes the join screen first: in presentation mode the window's
    // Esc would otherwise leave full screen and leave this on top.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool JoinOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fit();
    return QWidget::eventFilter(watched, event);
}

void JoinOverlay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int margin = std::max(12, std::min(width(), height()) / 20);
    card_->setGeometry(rect().adjusted(margin, margin, -margin, -margin));
}

void JoinOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 140));
}

void JoinOverlay::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    hide(); // a click outside the card (the card takes its own)
    emit closed();
}

void JoinOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void JoinOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace conlab
