// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"

#include <QLabel>

namespace conlab {

// The line over a CPython side: which interpreter ran it and the command a
// sceptical student can type in the staged listings' folder, or why
// nothing ran (the locator's or the listing's own words).
//
// One line, whatever the width: on a 1280 x 720 projector with the code
// beside it, a wrapped interpreter path and command took four lines from
// the timeline. The version stays in view and the command is cut at the
// right with "…"; the tooltip, and a copy, hold the whole of both. Why
// nothing ran wraps instead, since those words say what to do.
class CPythonHeading : public QLabel
{
    Q_OBJECT
public:
    explicit CPythonHeading(QWidget *parent = nullptr);

    // While the listing runs.
    void showRunning();
    void showSide(const CPythonSide &side);

    // The whole heading as plain text, however much of it shows.
    QString fullText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();

    QString version_; // "CPython 3.11.2": always shown
    QString command_; // cut to the width that is left
    QString full_;
};

} // namespace conlab
