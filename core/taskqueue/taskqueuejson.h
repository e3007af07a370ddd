// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueueevents.h"

#include <QByteArray>
#include <QString>

namespace conlab {

// `primes --model celery --json`: the results as they came, each with the
// host and pid that checked it, then the summary with the redeliveries,
// losses and malformed results. n is written as a number and as text, as
// in the other models' reports (JavaScript reads numbers past 2^53 wrong).
class TaskQueueJson
{
public:
    struct Setup
    {
        QString pool;
        int concurrency = 0;
        int nodes = 0;
        QString broker; // displayString(): no password
        bool acksLate = true;
    };
    explicit TaskQueueJson(const Setup &setup);
    void add(const TaskDone &done);
    QByteArray finish(const TaskQueueSummary &summary);

private:
    QByteArray out_;
    bool first_ = true;
};

} // namespace conlab
