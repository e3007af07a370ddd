// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/primessidebyside.h"

#include <QAbstractTableModel>
#include <vector>

namespace conlab {

// Each number's time in the emulation and in CPython, with their ratio
// (PrimesSideBySide pairs them): a table the primes page shows under its
// own when it ran in CPython too.
class SideBySideModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Whether it is prime is in the emulation's own table beside: the
    // columns here are the comparison only, narrow enough for a projector.
    enum Column { Number, Emulation, CPython, Ratio, ColumnCount };

    explicit SideBySideModel(QObject *parent = nullptr);

    void setPairs(std::vector<PrimesSideBySide::Pair> pairs);
    const std::vector<PrimesSideBySide::Pair> &pairs() const { return pairs_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PrimesSideBySide::Pair> pairs_;
};

} // namespace conlab
