// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/processpoolexecutor.h"

#include "core/process/workerlocator.h"
#include "kernel/monotonic.h"

namespace conlab {

namespace {
// The pool and worker slot of the pool thread that runs the current job.
thread_local ProcessPoolExecutor *tPool = nullptr;
thread_local std::size_t tSlot = 0;
// Set while the jobs of a stopped pool are being failed (see failQueued()).
thread_local const ProcessPoolExecutor *tFailingPool = nullptr;
} // namespace

ProcessPoolExecutor::ProcessPoolExecutor(int workers, QString program, std::uint32_t paceUnits, RunControl &control,
                                         Faults faults)
    : workers_(workers),
      program_(program.isEmpty() ? WorkerLocator::workerPath() : std::move(program)),
      paceUnits_(paceUnits),
      control_(control),
      faults_(std::move(faults))
{
}

ProcessPoolExecutor::ProcessPoolExecutor(int workers, QString program, std::uint32_t paceUnits, RunControl &control)
    : ProcessPoolExecutor(workers, std::move(program), paceUnits, control, Faults{})
{
}

std::unique_ptr<WorkerChannel> ProcessPoolExecutor::spawn(int id, QString *error) const
{
    auto channel = std::make_unique<WorkerChannel>(id);
    if (!channel->start(program_, protocol::Hello{static_cast<std::uint32_t>(id), paceUnits_, 0}, error))
        return nullptr;
    return channel;
}

bool ProcessPoolExecutor::start(QString *error)
{
    for (int id = 1; id <= workers_; ++id) {
        auto channel = spawn(id, error);
        if (!channel)
            return false;
        channels_.push_back(std::move(channel));
    }
    wake_.emplace(control_, [this] {
        stop_.cancel();
        jobs_.interrupt();
        failQueued();
    });
    for (std::size_t k = 0; k < channels_.size(); ++k)
        threads_.emplace_back([this, k] { serve(k); });
    return true;
}

void ProcessPoolExecutor::serve(std::size_t slot)
{
    tPool = this;
    tSlot = slot;
    // Jobs resolve their own futures and catch their own exceptions
    // (runInExecutor wraps them), so nothing escapes here.
    while (auto job = jobs_.get()) {
        if (!*job)
            break;
        (**job)();
    }
    // This thread reaps its own worker: a replacement was spawned here, and
    // PR_SET_PDEATHSIG fires when the spawning thread ends.
    retire(slot);
    tPool = nullptr;
}

void ProcessPoolExecutor::retire(std::size_t slot)
{
    std::unique_ptr<WorkerChannel> &channel = channels_[slot];
    if (!channel)
        return;
    if (!stop_.cancelled()) {
        // A worker answers its pill with done and leaves; reap it.
        channel->send(protocol::Pill{});
        protocol::Message msg;
        channel->waitNext(msg, stop_, monotonicNs() + faults_.watchdog.pillLimitNs());
    }
    if (stop_.cancelled())
        channel->stop();
    else
        channel->finish(500);
}

aio::EventLoop::Executor ProcessPoolExecutor::executor()
{
    return [this](std::function<void()> job) {
        jobs_.put(std::move(job));
        if (stop_.cancelled())
            failQueued();
    };
}

// A job nobody will run must still resolve its future, or the task awaiting
// it would wait forever: run it in a mode where check() throws at once.
void ProcessPoolExecutor::failQueued()
{
    tFailingPool = this;
    for (auto &job : jobs_.takeAll())
        if (job)
            (*job)();
    tFailingPool = nullptr;
}

// After a give-up every job fails with its message; after a cancel, with
// Cancelled.
void ProcessPoolExecutor::throwStopped() const
{
    {
        std::lock_guard lock(failureMutex_);
        if (failure_)
            throw Failure{*failure_};
    }
    throw Cancelled{};
}

void ProcessPoolExecutor::giveUp(const QString &message)
{
    {
        std::lock_guard lock(failureMutex_);
        if (!failure_)
            failure_ = message;
    }
    stop_.cancel();
    jobs_.interrupt();
    failQueued();
}

ProcessPoolExecutor::Checked ProcessPoolExecutor::check(std::uint64_t n)
{
    if (tFailingPool)
        tFailingPool->throwStopped();
    if (!tPool)
        throw Failure{QStringLiteral("ProcessPoolExecutor::check() called outside a pool job")};
    return tPool->checkIn(tSlot, n);
}

// One try of n in `channel`. A result, or nullopt with `crash` filled in and
// the worker killed and reaped.
std::optional<ProcessPoolExecutor::Checked> ProcessPoolExecutor::attempt(WorkerChannel &channel, std::uint64_t n,
                                                                         WorkerCrash &crash)
{
    const std::int64_t limit = faults_.watchdog.limitNs(n);
    if (!channel.send(protocol::Job{n})) {
        crash = channel.endAfterFault(WorkerCrash::Cause::Died, n, channel.describeExit(n));
        return std::nullopt;
    }
    protocol::Message msg;
    switch (channel.waitNext(msg, stop_, monotonicNs() + limit)) {
    case WorkerChannel::Next::NeedMore: throwStopped();
    case WorkerChannel::Next::TimedOut:
        crash = channel.endAfterFault(WorkerCrash::Cause::Unresponsive, n, channel.describeUnresponsive(n, limit));
        return std::nullopt;
    case WorkerChannel::Next::Closed:
        crash = channel.endAfterFault(WorkerCrash::Cause::Died, n, channel.describeExit(n));
        return std::nullopt;
    case WorkerChannel::Next::Malformed:
        crash = channel.endAfterFault(WorkerCrash::Cause::Malformed, n, channel.describeMalformed(n));
        return std::nullopt;
    case WorkerChannel::Next::Message: break;
    }
    const auto *r = std::get_if<protocol::Result>(&msg);
    if (!r || r->n != n) {
        //: %1 worker number
        const QString what = WorkerChannel::tr("worker %1 answered out of turn").arg(channel.id());
        crash = channel.endAfterFault(WorkerCrash::Cause::Malformed, n, channel.describe(what, n));
        return std::nullopt;
    }
    return Checked{*r, channel.id()};
}

// n in this thread's worker; a lost worker is replaced and n tried again.
ProcessPoolExecutor::Checked ProcessPoolExecutor::checkIn(std::size_t slot, std::uint64_t n)
{
    std::unique_ptr<WorkerChannel> &channel = channels_[slot];
    const int id = static_cast<int>(slot) + 1;
    for (int tries = 1;; ++tries) {
        if (stop_.cancelled())
            throwStopped();
        if (!channel) {
            QString error;
            channel = spawn(id, &error);
            if (!channel) {
                giveUp(error);
                throw Failure{error};
            }
        }
        WorkerCrash crash;
        if (auto checked = attempt(*channel, n, crash))
            return *checked;
        channel.reset();
        // A worker that ended while the run was being cancelled was ended
        // by the cancel (or by the signal behind it): not a crash, and
        // nothing to retry. A cancel never spawns a worker.
        if (stop_.cancelled() || control_.cancelled())
            throwStopped();
        crash.attempt = tries;
        crash.tNs = monotonicNs() - faults_.t0Ns;
        if (faults_.onCrash)
            faults_.onCrash(crash);
        if (tries >= WorkerCrash::kMaxAttempts) {
            const QString message = WorkerChannel::givingUp(crash);
            giveUp(message);
            throw Failure{message};
        }
    }
}

ProcessPoolExecutor::~ProcessPoolExecutor()
{
    if (!stop_.cancelled())
        for (std::size_t k = 0; k < threads_.size(); ++k)
            jobs_.put(std::nullopt);
    else
        jobs_.interrupt();
    for (auto &t : threads_)
        t.join();
    wake_.reset();
    // Each thread reaped its worker; any left (start() failed half-way)
    // are killed and reaped by their destructors.
}

} // namespace conlab
