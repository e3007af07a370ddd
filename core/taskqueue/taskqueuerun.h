// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"
#include "core/taskqueue/taskqueueevents.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace conlab {

class RedisConnection;

// procs.py's job queue on a real broker: one Celery task per number onto
// the queue the workers take from, then each result from the result
// backend as it comes (SUBSCRIBE on the tasks' result channels, with a
// bounded poll of the keys as a net). The producer side of T1 to T5.
//
// exec() blocks; call it off the GUI thread. The callbacks run on that
// thread. cancel() may be called from any thread: the run then takes its
// unstarted tasks back off the queue and returns.
class TaskQueueRun
{
    Q_DECLARE_TR_FUNCTIONS(conlab::TaskQueueRun)
public:
    struct Config
    {
        std::vector<std::uint64_t> numbers;
        BrokerUrl broker;
        int connectTimeoutMs = 3000;
        // No word from the broker for this long is a dead broker (the issue
        // asks for a clear error within 5 s).
        int brokerSilenceMs = 3000;
        // A number whose result came back malformed is asked again, up to
        // this many times in all.
        int maxAsks = 3;
        // Ends the run with the numbers left named; 0: none.
        int deadlineMs = 0;
        // Task ids' origin header: who sent them.
        QString origin;
    };
    struct Callbacks
    {
        std::function<void(const TaskStarted &)> onStarted;
        std::function<void(const TaskDone &)> onDone;
        std::function<void(const TaskIncident &)> onIncident;
        std::function<void(const QueueSample &)> onQueue;
    };

    explicit TaskQueueRun(Config config) : config_(std::move(config)) { }

    // Connects (a bad URL, an unreachable broker or a wrong password ends it
    // here, before a task is sent: `summary.error` set, `sent` false).
    TaskQueueSummary exec(const Callbacks &callbacks);
    bool sentAny() const { return sent_; }
    void cancel() { cancel_ = true; }
    // After exec(): takes the run's tasks off the queue and deletes their
    // results, again. exec() does so as it ends, but a worker still running
    // one of them then may store its state after that; call this once the
    // local nodes are stopped. False when the broker cannot be reached.
    bool clearBroker();

private:
    void clear(RedisConnection &connection) const;

    Config config_;
    std::atomic<bool> cancel_{false};
    bool sent_ = false;
    QByteArrayList envelopes_;  // every task this run sent, for LREM
    QByteArrayList resultKeys_; // and where each one's result goes
};

} // namespace conlab
