// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "engine/eventinbox.h"
#include "primes/primesrun.h"

#include <QElapsedTimer>
#include <QMutex>
#include <atomic>
#include <optional>

namespace conlab {

// One primes run and its own inbox. The engine thread pushes, the page
// drains at the screen's pace; the page drops the feed when it shows
// something else, so a cancelled run's stragglers are never drawn.
struct PrimesFeed
{
    explicit PrimesFeed(PrimesConfig config) : run(std::move(config)) { clock.start(); }

    PrimesRun run;
    EventInbox<PrimeResult> results;
    EventInbox<GilHold> holds;
    EventInbox<WorkerCrash> crashes; // worker processes lost and replaced
    // The loop's task steps (coroutine models), for traces and recordings.
    // Capped: a million numbers make millions of steps, and the page must
    // stay within its memory budget; the first steps show the pattern.
    static constexpr std::size_t kMaxLoopSteps = 200'000;
    EventInbox<aio::LoopEvent> loopSteps;
    std::atomic<std::size_t> loopStepsSeen{0};
    QElapsedTimer clock;

    void setSummary(RunSummary s)
    {
        QMutexLocker lock(&mutex);
        summary = std::move(s);
    }
    std::optional<RunSummary> takeSummary()
    {
        QMutexLocker lock(&mutex);
        return std::move(summary);
    }

private:
    QMutex mutex;
    std::optional<RunSummary> summary;
};

} // namespace conlab
