// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QAbstractTableModel>

namespace conlab {

// The comparison of threads, async and multiprocessing the chapter cites,
// read-only. Rows are the properties, columns the three models.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Threads, Async, Multiprocessing, ColumnCount };
    enum Row { ParallelExecution, SharedRawMemory, SharedObjects, Overhead, RowCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and cells are translated when asked for; call this after a
    // language change so views ask again.
    void retranslate();
};

} // namespace conlab
