// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

namespace conlab {

class ExperimentList;
class ExperimentPage;

// One run at a time in the whole window. When a page starts a run, every
// other page is told who runs (and so refuses Run, saying why), and the
// experiment list marks the busy entry, so a lecturer who wandered off to
// another page sees where the run is going on.
class RunGate : public QObject
{
    Q_OBJECT
public:
    RunGate(const QList<ExperimentPage *> &pages, ExperimentList *list, QObject *parent = nullptr);

    // The page whose run is going, or nullptr.
    ExperimentPage *busyPage() const { return busy_; }
    // A line for the room when Run is refused on `page`; empty when it is not.
    QString refusal(const ExperimentPage *page) const;

signals:
    void busyChanged(ExperimentPage *busy);

private:
    void update();

    QList<ExperimentPage *> pages_;
    ExperimentList *list_ = nullptr;
    QPointer<ExperimentPage> busy_;
};

} // namespace conlab
