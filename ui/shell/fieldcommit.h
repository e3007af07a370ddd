// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QObject>

namespace conlab {

// Enter in a number field commits the value and gives the keyboard back to
// the page. Without this, a lecturer who types 300 in "Switch every",
// presses Enter and then 2 to predict sets the interval to 2 ms: the field
// still has focus and takes the digit. Installed once on the application.
class FieldCommit : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace conlab
