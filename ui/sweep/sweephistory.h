// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepstore.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QLabel;
class QTreeWidget;

namespace conlab {

// The sweeps kept in the app's data folder, newest first: date, series, runs
// done, and how many lines could not be read. The folder is scanned off the
// GUI thread (every file is read to count its runs), so a long history never
// freezes the window. Picking one opens it; picking a second (Ctrl+click)
// compares the two.
class SweepHistory : public QWidget
{
    Q_OBJECT
public:
    explicit SweepHistory(QWidget *parent = nullptr);
    ~SweepHistory() override;

    // Scans again; `select` is highlighted once listed, without reopening it.
    void refresh(const QString &select = QString());
    bool isScanning() const { return scanning_; }
    const QList<SweepListing> &listings() const { return listings_; }
    // The newest unfinished sweep, from the last scan.
    const std::optional<SweepListing> &unfinished() const { return unfinished_; }
    // The paths picked, in the order they were picked (at most two).
    QStringList pickedPaths() const { return picked_; }
    void pick(const QStringList &paths);
    QTreeWidget *tree() const { return tree_; }
    QString rowText(int row) const; // a row's cells, for tests

signals:
    void scanned();
    void picked(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Scan
    {
        QList<SweepListing> all;
        std::optional<SweepListing> unfinished;
    };
    void scanDone();
    void fill();
    void selectionChanged();
    void retranslateUi();

    QLabel *heading_ = nullptr;
    QLabel *hint_ = nullptr;
    QTreeWidget *tree_ = nullptr;
    QFutureWatcher<Scan> watcher_;
    QList<SweepListing> listings_;
    std::optional<SweepListing> unfinished_;
    QStringList picked_;
    QString pendingSelect_;
    bool scanning_ = false;
    bool rescan_ = false;
    bool filling_ = false;
};

} // namespace conlab
