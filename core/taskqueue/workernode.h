// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"
#include "core/taskqueue/servicechild.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace conlab {

// Celery's worker pools: the chapter's three models again (T2).
enum class CeleryPool { Prefork, Threads, Solo };

struct WorkerNodeSpec
{
    CeleryPool pool = CeleryPool::Prefork;
    int concurrency = 2;
    QString name;          // "node1": the node is NAME@host
    bool acksLate = true;  // ACKS_LATE=off for primes_tasks.py
    QString interpreter;   // empty: CeleryLocator::find()
};

// One unmodified Celery worker node, `celery -A primes_tasks worker`, run
// by the interpreter that has Celery, in a folder holding the tasks module,
// as a child of ours (ServiceChild: it ends when we do, however we end).
// The broker URL, password and all, goes in its environment.
class WorkerNode
{
    Q_DECLARE_TR_FUNCTIONS(conlab::WorkerNode)
public:
    explicit WorkerNode(WorkerNodeSpec spec);
    ~WorkerNode();

    // Starts it and waits until it says it is ready. False with error().
    bool start(const BrokerUrl &broker, int timeoutMs = 60'000);
    void stop();
    bool running() const;
    QString error() const { return error_; }
    pid_t pid() const;
    // The pids of its pool's processes (prefork), read from /proc.
    std::vector<pid_t> poolPids() const;
    const WorkerNodeSpec &spec() const { return spec_; }

    static QString poolName(CeleryPool pool);
    static bool parsePool(const QString &text, CeleryPool *pool);
    // The arguments after `python3 -m celery` (or `celery`) for a node.
    static QStringList celeryArguments(const WorkerNodeSpec &spec);

private:
    WorkerNodeSpec spec_;
    std::unique_ptr<ServiceChild> child_;
    QString stageDir_;
    QString error_;
    struct Stage;
    std::unique_ptr<Stage> stage_;
};

} // namespace conlab
