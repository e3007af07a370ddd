// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/taskqueuetotals.h"

#include <QEvent>

#include <algorithm>

namespace conlab {

TaskQueueTotals::TaskQueueTotals(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("taskTotals"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    refresh();
}

void TaskQueueTotals::setNumbers(const Numbers &numbers)
{
    numbers_ = numbers;
    refresh();
}

// With L lanes busy all the time, the tasks alone would take Σelapsed / L
// of wall time; the rest of the wall time is what the queue cost: sending,
// the broker's round trips, workers waiting for work, and lanes idle at the
// end. Spread over the tasks:
//     overhead per task = (wall − Σelapsed / lanes) / tasks
// With many tiny tasks (T5) this is the broker's round trip.
double TaskQueueTotals::overheadPerTask(const Numbers &n)
{
    if (n.tasks <= 0 || n.lanes <= 0)
        return 0.0;
    return std::max(0.0, (n.wall - n.sumElapsed / n.lanes) / static_cast<double>(n.tasks));
}

void TaskQueueTotals::refresh()
{
    const Numbers &n = numbers_;
    if (n.total == 0) {
        setText(tr("Press Run: the numbers go to Redis as Celery tasks, and the workers send back the results."));
        return;
    }
    if (!n.ended) {
        //: %1 of %2 results in, %3 seconds so far, %4 worker processes seen
        setText(tr("%1 of %2 tasks done · %3 s · %n lane(s)", nullptr, n.lanes)
                    .arg(n.tasks)
                    .arg(n.total)
                    .arg(n.wall, 0, 'f', 1));
        return;
    }
    //: %1 tasks done in %2 seconds; %n lanes (worker processes)
    QString text = tr("%1 tasks in %2 s on %n lane(s)", nullptr, n.lanes).arg(n.tasks).arg(n.wall, 0, 'f', 2);
    if (n.tasks > 0 && n.lanes > 0) {
        //: the broker's overhead per task, in milliseconds
        text += u" · " + tr("overhead %1 ms per task").arg(overheadPerTask(n) * 1000.0, 0, 'f', 1);
        if (n.wall > 0 && n.sequentialCPython > 0)
            //: %1 is the speedup, e.g. 1.9; %2 the seconds sequential.py took in CPython on the same numbers
            text += u" · " + tr("speedup %1× against sequential CPython (%2 s)")
                                 .arg(n.sequentialCPython / n.wall, 0, 'f', 2)
                                 .arg(n.sequentialCPython, 0, 'f', 2);
        else if (n.wall > 0)
            //: %1 is the speedup, e.g. 1.9; the sum of the workers' task times stands for a sequential run
            text += u" · " + tr("speedup %1× against the sum of task times (a sequential estimate)").arg(n.sumElapsed / n.wall, 0, 'f', 2);
    }
    setText(text);
}

void TaskQueueTotals::fitToFont(const QFont &base)
{
    QFont big = base;
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    setFont(big);
}

void TaskQueueTotals::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace conlab
