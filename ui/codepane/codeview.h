// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QTextEdit>

namespace conlab {

// The listing itself: read-only text with a gutter of line numbers, so a
// lecturer can say "line 20" and the room finds it. Long lines wrap instead
// of scrolling sideways, and their continuation is indented past the line's
// own indentation and marked in the gutter, so a wrapped line never reads
// as a new statement. A QTextEdit rather than a QPlainTextEdit because only
// its layout honours the block margins that make the hanging indent.
class CodeView : public QTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void setListing(const QString &text);

    int gutterWidth() const;
    // The 1-based numbers whose first line is at least partly in view, top
    // to bottom: what the gutter paints.
    QList<int> visibleLineNumbers() const;
    // How many pixels the widest laid-out line sticks out past the viewport
    // (0 when every line is whole on screen).
    int horizontalOverflow() const;
    // Visual lines that continue a wrapped listing line.
    int continuationLines() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class CodeGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterGeometry();
    void applyHangingIndents();

    QWidget *gutter_ = nullptr;
};

} // namespace conlab
