// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/accessibletext.h"

#include <QAccessible>
#include <QWidget>

namespace conlab {

namespace a11y {

namespace {
void announce(QWidget *widget, QAccessible::Event what)
{
    // Without an assistive technology attached nobody listens, and building
    // the event would create the widget's accessible interface for nothing.
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(widget, what);
    QAccessible::updateAccessibility(&event);
}
} // namespace

void setName(QWidget *widget, const QString &name)
{
    if (widget->accessibleName() == name)
        return;
    widget->setAccessibleName(name);
    announce(widget, QAccessible::NameChanged);
}

void setDescription(QWidget *widget, const QString &description)
{
    if (widget->accessibleDescription() == description)
        return;
    widget->setAccessibleDescription(description);
    announce(widget, QAccessible::DescriptionChanged);
}

} // namespace a11y

AccessibleDescriber::AccessibleDescriber(QWidget *widget, std::function<QString()> describe)
    : QObject(widget), widget_(widget), describe_(std::move(describe))
{
    quiet_.setSingleShot(true);
    quiet_.setInterval(kIntervalMs);
    connect(&quiet_, &QTimer::timeout, this, [this] {
        if (pending_)
            now();
    });
}

void AccessibleDescriber::changed()
{
    if (quiet_.isActive()) {
        pending_ = true;
        return;
    }
    now();
}

void AccessibleDescriber::now()
{
    pending_ = false;
    a11y::setDescription(widget_, describe_());
    quiet_.start();
}

} // namespace conlab
