// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueuerun.h"
#include "core/taskqueue/taskqueuesession.h"

#include <memory>
#include <mutex>
#include <set>

namespace conlab {

// What the GUI thread and a task-queue run's engine thread share, under one
// lock: the session while it is up (so Kill a pool process and Open to the
// room reach it while the run goes), the run (so Stop reaches it), and
// whether the session outlives the run (the room is open: machines that
// joined keep their password). The engine thread stops a session nobody
// keeps, off the GUI thread, before the run's outcome goes back.
class TaskQueueRunShare
{
public:
    void setSession(std::shared_ptr<TaskQueueSession> session)
    {
        std::lock_guard lock(m_);
        session_ = std::move(session);
    }
    std::shared_ptr<TaskQueueSession> session() const
    {
        std::lock_guard lock(m_);
        return session_;
    }
    void setKeep(bool keep)
    {
        std::lock_guard lock(m_);
        keep_ = keep;
    }
    // The engine's end of the run: the session, if it is to be kept; else
    // nothing, and the caller stops what it got in `toStop`.
    std::shared_ptr<TaskQueueSession> release(std::shared_ptr<TaskQueueSession> *toStop)
    {
        std::lock_guard lock(m_);
        run_ = nullptr;
        if (keep_)
            return session_;
        *toStop = std::move(session_);
        return {};
    }
    // Sets the run Stop cancels; false when Stop came first.
    bool attach(TaskQueueRun *run)
    {
        std::lock_guard lock(m_);
        run_ = run;
        return !cancelled_;
    }
    void cancel()
    {
        std::lock_guard lock(m_);
        cancelled_ = true;
        if (run_)
            run_->cancel();
    }
    bool cancelled() const
    {
        std::lock_guard lock(m_);
        return cancelled_;
    }
    // T4: under the lock, so the engine thread cannot stop the session
    // while a pool process is chosen.
    qint64 killOnePoolProcess(const std::set<qint64> &busy)
    {
        std::lock_guard lock(m_);
        return session_ ? session_->killOnePoolProcess(busy) : 0;
    }

private:
    mutable std::mutex m_;
    std::shared_ptr<TaskQueueSession> session_;
    TaskQueueRun *run_ = nullptr;
    bool keep_ = false;
    bool cancelled_ = false;
};

} // namespace conlab
