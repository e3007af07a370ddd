// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/taskqueuesession.h"

#include "core/taskqueue/redisconnection.h"

#include <QRandomGenerator>

#include <csignal>
#include <thread>

namespace conlab {

TaskQueueSession::TaskQueueSession() = default;

TaskQueueSession::~TaskQueueSession()
{
    stop();
}

bool TaskQueueSession::start(const Setup &setup)
{
    stop();
    error_.clear();
    if (setup.broker) {
        if (!setup.broker->ok()) {
            error_ = setup.broker->error;
            return false;
        }
        // Before any node starts: a wrong password or an unreachable host is
        // said now, not as a node that retries for ever.
        RedisConnection probe;
        if (!probe.open(*setup.broker, 3000)) {
            error_ = probe.error();
            return false;
        }
        broker_ = *setup.broker;
    } else {
        embedded_ = std::make_unique<EmbeddedBroker>();
        if (!embedded_->start()) {
            error_ = embedded_->error();
            embedded_.reset();
            return false;
        }
        broker_ = embedded_->url();
    }
    for (int k = 1; k <= setup.nodes; ++k) {
        WorkerNodeSpec spec = setup.node;
        spec.name = QStringLiteral("node%1").arg(k);
        nodes_.push_back(std::make_unique<WorkerNode>(spec));
    }
    {
        // Side by side: each node takes a second or two to import Celery.
        std::vector<std::jthread> starting;
        for (auto &node : nodes_)
            starting.emplace_back([&node, this] { node->start(broker_); });
    }
    for (const auto &node : nodes_)
        if (!node->running()) {
            error_ = node->error();
            stop();
            return false;
        }
    return true;
}

void TaskQueueSession::stop()
{
    nodes_.clear();
    embedded_.reset();
}

pid_t TaskQueueSession::killOnePoolProcess(const std::set<qint64> &busy)
{
    std::vector<pid_t> all, preferred;
    for (const auto &node : nodes_)
        for (pid_t p : node->poolPids()) {
            all.push_back(p);
            if (busy.count(p))
                preferred.push_back(p);
        }
    const std::vector<pid_t> &from = preferred.empty() ? all : preferred;
    if (from.empty())
        return 0;
    const pid_t victim = from[QRandomGenerator::global()->bounded(static_cast<int>(from.size()))];
    return ::kill(victim, SIGKILL) == 0 ? victim : 0;
}

} // namespace conlab
