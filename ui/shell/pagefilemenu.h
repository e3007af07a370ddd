// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;

namespace conlab {

// The File menu's top section: the actions of the experiment page on
// screen (export its run, save or open a recording), as the page offers
// them through ExperimentPage::fileActions(). Swapped when the page changes,
// so only the shown page's shortcuts (Ctrl+S, Ctrl+O) can fire.
class PageFileMenu : public QObject
{
    Q_OBJECT
public:
    PageFileMenu(QMenu *menu, QStackedWidget *pages, QObject *parent = nullptr);

private:
    void update();

    QMenu *menu_ = nullptr;
    QStackedWidget *pages_ = nullptr;
    QList<QPointer<QAction>> shown_;
    QAction *separator_ = nullptr;
};

} // namespace conlab
