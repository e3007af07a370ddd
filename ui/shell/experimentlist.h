// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QListWidget>

namespace conlab {

class ExperimentPage;

// The chapter's experiments down the side, numbered in the chapter's order.
// The window numbers the entries, not the pages, so every page (whoever
// wrote it) gets the same "N · title" form. Its width follows the longest
// entry in the current language and text size.
class ExperimentList : public QListWidget
{
    Q_OBJECT
public:
    explicit ExperimentList(QWidget *parent = nullptr);

    void setPages(const QList<ExperimentPage *> &pages);
    // Marks the entry whose run is going, so it can be found from any page.
    void setBusy(int index, bool busy);
    bool isBusy(int index) const { return index == busy_; }
    // The entry as the list shows it when idle, "7 · Threads and the GIL",
    // for whoever points the room at a page.
    QString entryName(int index) const { return entryText(index, false); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitWidth();
    QString entryText(int index, bool busy) const;

    QList<ExperimentPage *> pages_;
    int busy_ = -1;
};

} // namespace conlab
