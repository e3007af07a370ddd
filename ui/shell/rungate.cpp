// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/rungate.h"

#include "ui/pages/experimentpage.h"
#include "ui/shell/experimentlist.h"

namespace conlab {

RunGate::RunGate(const QList<ExperimentPage *> &pages, ExperimentList *list, QObject *parent)
    : QObject(parent), pages_(pages), list_(list)
{
    for (ExperimentPage *p : std::as_const(pages_))
        connect(p, &ExperimentPage::runningChanged, this, &RunGate::update);
    update();
}

void RunGate::update()
{
    ExperimentPage *busy = nullptr;
    for (ExperimentPage *p : std::as_const(pages_)) {
        if (p->isRunning()) {
            busy = p;
            break;
        }
    }
    const QString busyTitle = busy ? busy->title() : QString();
    for (int i = 0; i < pages_.size(); ++i) {
        ExperimentPage *p = pages_[i];
        p->setRunBlockedBy(p == busy ? QString() : busyTitle);
        list_->setBusy(i, p == busy);
    }
    if (busy != busy_) {
        busy_ = busy;
        emit busyChanged(busy);
    }
}

QString RunGate::refusal(const ExperimentPage *page) const
{
    if (!busy_ || busy_ == page)
        return {};
    //: %1 the title of the experiment that is running
    return tr("“%1” is still running. One run at a time: stop it (Shift+F5 on its page) first.").arg(busy_->title());
}

} // namespace conlab
