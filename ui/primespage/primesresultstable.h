// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QTableView>

class QSortFilterProxyModel;

namespace conlab {

class ResultsTableModel;

// A primes run's results, one row per number, sortable by any column
// (numerically, through the model's SortRole). Unsorted it keeps the
// completion order, as procs.py prints it, and follows the newest rows as a
// terminal would, unless the user scrolled away or sorted.
class PrimesResultsTable : public QTableView
{
    Q_OBJECT
public:
    explicit PrimesResultsTable(ResultsTableModel *results, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitToFont();

    ResultsTableModel *results_;
    QSortFilterProxyModel *sorted_;
    bool follow_ = false;
};

} // namespace conlab
