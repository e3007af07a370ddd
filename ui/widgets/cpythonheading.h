// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"

#include <QLabel>

namespace conlab {

// The line over a CPython side: which interpreter ran it and the command a
// sceptical student can type in the staged listings' folder, or why
// nothing ran (the locator's or the listing's own words). Selectable, so
// the command can be copied.
class CPythonHeading : public QLabel
{
    Q_OBJECT
public:
    explicit CPythonHeading(QWidget *parent = nullptr);

    // Longer commands (hundreds of numbers) show their start only.
    static constexpr qsizetype kMaxCommandChars = 120;

    // While the listing runs.
    void showRunning();
    void showSide(const CPythonSide &side);
};

} // namespace conlab
