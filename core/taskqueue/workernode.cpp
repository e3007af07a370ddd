// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/workernode.h"

#include "core/cpython/listingstage.h"
#include "core/taskqueue/celerylocator.h"

#include <QDir>
#include <QFile>

namespace conlab {

struct WorkerNode::Stage
{
    ListingStage listings;
};

WorkerNode::WorkerNode(WorkerNodeSpec spec) : spec_(std::move(spec)) { }

WorkerNode::~WorkerNode()
{
    stop();
}

QString WorkerNode::poolName(CeleryPool pool)
{
    switch (pool) {
    case CeleryPool::Prefork:
        return QStringLiteral("prefork");
    case CeleryPool::Threads:
        return QStringLiteral("threads");
    case CeleryPool::Solo:
        return QStringLiteral("solo");
    }
    return {};
}

bool WorkerNode::parsePool(const QString &text, CeleryPool *pool)
{
    for (CeleryPool p : {CeleryPool::Prefork, CeleryPool::Threads, CeleryPool::Solo})
        if (text == poolName(p)) {
            *pool = p;
            return true;
        }
    return false;
}

QStringList WorkerNode::celeryArguments(const WorkerNodeSpec &spec)
{
    // Without mingle and gossip a node starts in about a second instead of
    // three, and needs no word from the others to take tasks.
    return {QStringLiteral("-A"),
            QStringLiteral("primes_tasks"),
            QStringLiteral("worker"),
            QStringLiteral("--pool"),
            poolName(spec.pool),
            QStringLiteral("--concurrency"),
            QString::number(spec.concurrency),
            QStringLiteral("-n"),
            spec.name + QStringLiteral("@%h"),
            QStringLiteral("--without-mingle"),
            QStringLiteral("--without-gossip"),
            QStringLiteral("--loglevel"),
            QStringLiteral("INFO")};
}

bool WorkerNode::start(const BrokerUrl &broker, int timeoutMs)
{
    stop();
    error_.clear();
    const CeleryInterpreter celery = CeleryLocator::find(spec_.interpreter);
    if (!celery.ok()) {
        error_ = celery.error;
        return false;
    }
    stage_ = std::make_unique<Stage>();
    if (!stage_->listings.ok()) {
        error_ = stage_->listings.error();
        return false;
    }
    const QStringList env{u"CELERY_BROKER_URL=" + broker.toString(), u"CELERY_RESULT_BACKEND=" + broker.toString(),
                          u"ACKS_LATE=" + QString::fromLatin1(spec_.acksLate ? "on" : "off"),
                          // Celery's own Python: none of pyenv's or a venv's paths.
                          QStringLiteral("PYTHONPATH=") + stage_->listings.dir(), QStringLiteral("PYTHONUNBUFFERED=1")};
    child_ = std::make_unique<ServiceChild>(spec_.name);
    //: the line a Celery worker node prints once it takes tasks
    if (!child_->start({celery.executable, QStringList{QStringLiteral("-m"), QStringLiteral("celery")}
                                               + celeryArguments(spec_),
                        stage_->listings.dir(), env, {}},
                       QStringLiteral(" ready."), timeoutMs)) {
        error_ = tr("worker node %1 did not start: %2").arg(spec_.name, child_->error());
        child_.reset();
        return false;
    }
    return true;
}

void WorkerNode::stop()
{
    child_.reset();
    stage_.reset();
}

bool WorkerNode::running() const
{
    return child_ && child_->running();
}

pid_t WorkerNode::pid() const
{
    return child_ ? child_->pid() : 0;
}

std::vector<pid_t> WorkerNode::poolPids() const
{
    std::vector<pid_t> pids;
    const pid_t parent = pid();
    if (parent <= 0)
        return pids;
    // /proc/PID/task/PID/children: the node's direct children, its pool.
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(parent));
    if (!file.open(QIODevice::ReadOnly))
        return pids;
    for (const QByteArray &word : file.readAll().split(' ')) {
        bool ok = false;
        const int p = word.trimmed().toInt(&ok);
        if (ok && p > 0)
            pids.push_back(p);
    }
    return pids;
}

} // namespace conlab
