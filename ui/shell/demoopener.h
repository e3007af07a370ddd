// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/models/comparisonfacts.h"

#include <QList>
#include <QObject>

namespace conlab {

class ExperimentList;
class ExperimentPage;
class Settings;

// Opens the experiment a comparison cell names: finds its page among the
// window's, sets the page up for the lesson (the model, the race, the GIL)
// and shows it, ready to run but not running. A page in the middle of a run
// is shown as it is: the run the room is watching is not disturbed.
class DemoOpener : public QObject
{
    Q_OBJECT
public:
    // Wires itself to every comparison page among `pages`.
    DemoOpener(Settings *settings, const QList<ExperimentPage *> &pages, ExperimentList *list,
               QObject *parent = nullptr);

    // The index of the page that shows `demo`, or -1.
    int pageFor(ComparisonFacts::Demo demo) const;
    // Its entry in the list, "7 · Threads and the GIL"; empty without one.
    QString targetName(ComparisonFacts::Demo demo) const;

public slots:
    void open(ComparisonFacts::Demo demo);

private:
    void prepare(ExperimentPage *page, ComparisonFacts::Demo demo);

    Settings *settings_ = nullptr;
    QList<ExperimentPage *> pages_;
    ExperimentList *list_ = nullptr;
};

} // namespace conlab
