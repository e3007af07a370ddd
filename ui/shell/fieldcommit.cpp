// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/fieldcommit.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>

namespace conlab {

bool FieldCommit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    auto *box = qobject_cast<QAbstractSpinBox *>(watched);
    if (!box)
        return false;
    // Commit what was typed (a value out of range snaps to the range, as
    // leaving the field would), then hand focus to the window: the field's
    // editingFinished() follows from the focus loss.
    box->interpretText();
    QWidget *window = box->window();
    box->clearFocus();
    if (window)
        window->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace conlab
