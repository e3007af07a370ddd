// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/comparisonmodel.h"

#include <QFont>

namespace conlab {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) { }

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ComparisonFacts::RowCount;
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return today_ ? ComparisonFacts::ColumnCount : ComparisonFacts::kBookColumns;
}

ComparisonFacts::Demo ComparisonModel::demo(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return ComparisonFacts::Demo::None;
    return ComparisonFacts::cell(index.row(), index.column()).demo;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonFacts::Cell &cell = ComparisonFacts::cell(index.row(), index.column());
    // In the book's view every cell is as the book printed it: no marks.
    const auto status = today_ ? cell.status : ComparisonFacts::Status::AsInBook;
    switch (role) {
    case Qt::DisplayRole: return ComparisonFacts::valueText(today_ ? cell.today : cell.book);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::FontRole: {
        // Not by colour alone: what changed is bold, what is still open is
        // italic, and what opens an experiment is underlined like a link.
        QFont font;
        font.setBold(status == ComparisonFacts::Status::Changed || status == ComparisonFacts::Status::Added);
        font.setItalic(status == ComparisonFacts::Status::StillOpen);
        font.setUnderline(cell.demo != ComparisonFacts::Demo::None);
        return font;
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: return toolTip(index.row(), index.column());
    case StatusRole: return static_cast<int>(status);
    case SourceNumberRole:
        return status == ComparisonFacts::Status::AsInBook ? 0 : ComparisonFacts::sourceNumber(cell.source);
    case DemoRole: return static_cast<int>(cell.demo);
    default: return {};
    }
}

QString ComparisonModel::toolTip(int row, int column) const
{
    const ComparisonFacts::Cell &cell = ComparisonFacts::cell(row, column);
    QStringList lines;
    if (today_ && cell.status != ComparisonFacts::Status::AsInBook) {
        // An added cell had no book answer to recall: its column is new.
        if (cell.status != ComparisonFacts::Status::Added)
            //: tooltip of a changed cell; %1 the book's answer (2020), for example "?"
            lines << tr("The book (2020): %1").arg(ComparisonFacts::valueText(cell.book));
        lines << ComparisonFacts::sourceText(cell.source);
    }
    if (cell.demo != ComparisonFacts::Demo::None) {
        lines << ComparisonFacts::demoLesson(cell.demo);
        const QString target = target_ ? target_(cell.demo) : QString();
        if (!target.isEmpty())
            //: tooltip of a cell that opens an experiment; %1 its entry in the list, "7 · Threads and the GIL"
            lines << tr("Click or press Enter: opens %1, ready to run.").arg(target);
    }
    return lines.join(u'\n');
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < columnCount() ? ComparisonFacts::columnTitle(section) : QVariant();
    return ComparisonFacts::rowTitle(section);
}

void ComparisonModel::setToday(bool today)
{
    if (today == today_)
        return;
    // The added column comes and goes as a column, so a view keeps its
    // place and the book's columns keep theirs.
    if (today) {
        beginInsertColumns({}, ComparisonFacts::kBookColumns, ComparisonFacts::ColumnCount - 1);
        today_ = true;
        endInsertColumns();
    } else {
        beginRemoveColumns({}, ComparisonFacts::kBookColumns, ComparisonFacts::ColumnCount - 1);
        today_ = false;
        endRemoveColumns();
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ComparisonModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace conlab
