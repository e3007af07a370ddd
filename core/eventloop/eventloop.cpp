// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "eventloop.h"

#include "cancellederror.h"
#include "future.h"
#include "loopinbox.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace conlab::aio {

namespace {

thread_local EventLoop *tlCurrentLoop = nullptr;

} // namespace

EventLoop::EventLoop()
    : inbox_(std::make_shared<detail::LoopInbox>()),
      defaultExecutor_([this](std::function<void()> job) { threads_.submit(std::move(job)); }),
      origin_(Clock::now())
{
}

EventLoop::~EventLoop()
{
    inbox_->close();
    // Jobs may still reference objects living in coroutine frames, so the
    // threads end before the frames do (asyncio.run waits for them too).
    threads_.joinAll();

    // Pending tasks are destroyed, never resumed. The list is detached first
    // so that a destructor running inside a frame sees a consistent loop.
    std::vector<std::shared_ptr<detail::TaskCore>> doomed;
    doomed.swap(tasks_);
    ready_.clear();
    timers_.clear();
    for (auto &task : doomed) {
        detachWait(*task);
        task->waiters_.clear();
        task->status_ = detail::TaskStatus::Cancelled;
        task->wait_ = detail::WaitKind::Done;
        task->loop_ = nullptr;
    }
    for (auto &task : doomed) {
        if (task->root_) {
            std::exchange(task->root_, {}).destroy();
            task->resumeAt_ = {};
        }
        if (!task->error_)
            task->error_ = std::make_exception_ptr(CancelledError());
    }
}

EventLoop *EventLoop::current() noexcept
{
    return tlCurrentLoop;
}

EventLoop &runningLoop()
{
    EventLoop *loop = EventLoop::current();
    if (!loop)
        throw std::logic_error("no running event loop");
    return *loop;
}

TaskHandle<> currentTask()
{
    runningLoop(); // for asyncio's message when no loop runs at all
    return TaskHandle<>(detail::runningTask().shared_from_this());
}

detail::TaskCore &detail::runningTask()
{
    EventLoop *loop = tlCurrentLoop;
    if (!loop || !loop->current_)
        throw std::logic_error("awaited outside a task of a running event loop");
    return *loop->current_;
}

void EventLoop::callSoonThreadsafe(std::function<void()> fn)
{
    inbox_->post(std::move(fn));
}

void EventLoop::setDefaultExecutor(Executor executor)
{
    if (executor)
        defaultExecutor_ = std::move(executor);
    else
        defaultExecutor_ = [this](std::function<void()> job) { threads_.submit(std::move(job)); };
}

void EventLoop::setObserver(Observer observer, LoopDetail detail)
{
    observer_ = std::move(observer);
    detail_ = detail;
}

void EventLoop::adopt(const std::shared_ptr<detail::TaskCore> &task, CoroInfo info)
{
    if (!task->root_)
        throw std::invalid_argument("createTask: the Task holds no coroutine");
    task->loop_ = this;
    task->id_ = ++taskCounter_;
    task->name_ = "Task-" + std::to_string(task->id_);
    task->info_ = std::move(info);
    task->slot_ = tasks_.size();
    tasks_.push_back(task);
    task->wait_ = detail::WaitKind::Ready;
    ready_.push_back(task.get());
    if (observer_) {
        const auto now = Clock::now();
        report(LoopEvent::Kind::TaskCreated, *task, now, now);
        if (detail_ == LoopDetail::Full)
            noteReadyQueue(*task);
    }
}

void EventLoop::runMain(detail::TaskCore &main, bool thenCleanUp)
{
    if (tlCurrentLoop)
        throw std::logic_error("run() cannot be called from a running event loop");
    struct CurrentGuard
    {
        EventLoop *self;
        explicit CurrentGuard(EventLoop *s) : self(s)
        {
            tlCurrentLoop = s;
            s->running_ = true;
        }
        ~CurrentGuard()
        {
            tlCurrentLoop = nullptr;
            self->running_ = false;
            self->current_ = nullptr;
        }
    } guard(this);

    if (main.loop_ != this && !main.done())
        throw std::logic_error("the task belongs to another event loop");
    while (!main.done())
        runOnce();
    if (thenCleanUp) {
        cancelRemaining();
        threads_.joinAll();
    }
}

