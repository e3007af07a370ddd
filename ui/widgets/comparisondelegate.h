// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QStyledItemDelegate>

namespace conlab {

// Draws a cell of the comparison table so the room can tell, without colour,
// what is the book's, what changed since, what is still open, and what opens
// an experiment: a solid frame and the source's number for a changed cell,
// a dashed frame for an open one, "↗" after a link, and a thick frame around
// the cell the keyboard is on.
class ComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The words as drawn: the cell's text, the link glyph, the source's mark.
    static QString decoratedText(const QModelIndex &index);
    // The inset of the frames, so a page can leave room for them.
    static int framePadding(const QFontMetrics &fm);
    // A source's mark, 1 as "¹", as the cells and the source lines show it.
    static QString superscript(int number);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace conlab
