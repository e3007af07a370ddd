// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/resultstablemodel.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <limits>

namespace conlab {

ResultsTableModel::ResultsTableModel(QObject *parent) : QAbstractTableModel(parent) { }

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(results_->size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsTableModel::workerName(int worker) const
{
    //: the worker column for a run with no workers (sequential, coroutines)
    return worker == 0 ? tr("main") : QString::number(worker);
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrimeResult &r = result(index.row());
    const auto seconds = [](std::int64_t ns) { return static_cast<double>(ns) / 1e9; };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return QString::number(r.n);
        //: marks a prime in the results table, as the book's scripts print it
        case PrimeColumn: return r.prime ? tr("P") : QString();
        //: %1 seconds with 6 decimals, as the book prints them
        case ElapsedColumn: return tr("%1 s").arg(r.elapsed, 0, 'f', 6);
        case WorkerColumn: return workerName(r.worker);
        //: %1 seconds since the run started
        case StartColumn: return tr("%1 s").arg(seconds(r.startNs), 0, 'f', 3);
        //: %1 seconds since the run started
        case EndColumn: return tr("%1 s").arg(seconds(r.endNs), 0, 'f', 3);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return QVariant::fromValue<quint64>(r.n);
        case PrimeColumn: return r.prime;
        case ElapsedColumn: return r.elapsed;
        case WorkerColumn: return r.worker;
        case StartColumn: return QVariant::fromValue<qint64>(r.startNs);
        case EndColumn: return QVariant::fromValue<qint64>(r.endNs);
        }
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == PrimeColumn ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
    case ResultRole: return QVariant::fromValue(r);
    default: break;
    }
    return {};
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: column of the checked number
    case NumberColumn: return tr("n");
    //: column marking primes
    case PrimeColumn: return tr("P");
    case ElapsedColumn: return tr("elapsed");
    case WorkerColumn: return tr("worker");
    //: when the check started, since the run's start
    case StartColumn: return tr("start");
    case EndColumn: return tr("end");
    }
    return {};
}

std::vector<PrimeResult> &ResultsTableModel::own()
{
    // Only the GUI thread makes snapshots, so a count of 1 cannot grow
    // behind our back; a job dropping its copy at worst costs one copy.
    if (results_.use_count() > 1)
        results_ = std::make_shared<std::vector<PrimeResult>>(*results_);
    return *results_;
}

void ResultsTableModel::reserve(std::size_t rows)
{
    Q_ASSERT(QThread::currentThread() == thread());
    own().reserve(std::min(rows, static_cast<std::size_t>(std::numeric_limits<int>::max())));
}

void ResultsTableModel::append(std::vector<PrimeResult> batch)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (batch.empty())
        return;
    // The view addresses rows with int; stop there rather than overflow.
    const std::size_t room = static_cast<std::size_t>(std::numeric_limits<int>::max()) - results_->size();
    if (batch.size() > room)
        batch.resize(room);
    if (batch.empty())
        return;
    std::vector<PrimeResult> &rows = own();
    const int first = static_cast<int>(rows.size());
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    rows.insert(rows.end(), batch.begin(), batch.end());
    endInsertRows();
}

void ResultsTableModel::clear()
{
    Q_ASSERT(QThread::currentThread() == thread());
    beginResetModel();
    // New storage: the old rows go now, or with the last job that reads them.
    results_ = std::make_shared<std::vector<PrimeResult>>();
    endResetModel();
}

} // namespace conlab
