// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/codesplit.h"

#include "ui/codepane/codepane.h"

#include <QEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>

namespace conlab {

namespace {
constexpr int kCodeSharePercent = 75; // of the longest line: the pane wraps the rest
} // namespace

CodeSplit::CodeSplit(QSplitter *splitter, CodePane *code, QWidget *buttonParent)
    : QObject(buttonParent), splitter_(splitter), code_(code)
{
    toggle_ = new QPushButton(buttonParent);
    toggle_->setObjectName(QStringLiteral("codeToggle"));
    toggle_->setCheckable(true);
    toggle_->setChecked(true); // both fit until update() knows otherwise
    connect(toggle_, &QPushButton::toggled, this, &CodeSplit::setShowingCode);
    splitter_->installEventFilter(this);
    code_->installEventFilter(this);
    splitter_->widget(0)->installEventFilter(this);
    toggle_->installEventFilter(this);
    retranslate();
    scheduleUpdate();
}

void CodeSplit::setShowingCode(bool show)
{
    if (show == showingCode())
        return;
    if (sideBySide_)
        hiddenBeside_ = !show;
    else
        showCode_ = show;
    update();
}

bool CodeSplit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        if (watched == splitter_)
            scheduleUpdate();
        break;
    case QEvent::FontChange:
    case QEvent::LayoutRequest:
        if (watched != toggle_)
            scheduleUpdate(); // zoom, a new listing, a wider live view
        break;
    case QEvent::LanguageChange:
        if (watched == toggle_)
            retranslate();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void CodeSplit::scheduleUpdate()
{
    // After the event: the sizes it changes are only known once handled.
    if (pending_)
        return;
    pending_ = true;
    QTimer::singleShot(0, this, [this] {
        pending_ = false;
        update();
    });
}

void CodeSplit::update()
{
    QWidget *live = splitter_->widget(0);
    const int needed = live->minimumSizeHint().width() + splitter_->handleWidth()
        + code_->listingWidth() * kCodeSharePercent / 100;
    sideBySide_ = splitter_->width() >= needed;
    live->setVisible(sideBySide_ || !showCode_);
    code_->setVisible(sideBySide_ ? !hiddenBeside_ : showCode_);
    const QSignalBlocker quiet(toggle_); // a new width is not a click
    toggle_->setChecked(showingCode());
    retranslate();
}

void CodeSplit::retranslate()
{
    if (sideBySide_) {
        toggle_->setText(hiddenBeside_ ? tr("Show the Python code ▸") : tr("Hide the code ◂"));
        toggle_->setToolTip(tr("The code beside the live view, or the whole width for the run"));
        return;
    }
    toggle_->setText(showCode_ ? tr("◂ Back to the live view") : tr("Show the Python code ▸"));
    toggle_->setToolTip(tr("The screen is too narrow for the code beside the live view: "
                           "this switches between the two."));
}

} // namespace conlab
