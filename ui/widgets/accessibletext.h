// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QWidget;

namespace conlab {

// What a screen reader says about a custom-painted widget: its accessible
// name (what it is) and description (what it shows now). Qt 6.4's setters
// send no change event, so an attached screen reader would keep reading
// the old text; these send one, and only when the text really changed.
namespace a11y {
void setName(QWidget *widget, const QString &name);
void setDescription(QWidget *widget, const QString &description);
} // namespace a11y

// Keeps a widget's accessible description in step with what it shows,
// without a screen reader hearing a new sentence for every frame: the
// first change is described at once, further ones at most once per
// interval (the last state always gets through).
class AccessibleDescriber : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 1000;

    AccessibleDescriber(QWidget *widget, std::function<QString()> describe);

    // The widget's state changed; describe it now or at the end of the interval.
    void changed();
    // Describe it now: a run ended, a view was cleared, the language changed.
    void now();

private:
    QWidget *widget_;
    std::function<QString()> describe_;
    QTimer quiet_;
    bool pending_ = false;
};

} // namespace conlab
