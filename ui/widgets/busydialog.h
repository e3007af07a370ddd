// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

class QProgressDialog;
class QWidget;

namespace conlab {

// A busy bar for file work that runs off the GUI thread: it appears only
// when the work outlasts a moment (small files never flash a dialog), it is
// window-modal so the page is not changed under the job, and its Cancel
// gives the window back. The caller owns it and deletes it when done.
QProgressDialog *openBusyDialog(QWidget *parent, const QString &title, const QString &label);

} // namespace conlab
