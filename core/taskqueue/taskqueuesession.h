// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"
#include "core/taskqueue/embeddedbroker.h"
#include "core/taskqueue/workernode.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace conlab {

// What a task-queue run stands on: a broker (the app's own redis-server, or
// one at a URL) and K local Celery worker nodes. Everything it starts ends
// when it does, or with the app however the app ends (ServiceChild).
class TaskQueueSession
{
    Q_DECLARE_TR_FUNCTIONS(conlab::TaskQueueSession)
public:
    struct Setup
    {
        std::optional<BrokerUrl> broker; // none: start the embedded one
        int nodes = 1;                   // local worker nodes; 0 for none
        WorkerNodeSpec node;             // pool, concurrency, late acks (name: node1, node2, ...)
    };

    TaskQueueSession();
    ~TaskQueueSession();

    // Starts the broker (or checks the given one answers) and the nodes, the
    // nodes side by side. False with error(), and nothing left running.
    bool start(const Setup &setup);
    void stop();
    QString error() const { return error_; }
    BrokerUrl broker() const { return broker_; }
    EmbeddedBroker *embedded() const { return embedded_.get(); }
    const std::vector<std::unique_ptr<WorkerNode>> &nodes() const { return nodes_; }

    // T4: SIGKILL one pool process of a local prefork node, chosen at random
    // among `busy` (pids running a task now) when any is ours, else among
    // all. Returns the pid, or 0 when there is none (threads and solo pools
    // have no pool processes; the node itself is the worker).
    pid_t killOnePoolProcess(const std::set<qint64> &busy = {});

private:
    std::unique_ptr<EmbeddedBroker> embedded_;
    std::vector<std::unique_ptr<WorkerNode>> nodes_;
    BrokerUrl broker_;
    QString error_;
};

} // namespace conlab
