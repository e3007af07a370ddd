// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/comparisonmodel.h"

namespace conlab {

namespace {
enum Cell { No, Yes, Limited, Medium, Low, High };

constexpr Cell kTable[ComparisonModel::RowCount][ComparisonModel::ColumnCount] = {
    {No, No, Yes},       // parallel execution
    {Yes, Yes, Limited}, // shared raw memory
    {Yes, Yes, No},      // shared objects
    {Medium, Low, High}, // overhead
};
} // namespace

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell cell = kTable[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        switch (cell) {
        case No: return tr("no");
        case Yes: return tr("yes");
        case Limited: return tr("limited");
        case Medium: return tr("medium");
        case Low: return tr("low");
        case High: return tr("high");
        }
        return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    default: return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        switch (section) {
        case Threads: return tr("threads");
        case Async: return tr("async");
        case Multiprocessing: return tr("multiprocessing");
        default: return {};
        }
    }
    switch (section) {
    case ParallelExecution: return tr("parallel execution");
    case SharedRawMemory: return tr("shared raw memory");
    case SharedObjects: return tr("shared objects");
    case Overhead: return tr("overhead");
    default: return {};
    }
}

void ComparisonModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace conlab
