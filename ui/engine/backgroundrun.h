// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QObject>
#include <functional>

class QThread;

namespace conlab {

// Runs one blocking engine call (PrimesRun::exec, SpinnerRun::exec) on a
// thread of its own, so the GUI thread never runs or waits on a workload.
// stop() asks the engine to cancel and returns at once; finished() arrives
// on the GUI thread when the call has returned. The object deletes itself
// after finished(). At exit, stopAllAndWait() cancels every run still going
// and waits for them (bounded), so no worker process outlives the window.
class BackgroundRun : public QObject
{
    Q_OBJECT
public:
    static BackgroundRun *start(std::function<void()> work, std::function<void()> cancel);
    void stop();
    bool isFinished() const { return finished_; }
    static void stopAllAndWait(int timeoutMs);
    static int activeCount();

signals:
    void finished();

private:
    BackgroundRun(std::function<void()> work, std::function<void()> cancel);
    ~BackgroundRun() override;

    std::function<void()> cancel_;
    QThread *thread_ = nullptr;
    bool finished_ = false;
};

} // namespace conlab
