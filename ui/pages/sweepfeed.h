// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "engine/eventinbox.h"
#include "sweep/sweepfile.h"
#include "sweep/sweeprunner.h"

#include <QMutex>
#include <QMutexLocker>
#include <memory>
#include <optional>

namespace conlab {

// One sweep session and its own inbox. The runner's thread pushes each
// finished run with the progress it reached; the page drains at the screen's
// pace. The page drops the feed when it shows something else, so a stopped
// sweep's last run can never land on a newer chart.
struct SweepFeed
{
    SweepFeed(SweepData data, std::unique_ptr<SweepFile> file) : runner(std::move(data), std::move(file)) { }

    struct Arrival
    {
        SweepRun run;
        SweepProgress progress;
    };

    SweepRunner runner;
    EventInbox<Arrival> arrivals;

    void setOutcome(SweepOutcome o)
    {
        QMutexLocker lock(&mutex);
        outcome = std::move(o);
    }
    std::optional<SweepOutcome> takeOutcome()
    {
        QMutexLocker lock(&mutex);
        return std::move(outcome);
    }

private:
    QMutex mutex;
    std::optional<SweepOutcome> outcome;
};

} // namespace conlab
