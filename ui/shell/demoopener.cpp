// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/demoopener.h"

#include "ui/pages/comparisonpage.h"
#include "ui/pages/primespage.h"
#include "ui/pages/taskqueuepage.h"
#include "ui/settings/settings.h"
#include "ui/shell/experimentlist.h"

namespace conlab {

namespace {
using Demo = ComparisonFacts::Demo;

bool shows(ExperimentPage *page, Demo demo)
{
    if (demo == Demo::TaskQueueOverhead)
        return qobject_cast<TaskQueuePage *>(page) != nullptr;
    auto *primes = qobject_cast<PrimesPage *>(page);
    if (!primes)
        return false;
    switch (demo) {
    case Demo::CoroutinesOnOneThread: return primes->variant() == PrimesPage::Variant::Sequential;
    case Demo::ProcessPool:
    case Demo::Race: return primes->variant() == PrimesPage::Variant::ProcessPool;
    case Demo::ThreadsWithGil:
    case Demo::ThreadsWithoutGil: return primes->variant() == PrimesPage::Variant::Threads;
    case Demo::None:
    case Demo::TaskQueueOverhead: return false;
    }
    return false;
}
} // namespace

DemoOpener::DemoOpener(Settings *settings, const QList<ExperimentPage *> &pages, ExperimentList *list,
                       QObject *parent)
    : QObject(parent), settings_(settings), pages_(pages), list_(list)
{
    for (ExperimentPage *p : std::as_const(pages_)) {
        if (auto *comparison = qobject_cast<ComparisonPage *>(p)) {
            connect(comparison, &ComparisonPage::demoRequested, this, &DemoOpener::open);
            comparison->setDemoTarget([this](Demo demo) { return targetName(demo); });
        }
    }
}

int DemoOpener::pageFor(Demo demo) const
{
    for (int i = 0; i < pages_.size(); ++i) {
        if (shows(pages_[i], demo))
            return i;
    }
    return -1;
}

QString DemoOpener::targetName(Demo demo) const
{
    const int index = pageFor(demo);
    return index < 0 ? QString() : list_->entryName(index);
}

void DemoOpener::open(Demo demo)
{
    const int index = pageFor(demo);
    if (index < 0)
        return;
    if (!pages_[index]->isRunning())
        prepare(pages_[index], demo);
    list_->setCurrentRow(index);
}

void DemoOpener::prepare(ExperimentPage *page, Demo demo)
{
    auto *primes = qobject_cast<PrimesPage *>(page);
    switch (demo) {
    case Demo::CoroutinesOnOneThread: primes->setModel(PrimesModel::Coroutines); break;
    case Demo::ProcessPool:
    case Demo::Race:
        primes->setModel(PrimesModel::Processes);
        primes->setRacy(demo == Demo::Race);
        break;
    case Demo::ThreadsWithGil:
    case Demo::ThreadsWithoutGil:
        primes->setModel(PrimesModel::Threads);
        // The GIL is the toolbar's, for every page: the lesson sets it the
        // way the cell means it, and the toolbar shows that it did.
        settings_->setGilEnabled(demo == Demo::ThreadsWithGil);
        break;
    case Demo::TaskQueueOverhead:
        // T5 is read in the totals of any run; the lecturer's set-up stays.
        break;
    case Demo::None: break;
    }
}

} // namespace conlab
