// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/experimentpage.h"

#include <QLabel>
#include <QLayout>
#include <QResizeEvent>
#include <QScrollArea>

#include <algorithm>

namespace conlab {

ExperimentPage *ExperimentPage::of(QWidget *holder)
{
    if (auto *page = qobject_cast<ExperimentPage *>(holder))
        return page;
    if (auto *scroll = qobject_cast<QScrollArea *>(holder))
        return qobject_cast<ExperimentPage *>(scroll->widget());
    return nullptr;
}

void ExperimentPage::setRunBlockedBy(const QString &otherTitle)
{
    if (otherTitle == blockedBy_)
        return;
    blockedBy_ = otherTitle;
    runBlockChanged();
}

int ExperimentPage::availableWidth() const
{
    const QWidget *holder = parentWidget();
    return holder ? std::min(holder->width(), width()) : width();
}

int ExperimentPage::rowWidth(int width) const
{
    const QMargins m = layout() ? layout()->contentsMargins() : QMargins();
    return width - m.left() - m.right();
}

bool ExperimentPage::event(QEvent *event)
{
    // Follow the holder's size: when the page sits at its minimum, a
    // narrower viewport does not resize the page itself.
    if (event->type() == QEvent::ParentAboutToChange && parentWidget())
        parentWidget()->removeEventFilter(this);
    else if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(event);
}

bool ExperimentPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        availableWidthChanged(availableWidth());
    return QWidget::eventFilter(watched, event);
}

void ExperimentPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    availableWidthChanged(availableWidth());
    // Only the page's own labels: one that wraps inside a nested widget is
    // that widget's business, and asking all of them would cost a layout
    // pass per label on every resize.
    // They span the page's layout, so their width is the page's less its
    // margins (their own geometry is only set after this event).
    const int width = rowWidth(event->size().width());
    const QList<QLabel *> labels = findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels) {
        if (!label->wordWrap() || !label->isVisibleTo(this))
            continue;
        const int height = label->heightForWidth(width);
        if (height > 0) // -1 for a width too small to lay out
            label->setMinimumHeight(height);
    }
}

} // namespace conlab
