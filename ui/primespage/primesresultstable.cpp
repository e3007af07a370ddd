// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primesresultstable.h"

#include "ui/models/resultstablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace conlab {

PrimesResultsTable::PrimesResultsTable(ResultsTableModel *results, QWidget *parent)
    : QTableView(parent), results_(results), sorted_(new QSortFilterProxyModel(this))
{
    sorted_->setSourceModel(results_);
    sorted_->setSortRole(ResultsTableModel::SortRole);
    setModel(sorted_);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    // Fixed heights: a million rows must not be measured one by one.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(false);
    // Unsorted at first: rows in completion order, as procs.py prints them.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    // Decided before a batch lands, while the scroll bar is where the user left it.
    connect(results_, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        follow_ = sorted_->sortColumn() < 0 && verticalScrollBar()->value() == verticalScrollBar()->maximum();
    });
    connect(results_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (follow_)
            scrollToBottom();
    });
    fitToFont();
}

// Presentation mode and zoom change the font, a language the headers: the
// columns stay wide enough for 2^64-1 and for their headers.
void PrimesResultsTable::fitToFont()
{
    const QFontMetrics fm = fontMetrics();
    verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
    const int digit = fm.horizontalAdvance(u'0');
    const int padding = fm.height();
    const int widths[ResultsTableModel::ColumnCount] = {20, 2, 11, 6, 8, 8};
    int minimumWidth = verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    for (int c = 0; c < ResultsTableModel::ColumnCount; ++c) {
        const int header = horizontalHeader()->fontMetrics().horizontalAdvance(
                               results_->headerData(c, Qt::Horizontal).toString())
            + 2 * padding;
        const int w = std::max(widths[c] * digit + padding, header);
        setColumnWidth(c, w);
        // n, P and elapsed always show; at a large zoom the rest may
        // scroll sideways rather than squeeze the code pane.
        if (c <= ResultsTableModel::ElapsedColumn)
            minimumWidth += w;
    }
    setMinimumWidth(minimumWidth);
}

void PrimesResultsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        emit results_->headerDataChanged(Qt::Horizontal, 0, ResultsTableModel::ColumnCount - 1);
        viewport()->update();
        fitToFont();
    } else if (event->type() == QEvent::FontChange) {
        fitToFont();
    }
    QTableView::changeEvent(event);
}

} // namespace conlab
