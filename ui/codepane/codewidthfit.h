// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QObject>

class QSplitter;

namespace conlab {

class CodePane;

// Gives the code pane beside a live view the width of its longest line, up
// to a share of the splitter, so the Python reads without scrolling sideways
// at projector size and when zoomed. It refits when the splitter is resized
// or the pane's font changes (zoom, presentation mode), until the lecturer
// moves the splitter: from then on their choice stands.
class CodeWidthFit : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxSharePercent = 56; // the live view is the lesson

    // `code` is the splitter's last widget.
    CodeWidthFit(QSplitter *splitter, CodePane *code, QObject *parent = nullptr);

    bool userSized() const { return userSized_; }
    // A page that restored a saved arrangement keeps it.
    void setUserSized(bool on) { userSized_ = on; }
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleFit();

    QSplitter *splitter_ = nullptr;
    CodePane *code_ = nullptr;
    QObject *codeView_ = nullptr; // the pane's listing, whose font the code zoom sets
    bool userSized_ = false;
    bool pending_ = false;
};

} // namespace conlab
