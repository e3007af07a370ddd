// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/busydialog.h"

#include <QProgressDialog>

namespace conlab {

QProgressDialog *openBusyDialog(QWidget *parent, const QString &title, const QString &label)
{
    auto *dialog = new QProgressDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    // Reading or writing is one call without a fraction to show: a busy bar.
    dialog->setRange(0, 0);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    return dialog;
}

} // namespace conlab
