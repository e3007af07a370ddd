// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QObject>

class QPushButton;
class QSplitter;
class QWidget;

namespace conlab {

class CodePane;

// The code beside the live view where the screen has room for both, one at
// a time where it has not. On a 1024x768 projector the live view and the
// Python side by side would need a sideways scroll; there the page shows
// the live view and a button in its header swaps in the code and back.
// Side by side needs the live view's minimum width plus three quarters of
// the listing's longest line (the pane wraps the rest). Where both fit, the
// same button hides the code, for a page that needs its height and width
// for the run (CPython's side under the emulation's, at presentation size).
// The button is checked while the code is on screen.
class CodeSplit : public QObject
{
    Q_OBJECT
public:
    // `splitter` holds the live side first and `code` last.
    CodeSplit(QSplitter *splitter, CodePane *code, QWidget *buttonParent);

    // For the page's header.
    QPushButton *toggleButton() const { return toggle_; }
    bool sideBySide() const { return sideBySide_; }
    // Is the code on screen: beside the live view where both fit (unless
    // hidden), instead of it where they do not (when asked for)?
    bool showingCode() const { return sideBySide_ ? !hiddenBeside_ : showCode_; }
    void setShowingCode(bool show);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleUpdate();
    void update();
    void retranslate();

    QSplitter *splitter_ = nullptr;
    CodePane *code_ = nullptr;
    QPushButton *toggle_ = nullptr;
    bool sideBySide_ = true;
    bool showCode_ = false;     // one at a time: the code instead of the live view
    bool hiddenBeside_ = false; // both fit, and the lecturer hid the code
    bool pending_ = false;
};

} // namespace conlab
