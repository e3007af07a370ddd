// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QFrame>

class QLabel;

namespace conlab {

class CPythonHeading;

// A spinner run beside the same listing in CPython: the interpreter and the
// command, then frames, longest gap, elapsed and the verdict for both with
// CPython ÷ emulation (SpinnerSideBySide), and whether they agree. Hidden
// until the page asks for a CPython run or shows a recorded one.
class SpinnerCPythonPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SpinnerCPythonPanel(QWidget *parent = nullptr);

    void clear();
    void showRunning();
    void showSide(const SpinnerConfig &config, const SpinnerReport &emulation, const CPythonSide &side);
    // Everything it says, as plain text: for tests and screen readers.
    QString text() const;

private:
    CPythonHeading *heading_ = nullptr;
    QLabel *table_ = nullptr;
    QLabel *summary_ = nullptr;
};

} // namespace conlab
