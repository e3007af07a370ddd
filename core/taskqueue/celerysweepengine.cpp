// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/celerysweepengine.h"

#include "core/taskqueue/taskqueuerun.h"

namespace conlab {

CelerySweepEngine::CelerySweepEngine() = default;
CelerySweepEngine::~CelerySweepEngine() = default;

RunSummary CelerySweepEngine::run(const SweepSeries &series, int workers, const std::vector<std::uint64_t> &numbers)
{
    RunSummary summary;
    summary.model = series.spec();
    summary.workers = workers;
    summary.numbers = static_cast<qsizetype>(numbers.size());
    {
        const std::lock_guard lock(mutex_);
        cancelled_ = false;
    }
    const CeleryPool pool = series.model == PrimesModel::Threads ? CeleryPool::Threads : CeleryPool::Prefork;
    if (!session_ || pool != pool_ || workers != concurrency_) {
        session_.reset();
        auto session = std::make_unique<TaskQueueSession>();
        TaskQueueSession::Setup setup;
        setup.node.pool = pool;
        setup.node.concurrency = workers;
        if (!session->start(setup)) {
            summary.error = session->error();
            return summary;
        }
        session_ = std::move(session);
        pool_ = pool;
        concurrency_ = workers;
    }
    TaskQueueRun::Config config;
    config.numbers = numbers;
    config.broker = session_->broker();
    TaskQueueRun run(config);
    {
        const std::lock_guard lock(mutex_);
        if (cancelled_) {
            summary.cancelled = true;
            return summary;
        }
        running_ = &run;
    }
    const TaskQueueSummary s = run.exec({});
    {
        const std::lock_guard lock(mutex_);
        running_ = nullptr;
    }
    summary.checked = s.checked;
    summary.wall = s.wall;
    summary.cancelled = s.cancelled;
    summary.error = s.error;
    summary.unchecked = s.left;
    summary.lost = s.lost;
    if (summary.error.isEmpty() && !s.lost.empty())
        summary.error = tr("%n task(s) lost", "", static_cast<int>(s.lost.size()));
    return summary;
}

void CelerySweepEngine::cancel()
{
    const std::lock_guard lock(mutex_);
    cancelled_ = true;
    if (running_)
        running_->cancel();
}

} // namespace conlab
