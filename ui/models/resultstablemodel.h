// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace conlab {

// The results of one primes run, in completion order: the table, the timeline
// and the exports all read this one copy. Rows only ever grow during a run,
// in batches (one beginInsertRows per GUI drain), so a million results cost
// thirty inserts a second, not a million.
class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, PrimeColumn, ElapsedColumn, WorkerColumn, StartColumn, EndColumn, ColumnCount };
    // SortRole holds the raw value (quint64, bool, double seconds, int), so
    // a proxy sorts 10 before 9 and 2^64-1 exactly.
    enum Role { SortRole = Qt::UserRole + 1, ResultRole };

    explicit ResultsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Makes room for a whole run's rows before it starts. Growing a vector of
    // a million rows doubles it on the GUI thread, and the copy plus the
    // first touch of the new pages stalled the window for up to 330 ms;
    // reserved memory is touched a batch at a time instead.
    void reserve(std::size_t rows);
    void append(std::vector<PrimeResult> batch);
    void clear();
    const std::vector<PrimeResult> &results() const { return *results_; }
    const PrimeResult &result(int row) const { return (*results_)[static_cast<std::size_t>(row)]; }
    // The rows as they are now, shared and read-only, for an export job on
    // another thread: copying a million rows on the GUI thread stalled it
    // for longer than a frame. The rows a snapshot holds never change; the
    // model copies them before it would change shared rows (clear() and a
    // new run start from new storage, so that copy is rare).
    std::shared_ptr<const std::vector<PrimeResult>> snapshot() const { return results_; }

private:
    QString workerName(int worker) const;
    // Before a change: rows a snapshot shares are copied first.
    std::vector<PrimeResult> &own();
    std::shared_ptr<std::vector<PrimeResult>> results_ = std::make_shared<std::vector<PrimeResult>>();
};

} // namespace conlab
