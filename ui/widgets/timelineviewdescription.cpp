// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// TimelineView in words, for a screen reader: what the lanes show, read
// from the same per-lane totals the chart's results feed.
#include "ui/widgets/timelineview.h"

#include "ui/models/resultstablemodel.h"

#include <QLocale>
#include <QStringList>

namespace conlab {

QString TimelineView::accessibleNameText() const
{
    //: The primes timeline's name for a screen reader
    return tr("Timeline: one lane per worker, one bar per number checked");
}

QString TimelineView::description() const
{
    const int workers = static_cast<int>(lanes_.size());
    const int jobs = model_ ? model_->rowCount() : 0;
    QStringList parts;
    //: Screen reader: how many lanes (workers) the timeline has
    parts << tr("%n worker(s)", nullptr, workers);
    if (total_ > 0)
        //: Screen reader: numbers checked so far; %1 how many the run was given
        parts << tr("%n of %1 job(s) done", nullptr, jobs).arg(QLocale().toString(total_));
    else
        //: Screen reader: numbers checked so far
        parts << tr("%n job(s) done", nullptr, jobs);
    // The busiest worker by time spent checking: where an uneven split of
    // the work shows.
    std::size_t busiest = laneBusyNs_.size();
    for (std::size_t k = 0; k < laneBusyNs_.size(); ++k) {
        if (laneJobs_[k] > 0 && (busiest == laneBusyNs_.size() || laneBusyNs_[k] > laneBusyNs_[busiest]))
            busiest = k;
    }
    if (workers > 1 && busiest < laneBusyNs_.size()) {
        //: Screen reader: the worker that spent the most time checking; %1 its name,
        //: %2 seconds it spent, %n the numbers it checked
        parts << tr("busiest worker %1: %n job(s), %2 s", nullptr, laneJobs_[busiest])
                     .arg(lanes_[busiest].name,
                          QLocale().toString(static_cast<double>(laneBusyNs_[busiest]) / 1e9, 'f', 2));
    }
    if (unreported_ > 0)
        //: Screen reader: results the racy report loop lost
        parts << tr("%n result(s) never reported", nullptr, static_cast<int>(unreported_));
    if (!holds_.empty())
        //: Screen reader: how many times a thread took the GIL
        parts << tr("%n GIL hold(s)", nullptr, static_cast<int>(holds_.size()));
    if (!crashes_.empty())
        //: Screen reader: worker processes that died during the run
        parts << tr("%n worker crash(es)", nullptr, static_cast<int>(crashes_.size()));
    if (live_)
        //: Screen reader: the run still goes
        parts << tr("running");
    return parts.join(QStringLiteral(", "));
}

} // namespace conlab
