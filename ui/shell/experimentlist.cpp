// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/experimentlist.h"

#include "ui/pages/experimentpage.h"

#include <QEvent>
#include <QScreen>
#include <algorithm>

namespace conlab {

ExperimentList::ExperimentList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("experimentList"));
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
}

void ExperimentList::setPages(const QList<ExperimentPage *> &pages)
{
    pages_ = pages;
    clear();
    for (int i = 0; i < pages_.size(); ++i)
        addItem(QString());
    retranslateUi();
}

void ExperimentList::retranslateUi()
{
    for (int i = 0; i < pages_.size(); ++i) {
        item(i)->setText(entryText(i, i == busy_));
        QFont f = font();
        f.setBold(i == busy_);
        item(i)->setFont(f);
    }
    fitWidth();
}

QString ExperimentList::entryText(int index, bool busy) const
{
    //: %1 the experiment's number in the list, %2 its title
    const QString text = tr("%1 · %2").arg(index + 1).arg(pages_[index]->title());
    //: marks the experiment in the list whose run is going; %1 its entry
    return busy ? tr("▶ %1 (running)").arg(text) : text;
}

void ExperimentList::setBusy(int index, bool busy)
{
    const int now = busy ? index : (index == busy_ ? -1 : busy_);
    if (now == busy_)
        return;
    busy_ = now;
    retranslateUi();
}

void ExperimentList::fitWidth()
{
    // Wide enough for the longest title, marked as running in bold, so zoom,
    // translations and a run never cut an entry or move the page; never more
    // than a fifth of the screen, where titles wrap.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int widest = 0;
    for (int i = 0; i < pages_.size(); ++i)
        widest = std::max(widest, fm.horizontalAdvance(entryText(i, true)));
    const int padding = fm.horizontalAdvance(QStringLiteral("MM")) + 2 * frameWidth();
    const int cap = screen() ? screen()->availableGeometry().width() / 5 : 400;
    setFixedWidth(std::min(widest + padding, cap));
}

void ExperimentList::changeEvent(QEvent *event)
{
    // Page titles are tr() calls, so they read the new translator at once.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitWidth();
    QListWidget::changeEvent(event);
}

} // namespace conlab
