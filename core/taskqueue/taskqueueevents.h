// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace conlab {

// One task's end, as the page and the CLI show it: the book's result, and
// where it ran. `result.worker` numbers the lanes, one per host:pid, from 1
// in the order they first started a task.
struct TaskDone
{
    PrimeResult result;
    QString host;
    qint64 pid = 0;
    int starts = 1; // >1: a worker began it and was lost, and the broker gave it again
};

// A task some worker process began (a live bar that grows until it ends).
struct TaskStarted
{
    std::uint64_t n = 0;
    QString host;
    qint64 pid = 0;
    int lane = 0;
    std::int64_t startNs = 0; // on the run's clock
};

// Something the room should see that is not a result.
struct TaskIncident
{
    enum class Kind {
        Malformed,   // a result of the wrong shape: recorded, and the number asked again
        Lost,        // a task that failed or whose worker was lost without late acks
        Redelivered, // a task begun twice: its first worker died, the broker handed it on
    };
    Kind kind = Kind::Malformed;
    std::uint64_t n = 0;
    QString why;
    std::int64_t atNs = 0;
};

// The broker's queue length at a moment of the run.
struct QueueSample
{
    std::int64_t atNs = 0;
    long long length = 0;
};

// How a task-queue run ended. `left` are the numbers with no result when it
// ended early (the broker died, or Ctrl+C).
struct TaskQueueSummary
{
    qsizetype numbers = 0;
    qsizetype checked = 0;
    double wall = 0.0;
    bool cancelled = false;
    QString error;
    std::vector<std::uint64_t> left;
    std::vector<std::uint64_t> lost;
    std::vector<TaskIncident> incidents;
    int lanes = 0;
    int redeliveries = 0;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace conlab
