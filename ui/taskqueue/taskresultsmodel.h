// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueueevents.h"

#include <QAbstractTableModel>

#include <vector>

namespace conlab {

// The task-queue run's results in completion order (T1), in the book's
// format plus where each ran: host and pid, which is the point of the
// lesson. Rows are only ever appended.
class TaskResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, PrimeColumn, ElapsedColumn, HostColumn, PidColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void append(const std::vector<TaskDone> &batch);
    void clear();
    const std::vector<TaskDone> &rows() const { return rows_; }
    double sumOfElapsed() const { return sumElapsed_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<TaskDone> rows_;
    double sumElapsed_ = 0.0;
};

} // namespace conlab
