// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "coroinfo.h"
#include "loopevent.h"
#include "task.h"
#include "taskcore.h"
#include "taskhandle.h"
#include "threadperjob.h"
#include "timerheap.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace conlab::aio {

namespace detail {
class LoopInbox;
}

// A single-threaded event loop in the manner of asyncio: a ready queue run
// once per iteration, a timer heap, and a thread-safe inbox it sleeps on.
// Everything but callSoonThreadsafe() and Future::setResult/setException
// must be called on the thread that runs the loop.
class EventLoop
{
public:
    using Clock = std::chrono::steady_clock;
    using Observer = std::function<void(const LoopEvent &)>;
    // Runs a job somewhere else (a thread, a pool, a worker process).
    using Executor = std::function<void(std::function<void()>)>;

    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    // asyncio.run(): runs `main` as a task (Task-1 on a fresh loop) until it
    // finishes, then cancels the tasks still pending and lets their cleanup
    // run, then joins the default executor's threads. Returns main's value or
    // rethrows its exception (CancelledError if it was cancelled).
    template <typename T>
    T run(Task<T> main, CoroInfo info = CoroInfo{"main", {}});

    // loop.run_until_complete(): runs until `task` is done and returns its
    // outcome, leaving other tasks where they are. They resume at the next
    // run, or are destroyed (never resumed) with the loop.
    template <typename T>
    T runUntilComplete(const TaskHandle<T> &task);

    // asyncio.create_task(): schedules the coroutine for the next iteration
    // and returns at once; the caller keeps running until its next await.
    template <typename T>
    TaskHandle<T> createTask(Task<T> coro, CoroInfo info = {});

    // Any thread. `fn` runs on the loop's thread at its next iteration; a
    // loop asleep waiting for a timer or a future is woken.
    void callSoonThreadsafe(std::function<void()> fn);

    // The executor runInExecutor() uses when given none. By default every
    // job gets its own std::thread, joined when run() ends or the loop dies.
    void setDefaultExecutor(Executor executor);
    const Executor &defaultExecutor() const noexcept { return defaultExecutor_; }

    // Called synchronously from the loop thread; keep it cheap. Steps are
    // timed only while an observer is set. LoopDetail::Full adds the ready
    // queue, timers and cancel() calls (see LoopEvent::Kind).
    void setObserver(Observer observer, LoopDetail detail = LoopDetail::Tasks);
    // Event times are nanoseconds since this point (default: construction).
    void setClockOrigin(Clock::time_point origin) noexcept { origin_ = origin; }
    Clock::time_point clockOrigin() const noexcept { return origin_; }

    bool isRunning() const noexcept { return running_; }
    std::size_t pendingTaskCount() const noexcept { return tasks_.size(); }
    std::uint64_t iteration() const noexcept { return iteration_; }

    // The loop running on this thread, or nullptr (asyncio._get_running_loop).
    static EventLoop *current() noexcept;

private:
    friend class detail::TaskCore;
    friend class detail::FutureStateBase;
    friend detail::TaskCore &detail::runningTask();

    void adopt(const std::shared_ptr<detail::TaskCore> &task, CoroInfo info);
    void runMain(detail::TaskCore &main, bool thenCleanUp);
    void runOnce();
    void runCallbacks();
    void fireTimers();
    void dropStaleTimers();
    void step(detail::TaskCore &task);
    void finish(detail::TaskCore &task, bool cancelledBeforeStart);
    void schedule(detail::TaskCore &task);
    void detachWait(detail::TaskCore &task);
    void addTimer(detail::TaskCore &task, Clock::duration delay);
    bool cancelTask(detail::TaskCore &task);
    void cancelRemaining();
    // Not `emit`: Qt defines that as a macro, which would break any file that
    // includes a Qt header first.
    void report(LoopEvent::Kind kind, const detail::TaskCore &task, Clock::time_point start, Clock::time_point end);
    bool observesDetail() const noexcept { return detail_ == LoopDetail::Full && observer_; }
    void noteReadyQueue(const detail::TaskCore &task);
    std::int64_t sinceOrigin(Clock::time_point t) const noexcept;

    std::shared_ptr<detail::LoopInbox> inbox_;
    std::vector<std::shared_ptr<detail::TaskCore>> tasks_; // every pending task
    std::vector<detail::TaskCore *> ready_;                // next iteration
    std::vector<detail::TaskCore *> stepping_;             // this iteration
    detail::TimerHeap timers_;
    std::vector<std::function<void()>> callbacks_;
    detail::ThreadPerJob threads_;
    Observer observer_;
    LoopDetail detail_ = LoopDetail::Tasks;
    // LoopDetail::Full: tasks of this iteration not yet stepped, which still
    // wait in asyncio's ready deque.
    std::size_t steppingLeft_ = 0;
    Executor defaultExecutor_;
    Clock::time_point origin_;
    detail::TaskCore *current_ = nullptr;
    std::uint64_t taskCounter_ = 0;
    std::uint64_t iteration_ = 0;
    bool running_ = false;
};

template <typename T>
TaskHandle<T> EventLoop::createTask(Task<T> coro, CoroInfo info)
{
    auto core = std::make_shared<detail::TaskState<T>>(coro.release());
    adopt(core, std::move(info));
    return TaskHandle<T>(std::move(core));
}

template <typename T>
T EventLoop::run(Task<T> main, CoroInfo info)
{
    TaskHandle<T> handle = createTask(std::move(main), std::move(info));
    runMain(*handle.core(), true);
    return handle.result();
}

template <typename T>
T EventLoop::runUntilComplete(const TaskHandle<T> &task)
{
    runMain(*task.core(), false);
    return task.result();
}

// The loop running on this thread; throws std::logic_error outside one, as
// asyncio raises "no running event loop".
EventLoop &runningLoop();

// asyncio.create_task(), on the running loop.
template <typename T>
TaskHandle<T> createTask(Task<T> coro, CoroInfo info = {})
{
    return runningLoop().createTask(std::move(coro), std::move(info));
}

// asyncio.current_task().
TaskHandle<> currentTask();

} // namespace conlab::aio