void EventLoop::cancelRemaining()
{
    // Only the tasks alive now are waited for, as asyncio.run gathers them.
    const std::vector<std::shared_ptr<detail::TaskCore>> remaining = tasks_;
    for (const auto &task : remaining)
        task->cancel();
    const auto allDone = [&remaining] {
        return std::all_of(remaining.begin(), remaining.end(), [](const auto &t) { return t->done(); });
    };
    while (!allDone())
        runOnce();
}

void EventLoop::runOnce()
{
    ++iteration_;
    dropStaleTimers();
    // Sleep only when no task is ready: until the next timer, or until
    // another thread posts something.
    if (!ready_.empty())
        inbox_->take(callbacks_, false, std::nullopt);
    else if (timers_.empty())
        inbox_->take(callbacks_, true, std::nullopt);
    else if (timers_.top().when <= Clock::now())
        inbox_->take(callbacks_, false, std::nullopt); // due already: no syscall
    else
        inbox_->take(callbacks_, true, timers_.top().when);
    runCallbacks();
    fireTimers();

    // Only what was ready at the start of the iteration runs now; whatever a
    // step schedules (sleep(0), a woken waiter, a new task) waits for the next
    // one. That is what makes sleep(0) worth exactly one iteration.
    stepping_.swap(ready_);
    if (observesDetail()) {
        // asyncio pops its ready deque one handle at a time: each step
        // leaves the queue as it starts.
        steppingLeft_ = stepping_.size();
        for (detail::TaskCore *task : stepping_) {
            --steppingLeft_;
            noteReadyQueue(*task);
            step(*task);
        }
    } else {
        for (detail::TaskCore *task : stepping_)
            step(*task);
    }
    stepping_.clear();
}

void EventLoop::runCallbacks()
{
    for (auto &cb : callbacks_) {
        try {
            cb();
        } catch (const std::exception &e) {
            // asyncio logs and carries on; a callback cannot take the loop down.
            std::fprintf(stderr, "conlab::aio: exception in callback: %s\n", e.what());
        } catch (...) {
            std::fprintf(stderr, "conlab::aio: exception in callback\n");
        }
    }
    callbacks_.clear();
}

void EventLoop::dropStaleTimers()
{
    // A stale entry on top would make the loop sleep until a deadline that
    // no longer matters.
    while (!timers_.empty()) {
        const auto &top = timers_.top();
        if (top.task->sleepsOn(top.token))
            return;
        timers_.pop();
    }
}

void EventLoop::fireTimers()
{
    if (timers_.empty())
        return;
    const auto now = Clock::now();
    while (!timers_.empty() && timers_.top().when <= now) {
        const detail::TimerHeap::Entry e = timers_.pop();
        if (e.task->sleepsOn(e.token)) {
            if (observesDetail())
                report(LoopEvent::Kind::TimerFired, *e.task, now, now);
            schedule(*e.task);
        }
    }
}

void EventLoop::addTimer(detail::TaskCore &task, Clock::duration delay)
{
    task.wait_ = detail::WaitKind::Timer;
    const auto now = Clock::now();
    timers_.push(now + delay, task.waitToken_, task.shared_from_this());
    if (observesDetail())
        report(LoopEvent::Kind::TimerScheduled, task, now, now + delay);
}

void EventLoop::schedule(detail::TaskCore &task)
{
    if (task.wait_ == detail::WaitKind::Ready || task.wait_ == detail::WaitKind::Done)
        return;
    detachWait(task);
    task.wait_ = detail::WaitKind::Ready;
    ++task.waitToken_;
    ready_.push_back(&task);
    if (observesDetail())
        noteReadyQueue(task);
}

void EventLoop::detachWait(detail::TaskCore &task)
{
    if (task.waitFuture_) {
        task.waitFuture_->removeWaiter(task);
        task.waitFuture_.reset();
    }
    if (task.waitTask_) {
        auto &w = task.waitTask_->waiters_;
        w.erase(std::remove(w.begin(), w.end(), &task), w.end());
        task.waitTask_.reset();
    }
}

