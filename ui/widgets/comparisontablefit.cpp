// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/comparisontablefit.h"

#include "ui/widgets/comparisondelegate.h"

#include <QHeaderView>
#include <QTableView>

#include <numeric>
#include <vector>

namespace conlab {

namespace {
constexpr double kStep = 0.1;
// Rows with air around the words; a row title wrapped on two lines needs more.
constexpr double kRowLines = 1.6;
constexpr double kWrappedRowLines = 2.3;

QFont scaled(const QFont &base, double scale)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(static_cast<int>(f.pixelSize() * scale));
    return f;
}

int widestWord(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &word : QString(text).replace(u'\n', u' ').split(u' ', Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return widest;
}

// The narrowest width at which `text` takes at most two lines, broken at a space.
int twoLineWidth(const QFontMetrics &fm, const QString &text)
{
    int best = fm.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(u' '); at >= 0; at = text.indexOf(u' ', at + 1))
        best = std::min(best, std::max(fm.horizontalAdvance(text.left(at)), fm.horizontalAdvance(text.mid(at + 1))));
    return best;
}

struct Widths
{
    bool wrappedRows = false;
    int rowTitles = 0;
    std::vector<int> columns;
    int total(int frame) const { return rowTitles + std::accumulate(columns.begin(), columns.end(), 0) + frame; }
};

Widths measure(const QAbstractItemModel &model, const QFont &font, bool wrapRows)
{
    // Bold, since a changed cell is drawn bold.
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    // Room for the frame of a changed cell on both sides, and no more: every
    // pixel here is taken from the type on a narrow projector.
    const int pad = fm.horizontalAdvance(u'M') * 6 / 5;
    Widths w;
    w.wrappedRows = wrapRows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString title = model.headerData(r, Qt::Vertical).toString();
        w.rowTitles = std::max(w.rowTitles, (wrapRows ? twoLineWidth(fm, title) : fm.horizontalAdvance(title)) + pad);
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        int need = widestWord(fm, model.headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model.rowCount(); ++r)
            need = std::max(need, fm.horizontalAdvance(ComparisonDelegate::decoratedText(model.index(r, c))));
        w.columns.push_back(need + pad);
    }
    return w;
}

int headerLines(const QAbstractItemModel &model, const QFontMetrics &fm, const std::vector<int> &widths, int pad)
{
    int lines = 1;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QRect r = fm.boundingRect(QRect(0, 0, widths[c] - pad, 1000), Qt::AlignCenter | Qt::TextWordWrap,
                                        model.headerData(c, Qt::Horizontal).toString());
        lines = std::max(lines, (r.height() + fm.height() - 1) / fm.height());
    }
    return lines;
}
} // namespace

double ComparisonTableFit::apply(QTableView *table, const QFont &pageFont, int width)
{
    const QAbstractItemModel &model = *table->model();
    const int frame = 2 * table->frameWidth();
    // Row titles on one line where they fit, else on two, before the type
    // gets smaller.
    double scale = kLargest;
    QFont big;
    Widths w;
    for (;; scale -= kStep) {
        big = scaled(pageFont, scale);
        w = measure(model, big, false);
        if (w.total(frame) <= width)
            break;
        w = measure(model, big, true);
        if (w.total(frame) <= width || scale - kStep < kSmallest - 1e-9)
            break;
    }
    table->setFont(big);
    table->horizontalHeader()->setFont(big);
    table->verticalHeader()->setFont(big);
    // Its minimum is the whole table, so the page scrolls before a column is cut.
    table->setMinimumWidth(w.total(frame));
    const int columns = static_cast<int>(w.columns.size());
    const int spare = columns > 0 ? std::max(0, width - w.total(frame)) / columns : 0;
    for (int c = 0; c < columns; ++c) {
        w.columns[c] += spare;
        table->horizontalHeader()->resizeSection(c, w.columns[c]);
    }
    table->verticalHeader()->setFixedWidth(w.rowTitles);

    const QFontMetrics fm(big);
    const int rowHeight = static_cast<int>(fm.height() * (w.wrappedRows ? kWrappedRowLines : kRowLines));
    table->verticalHeader()->setMinimumSectionSize(rowHeight);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    const int headerHeight =
        fm.height() * headerLines(model, fm, w.columns, fm.horizontalAdvance(u'M')) + fm.height() * 2 / 3;
    table->horizontalHeader()->setFixedHeight(headerHeight);
    table->setFixedHeight(headerHeight + rowHeight * model.rowCount() + frame);
    return scale;
}

} // namespace conlab
