// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/models/comparisonfacts.h"

#include <QAbstractTableModel>
#include <functional>

namespace conlab {

// Mark Shannon's table as the book has it, or as it stands today, read from
// ComparisonFacts. Rows are the properties, columns the models; "today" adds
// the free-threaded column at the end and answers the open cells.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = ComparisonFacts::Column;
    using Row = ComparisonFacts::Row;
    enum Role {
        StatusRole = Qt::UserRole + 1, // ComparisonFacts::Status as int; AsInBook in the book's view
        SourceNumberRole,              // the cell's mark (1, 2, ...), 0 without one
        DemoRole,                      // ComparisonFacts::Demo as int; None when nothing shows it
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isToday() const { return today_; }
    void setToday(bool today);
    ComparisonFacts::Demo demo(const QModelIndex &index) const;

    // Names the page a demo opens ("7 · Threads and the GIL") for the
    // tooltips; the window knows its pages, the table does not.
    void setDemoTarget(std::function<QString(ComparisonFacts::Demo)> target) { target_ = std::move(target); }

    // Headers and cells are translated when asked for; call this after a
    // language change so views ask again.
    void retranslate();

private:
    QString toolTip(int row, int column) const;

    bool today_ = false;
    std::function<QString(ComparisonFacts::Demo)> target_;
};

} // namespace conlab
