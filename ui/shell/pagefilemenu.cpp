// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/pagefilemenu.h"

#include "ui/pages/experimentpage.h"

#include <QAction>
#include <QMenu>
#include <QStackedWidget>

namespace conlab {

PageFileMenu::PageFileMenu(QMenu *menu, QStackedWidget *pages, QObject *parent)
    : QObject(parent), menu_(menu), pages_(pages)
{
    separator_ = new QAction(this);
    separator_->setSeparator(true);
    menu_->insertAction(menu_->actions().value(0), separator_);
    connect(pages_, &QStackedWidget::currentChanged, this, &PageFileMenu::update);
    update();
}

void PageFileMenu::update()
{
    for (const QPointer<QAction> &a : std::as_const(shown_)) {
        if (a)
            menu_->removeAction(a);
    }
    shown_.clear();
    QList<QAction *> actions;
    if (auto *page = ExperimentPage::of(pages_->currentWidget()))
        actions = page->fileActions();
    for (QAction *a : std::as_const(actions)) {
        menu_->insertAction(separator_, a);
        shown_ << a;
    }
    separator_->setVisible(!actions.isEmpty());
}

} // namespace conlab