void EventLoop::step(detail::TaskCore &task)
{
    if (task.wait_ != detail::WaitKind::Ready)
        return;
    if (!task.started_ && task.mustCancel_) {
        // asyncio: a task cancelled before its first step never runs its body.
        finish(task, true);
        return;
    }
    task.started_ = true;
    task.wait_ = detail::WaitKind::Running;
    current_ = &task;
    const bool timed = static_cast<bool>(observer_);
    const auto start = timed ? Clock::now() : Clock::time_point{};
    if (timed && detail_ == LoopDetail::Full)
        report(LoopEvent::Kind::StepStarted, task, start, start);
    task.resumeAt_.resume();
    const auto end = timed ? Clock::now() : Clock::time_point{};
    current_ = nullptr;
    if (timed)
        report(LoopEvent::Kind::TaskStep, task, start, end);

    if (task.root_.done()) {
        finish(task, false);
    } else if (task.wait_ == detail::WaitKind::Running) {
        // Suspended on an awaitable that does not know this loop: nothing
        // would ever wake it, so fail the task rather than leak it.
        task.error_ = std::make_exception_ptr(
            std::logic_error("task suspended on an awaitable that is not part of conlab::aio"));
        finish(task, false);
    }
}

void EventLoop::finish(detail::TaskCore &task, bool cancelledBeforeStart)
{
    const std::shared_ptr<detail::TaskCore> keep = task.shared_from_this();
    bool cancelled = cancelledBeforeStart;
    if (cancelledBeforeStart) {
        task.error_ = std::make_exception_ptr(CancelledError());
        task.mustCancel_ = false;
    } else if (task.root_.done()) {
        cancelled = task.harvest();
    }
    detachWait(task);
    std::exchange(task.root_, {}).destroy();
    task.resumeAt_ = {};
    task.wait_ = detail::WaitKind::Done;
    task.status_ = cancelled ? detail::TaskStatus::Cancelled : detail::TaskStatus::Finished;

    if (observer_) {
        const auto now = Clock::now();
        report(cancelled ? LoopEvent::Kind::TaskCancelled : LoopEvent::Kind::TaskDone, task, now, now);
    }

    // Waiters resume at the next iteration, like asyncio's done callbacks.
    const std::vector<detail::TaskCore *> waiters = std::move(task.waiters_);
    task.waiters_.clear();
    for (detail::TaskCore *w : waiters)
        schedule(*w);

    // Swap-remove from the live list; the last owner may be this list.
    const std::size_t slot = task.slot_;
    if (slot != tasks_.size() - 1) {
        tasks_[slot] = std::move(tasks_.back());
        tasks_[slot]->slot_ = slot;
    }
    tasks_.pop_back();
}

bool EventLoop::cancelTask(detail::TaskCore &task)
{
    if (task.done())
        return false;
    if (observesDetail()) {
        const auto now = Clock::now();
        report(LoopEvent::Kind::CancelRequested, task, now, now);
        if (task.wait_ == detail::WaitKind::Timer)
            report(LoopEvent::Kind::TimerCancelled, task, now, now);
    }
    // As Task.cancel(): cancel what the task waits on; it then wakes with
    // CancelledError at its await. A task awaiting another task cancels that
    // one, and learns the outcome when it ends.
    switch (task.wait_) {
    case detail::WaitKind::Future:
        if (const auto future = task.waitFuture_; future->cancel())
            return true;
        break;
    case detail::WaitKind::Task:
        if (const auto inner = task.waitTask_; inner->cancel())
            return true;
        break;
    case detail::WaitKind::Timer:
        task.mustCancel_ = true;
        schedule(task);
        return true;
    default: break;
    }
    // Ready, not started, or cancelling itself while it runs: delivered at
    // its next resumption.
    task.mustCancel_ = true;
    return true;
}

std::int64_t EventLoop::sinceOrigin(Clock::time_point t) const noexcept
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t - origin_).count();
}

void EventLoop::report(LoopEvent::Kind kind, const detail::TaskCore &task, Clock::time_point start,
                       Clock::time_point end)
{
    LoopEvent e;
    e.kind = kind;
    e.taskId = task.id_;
    e.taskName = task.name_;
    e.coroName = task.info_.name;
    e.startNs = sinceOrigin(start);
    e.endNs = sinceOrigin(end);
    e.iteration = iteration_;
    observer_(e);
}

void EventLoop::noteReadyQueue(const detail::TaskCore &task)
{
    // Called as `task` joins the queue or leaves it for its step, so each
    // sample also says who waits: a view can draw the wait on its lane.
    const auto now = Clock::now();
    LoopEvent e;
    e.kind = LoopEvent::Kind::ReadyQueue;
    e.taskId = task.id_;
    e.taskName = task.name_;
    e.coroName = task.info_.name;
    e.startNs = e.endNs = sinceOrigin(now);
    e.iteration = iteration_;
    e.queued = static_cast<std::uint32_t>(ready_.size() + steppingLeft_);
    observer_(e);
}

} // namespace conlab::aio
