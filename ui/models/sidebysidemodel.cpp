// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/sidebysidemodel.h"

#include "core/cpython/sideratio.h"

namespace conlab {

namespace {
QString secondsText(std::optional<double> s)
{
    return s ? QString::number(*s, 'f', 6) : QStringLiteral("–");
}
} // namespace

SideBySideModel::SideBySideModel(QObject *parent) : QAbstractTableModel(parent) { }

void SideBySideModel::setPairs(std::vector<PrimesSideBySide::Pair> pairs)
{
    beginResetModel();
    pairs_ = std::move(pairs);
    endResetModel();
}

int SideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(pairs_.size());
}

int SideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PrimesSideBySide::Pair &p = pairs_[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return QString::number(p.n);
    case Emulation: return secondsText(p.emulation);
    case CPython: return secondsText(p.cpython);
    case Ratio: return SideRatio::text(p.ratio);
    }
    return {};
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    //: column: seconds the emulation took for one number
    case Emulation: return tr("Emulation\n(s)");
    //: column: seconds CPython took for one number
    case CPython: return tr("CPython\n(s)");
    // On two lines: the table shares a projector's width with a timeline.
    case Ratio: {
        QString heading = SideRatio::heading();
        if (const qsizetype space = heading.lastIndexOf(u' '); space > 0)
            heading[space] = u'\n';
        return heading;
    }
    }
    return {};
}

} // namespace conlab
