// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/taskresultsmodel.h"

namespace conlab {

void TaskResultsModel::append(const std::vector<TaskDone> &batch)
{
    if (batch.empty())
        return;
    const int first = static_cast<int>(rows_.size());
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    for (const TaskDone &done : batch) {
        rows_.push_back(done);
        sumElapsed_ += done.result.elapsed;
    }
    endInsertRows();
}

void TaskResultsModel::clear()
{
    beginResetModel();
    rows_.clear();
    sumElapsed_ = 0.0;
    endResetModel();
}

int TaskResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TaskResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TaskDone &done = rows_[static_cast<std::size_t>(index.row())];
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn: return QVariant::fromValue<qulonglong>(done.result.n);
        case PrimeColumn: return done.result.prime;
        case ElapsedColumn: return done.result.elapsed;
        case HostColumn: return done.host;
        case PidColumn: return done.pid;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == HostColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn: return QString::number(done.result.n);
    // The book prints "P" for a prime and nothing otherwise.
    case PrimeColumn: return done.result.prime ? QStringLiteral("P") : QString();
    case ElapsedColumn: return QString(QString::number(done.result.elapsed, 'f', 6) + u's');
    case HostColumn: return done.host;
    case PidColumn: return QString::number(done.pid);
    default: return {};
    }
}

QVariant TaskResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column header: the number checked
    case NumberColumn: return tr("n");
    //: column header: P when the number is prime, as the book prints it
    case PrimeColumn: return tr("P");
    case ElapsedColumn: return tr("elapsed");
    //: column header: the machine the Celery worker ran on
    case HostColumn: return tr("host");
    //: column header: the worker's process id
    case PidColumn: return tr("pid");
    default: return {};
    }
}

} // namespace conlab
