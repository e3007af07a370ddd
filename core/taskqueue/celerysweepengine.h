// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepexternalengine.h"
#include "core/taskqueue/taskqueuesession.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <mutex>

namespace conlab {

class TaskQueueRun;

// The sweep's Celery series: the app's own broker, and one local worker
// node whose pool has the point's worker count as its concurrency. The node
// is started when the count or the pool changes and kept for every repeat
// of that count (the schedule runs them in a row), so a point's wall is the
// tasks', not the node's start-up.
class CelerySweepEngine : public SweepExternalEngine
{
    Q_DECLARE_TR_FUNCTIONS(conlab::CelerySweepEngine)
public:
    CelerySweepEngine();
    ~CelerySweepEngine() override;

    RunSummary run(const SweepSeries &series, int workers, const std::vector<std::uint64_t> &numbers) override;
    void cancel() override;

private:
    std::unique_ptr<TaskQueueSession> session_;
    CeleryPool pool_ = CeleryPool::Prefork;
    int concurrency_ = 0;
    std::mutex mutex_;
    TaskQueueRun *running_ = nullptr;
    bool cancelled_ = false;
};

} // namespace conlab
