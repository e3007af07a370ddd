// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Tests for conlab::aio, the asyncio-like loop. QTest's macros `return` from
// the enclosing function, which a coroutine may not do, so the coroutines
// below only record what they see; the test functions check afterwards.

// Qt's headers first, on purpose: Qt defines `emit`, `signals` and `slots`
// as macros, and this order proves the loop's headers use none of them.
#include <QObject>
#include <QStringList>
#include <QTest>

#include "core/eventloop/aio.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <semaphore>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace conlab;
using aio::CancelledError;
using aio::CoroInfo;
using aio::EventLoop;
using aio::Future;
using aio::LoopEvent;
using aio::Task;
using aio::TaskHandle;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QStringList qsl(const std::vector<std::string> &v)
{
    QStringList out;
    for (const auto &s : v)
        out << qs(s);
    return out;
}

// Counts coroutine frames alive. Passed by value as a coroutine parameter:
// the frame's copy of a parameter lives exactly as long as the frame, while
// a body local would die when the body ends, before the frame does. Only
// copies count: the caller's default-argument temporary may outlive the call
// (it lives to the end of `loop.run(...)` or of a suspended `co_await f()`).
struct FrameToken
{
    static inline int count = 0;
    FrameToken() = default;
    FrameToken(const FrameToken &) : counted(true) { ++count; }
    FrameToken(FrameToken &&) noexcept : counted(true) { ++count; }
    FrameToken &operator=(const FrameToken &) = delete;
    ~FrameToken()
    {
        if (counted)
            --count;
    }
    bool counted = false;
};

// ---- small coroutines -------------------------------------------------------

Task<int> answer()
{
    co_return 42;
}

Task<int> fails()
{
    throw std::runtime_error("boom");
    co_return 0;
}

template <typename T>
Task<T> valueTask(T v)
{
    co_return v;
}

Task<void> twoSteps()
{
    co_await aio::sleep(0);
}

Task<void> stepper(std::string name, int steps, std::vector<std::string> &log)
{
    for (int i = 0; i < steps; ++i) {
        log.push_back(name + std::to_string(i));
        co_await aio::sleep(0);
    }
}

Task<void> interleaveMain(int tasks, int steps, std::vector<std::string> &log)
{
    std::vector<TaskHandle<>> handles;
    for (int t = 0; t < tasks; ++t) {
        const std::string name(1, static_cast<char>('A' + t));
        handles.push_back(aio::createTask(stepper(name, steps, log), CoroInfo{"stepper", {}}));
    }
    for (auto &h : handles)
        co_await h;
}

// ---- create_task does not run the child before the caller's next await ----

Task<void> appendTo(std::vector<std::string> &log, std::string what)
{
    log.push_back(std::move(what));
    co_return;
}

Task<void> createTaskMain(std::vector<std::string> &log, std::string &reprAtCreation)
{
    auto child = aio::createTask(appendTo(log, "child"), CoroInfo{"appendTo", {}});
    log.push_back("caller after create_task");
    for (int i = 0; i < 1000; ++i) {
    } // still no await: the child must wait
    reprAtCreation = child.repr();
    log.push_back("caller before await");
    co_await aio::sleep(0);
    log.push_back("caller after await");
}

// ---- sleep(0) is worth one iteration ----------------------------------------

Task<void> iterationCounter(EventLoop &loop, std::vector<std::uint64_t> &deltas)
{
    for (int i = 0; i < 5; ++i) {
        const auto before = loop.iteration();
        co_await aio::sleep(0);
        deltas.push_back(loop.iteration() - before);
    }
}

// ---- timers ----------------------------------------------------------------

Task<void> sleeper(std::string name, int ms, Clock::time_point t0, std::vector<std::string> &order,
                   std::map<std::string, Clock::duration> &woke)
{
    co_await aio::sleep(std::chrono::milliseconds(ms));
    woke[name] = Clock::now() - t0;
    order.push_back(name);
}

Task<void> timersMain(std::vector<int> delaysMs, std::vector<std::string> &order,
                      std::map<std::string, Clock::duration> &woke)
{
    const auto t0 = Clock::now();
    std::vector<TaskHandle<>> handles;
    for (std::size_t i = 0; i < delaysMs.size(); ++i) {
        const std::string name(1, static_cast<char>('A' + i));
        handles.push_back(aio::createTask(sleeper(name, delaysMs[i], t0, order, woke), CoroInfo{"sleeper", {}}));
    }
    for (auto &h : handles)
        co_await h;
}

// ---- cancellation -----------------------------------------------------------

enum class AwaitKind { SleepZero, SleepLong, NestedSleep, Future, OtherTask };

struct CancelProbe
{
    std::string where;          // the last marker the victim passed
    bool caughtAtAwait = false; // CancelledError surfaced from the await
    bool passedAwait = false;   // the code after the await ran (must not)
};

Task<int> nestedLongSleep(CancelProbe &probe)
{
    probe.where = "nested, before await";
    co_await aio::sleep(10);
    probe.where = "nested, after await";
    co_return 1;
}

Task<void> longSleeper()
{
    co_await aio::sleep(10);
}

Task<void> victim(AwaitKind kind, Future<int> future, TaskHandle<> other, CancelProbe &probe)
{
    probe.where = "before await";
    try {
        switch (kind) {
        case AwaitKind::SleepZero: co_await aio::sleep(0); break;
        case AwaitKind::SleepLong: co_await aio::sleep(10); break;
        case AwaitKind::NestedSleep: co_await nestedLongSleep(probe); break;
        case AwaitKind::Future: co_await future; break;
        case AwaitKind::OtherTask: co_await other; break;
        }
        probe.passedAwait = true;
    } catch (const CancelledError &) {
        probe.caughtAtAwait = true;
        throw;
    }
}

struct CancelOutcome
{
    std::string reprBeforeCancel;
    bool cancelReturned = false;
    bool awaitRaisedCancelled = false;
    bool victimCancelled = false;
    bool otherCancelled = false;
    bool futureCancelled = false;
    Clock::duration elapsed{};
};

Task<void> cancelMain(EventLoop &loop, AwaitKind kind, CancelProbe &probe, CancelOutcome &out)
{
    Future<int> future(loop);
    TaskHandle<> other = aio::createTask(longSleeper(), CoroInfo{"longSleeper", {}});
    auto v = aio::createTask(victim(kind, future, other, probe), CoroInfo{"victim", "victim.py:1"});
    co_await aio::sleep(0); // the victim runs up to its await
    const auto t0 = Clock::now();
    out.reprBeforeCancel = v.repr();
    out.cancelReturned = v.cancel();
    try {
        co_await v;
    } catch (const CancelledError &) {
        out.awaitRaisedCancelled = true;
    }
    out.elapsed = Clock::now() - t0;
    out.victimCancelled = v.cancelled();
    out.otherCancelled = other.cancelled();
    out.futureCancelled = future.cancelled();
    other.cancel();
}

// The spinner of the book's spinner_async.py: cancel ends it at its await,
// and it may clean up. `swallow` decides whether it lets the error go.
Task<void> spin(int &frames, bool &cleanedUp, bool swallow)
{
    try {
        for (;;) {
            ++frames;
            co_await aio::sleep(0.01);
        }
    } catch (const CancelledError &) {
        cleanedUp = true;
        if (!swallow)
            throw;
    }
}

Task<void> cancelSpinMain(int &frames, bool &cleanedUp, bool swallow, TaskHandle<> &spinner)
{
    spinner = aio::createTask(spin(frames, cleanedUp, swallow), CoroInfo{"spin", "spinner_async.py:13"});
    co_await aio::sleep(0.05);
    spinner.cancel();
    try {
        co_await spinner;
    } catch (const CancelledError &) {
    }
}

Task<void> neverRuns(bool &ran)
{
    ran = true;
    co_return;
}

Task<void> cancelBeforeStartMain(bool &ran, bool &awaitRaised, TaskHandle<> &child)
{
    child = aio::createTask(neverRuns(ran), CoroInfo{"neverRuns", {}});
    child.cancel();
    try {
        co_await child;
    } catch (const CancelledError &) {
        awaitRaised = true;
    }
}

Task<int> cancelsItselfWithoutAwaiting()
{
    aio::currentTask().cancel();
    int sum = 0;
    for (int i = 1; i <= 10; ++i)
        sum += i;
    co_return sum;
}

Task<int> swallowingInner()
{
    try {
        co_await aio::sleep(10);
    } catch (const CancelledError &) {
    }
    co_return 7;
}

Task<int> outerAwaitingInner(TaskHandle<int> inner)
{
    co_return co_await inner;
}

Task<void> forwardMain(int &outerResult, bool &outerCancelled, bool &innerCancelled)
{
    auto inner = aio::createTask(swallowingInner(), CoroInfo{"inner", {}});
    auto outer = aio::createTask(outerAwaitingInner(inner), CoroInfo{"outer", {}});
    co_await aio::sleep(0);
    outer.cancel();
    // As in asyncio: the cancel went to the inner task, which swallowed it,
    // so the outer task receives the inner result and is not cancelled.
    outerResult = co_await outer;
    outerCancelled = outer.cancelled();
    innerCancelled = inner.cancelled();
}

// ---- blocking calls ----------------------------------------------------------

Task<int> slowBlocking(std::chrono::milliseconds block)
{
    std::this_thread::sleep_for(block); // the mistake the lesson shows
    co_return 42;
}

Task<int> supervisorS4(int &frames, bool &cleanedUp, TaskHandle<> &spinner, std::string &spinnerRepr)
{
    spinner = aio::createTask(spin(frames, cleanedUp, false), CoroInfo{"spin", "spinner_async.py:13"});
    spinnerRepr = spinner.repr();
    const int result = co_await slowBlocking(300ms);
    spinner.cancel();
    co_return result;
}

Task<int> supervisorBlockingWhileSpinning(EventLoop &loop, int &frames, bool &cleanedUp, std::int64_t &blockStartNs,
                                          std::int64_t &blockEndNs)
{
    auto spinner = aio::createTask(spin(frames, cleanedUp, false), CoroInfo{"spin", "spinner_async.py:13"});
    co_await aio::sleep(0.05); // the spinner draws a few frames
    blockStartNs = (Clock::now() - loop.clockOrigin()).count();
    std::this_thread::sleep_for(300ms);
    blockEndNs = (Clock::now() - loop.clockOrigin()).count();
    co_await aio::sleep(0.05);
    spinner.cancel();
    co_return 42;
}

// ---- awaiting tasks and coroutines ----------------------------------------------

Task<int> awaitHandleMain(bool failing)
{
    auto h = aio::createTask(failing ? fails() : answer(), CoroInfo{failing ? "fails" : "answer", {}});
    co_return co_await h;
}

Task<int> awaitCoroutineMain(bool failing)
{
    const int v = failing ? co_await fails() : co_await answer();
    co_return v + 1;
}

// ---- futures and executors -----------------------------------------------------------

Task<int> awaitThreadResolved(EventLoop &loop, std::thread &resolver, std::thread::id &resumedOn)
{
    Future<int> future(loop);
    resolver = std::thread([future]() mutable { future.setResult(42); });
    const int v = co_await future;
    resumedOn = std::this_thread::get_id();
    co_return v;
}

Task<int> awaitExecutor(bool failing, std::thread::id &ranOn)
{
    co_return co_await aio::runInExecutor([failing, &ranOn] {
        ranOn = std::this_thread::get_id();
        if (failing)
            throw std::runtime_error("worker failed");
        return 6 * 7;
    });
}

Task<int> awaitCustomExecutor(std::vector<std::thread> &threads, int &jobsSubmitted)
{
    EventLoop::Executor executor = [&](std::function<void()> job) {
        ++jobsSubmitted;
        threads.emplace_back(std::move(job));
    };
    const int a = co_await aio::runInExecutor(executor, [] { return 40; });
    const int b = co_await aio::runInExecutor(executor, [] { return 2; });
    co_return a + b;
}

Task<void> awaitFutureForever(Future<int> future, CancelProbe &probe)
{
    probe.where = "before await";
    try {
        co_await future;
        probe.passedAwait = true;
    } catch (const CancelledError &) {
        probe.caughtAtAwait = true;
        throw;
    }
}

Task<void> cancelFutureWaiterMain(EventLoop &loop, CancelProbe &probe, bool &lateSetResult, bool &futureCancelled,
                                  bool &victimCancelled)
{
    Future<int> future(loop);
    auto v = aio::createTask(awaitFutureForever(future, probe), CoroInfo{"awaitFutureForever", {}});
    co_await aio::sleep(0);
    v.cancel();
    try {
        co_await v;
    } catch (const CancelledError &) {
    }
    futureCancelled = future.cancelled();
    victimCancelled = v.cancelled();
    // A result arriving from a worker after the cancel is dropped.
    std::thread late([future, &lateSetResult]() mutable { lateSetResult = future.setResult(1); });
    late.join();
}

Task<void> awaitBlockedJob(std::binary_semaphore &gate, CancelProbe &probe)
{
    probe.where = "before await";
    try {
        co_await aio::runInExecutor([&gate] {
            gate.acquire();
            return 1;
        });
        probe.passedAwait = true;
    } catch (const CancelledError &) {
        probe.caughtAtAwait = true;
        throw;
    }
}

Task<void> cancelExecutorWaiterMain(std::binary_semaphore &gate, CancelProbe &probe, bool &victimCancelled)
{
    auto v = aio::createTask(awaitBlockedJob(gate, probe), CoroInfo{"awaitBlockedJob", {}});
    co_await aio::sleep(0);
    v.cancel();
    try {
        co_await v;
    } catch (const CancelledError &) {
    }
    victimCancelled = v.cancelled();
    gate.release(); // let the worker end; run() joins it
}

// ---- leaks -----------------------------------------------------------------------------

Task<void> aliveSleeper(double seconds, FrameToken = {})
{
    co_await aio::sleep(seconds);
}

Task<int> aliveNested(Future<int> future, FrameToken = {})
{
    co_return co_await future;
}

Task<void> aliveOuter(Future<int> future, FrameToken = {})
{
    co_await aliveNested(future);
}

Task<void> aliveAwaitsTask(TaskHandle<> other, FrameToken = {})
{
    co_await other;
}

Task<void> aliveMain(EventLoop &loop, int &framesAfterChildDone, FrameToken = {})
{
    Future<int> future(loop);
    auto child = aio::createTask(aliveSleeper(0), CoroInfo{"aliveSleeper", {}});
    co_await child;
    // The handle is still held, but the finished child's frame is gone.
    framesAfterChildDone = FrameToken::count;
    auto longOne = aio::createTask(aliveSleeper(10), CoroInfo{"aliveSleeper", {}});
    aio::createTask(aliveOuter(future), CoroInfo{"aliveOuter", {}});
    aio::createTask(aliveAwaitsTask(longOne), CoroInfo{"aliveAwaitsTask", {}});
    co_await aio::sleep(0); // the three park: on a timer, a future, a task
}

Task<void> aliveThrows(FrameToken = {})
{
    co_await aio::sleep(0);
    throw std::runtime_error("boom");
}

// ---- observer --------------------------------------------------------------------------

Task<void> observedMain()
{
    std::vector<std::string> log;
    auto a = aio::createTask(stepper("A", 3, log), CoroInfo{"stepper", {}});
    auto b = aio::createTask(longSleeper(), CoroInfo{"longSleeper", {}});
    co_await a;
    co_await aio::sleep(0.01);
    b.cancel();
}

// ---- switch cost ---------------------------------------------------------------------

Task<void> yielder(int n)
{
    for (int i = 0; i < n; ++i)
        co_await aio::sleep(0);
}

Task<void> switchMain(int n)
{
    auto a = aio::createTask(yielder(n), CoroInfo{"yielder", {}});
    auto b = aio::createTask(yielder(n), CoroInfo{"yielder", {}});
    co_await a;
    co_await b;
}

} // namespace

Q_DECLARE_METATYPE(AwaitKind)

class TestEventLoop : public QObject
{
    Q_OBJECT

private slots:
    void runReturnsValueOrRethrows();
    void taskNamesCountUpPerLoop();
    void freeFunctionsNeedARunningLoop();
    void createTaskDoesNotRunBeforeCallerAwaits();
    void sleepZeroInterleaves_data();
    void sleepZeroInterleaves();
    void sleepZeroIsOneIteration();
    void sleepTimersWakeInDeadlineOrder_data();
    void sleepTimersWakeInDeadlineOrder();
    void cancelRaisesAtTheAwait_data();
    void cancelRaisesAtTheAwait();
    void cancelledCoroutineRunsCleanup_data();
    void cancelledCoroutineRunsCleanup();
    void cancelBeforeFirstStepSkipsTheBody();
    void taskThatNeverAwaitsCannotBeCancelled();
    void cancelGoesToTheAwaitedTask();
    void runCancelsRemainingTasks();
    void blockingCallBeforeSpinnerStarts();
    void blockingCallStallsRunningSpinner();
    void reprInThreeStates();
    void reprOfResults_data();
    void reprOfResults();
    void awaitingTaskReturnsValueOrRethrows_data();
    void awaitingTaskReturnsValueOrRethrows();
    void futureResolvedFromAnotherThreadWakesLoop();
    void runInExecutorDefaultThread_data();
    void runInExecutorDefaultThread();
    void runInExecutorCustomExecutor();
    void cancelTaskAwaitingFuture();
    void cancelTaskAwaitingExecutorJob();
    void observerSeesSaneSteps();
    void fullDetailShowsQueueTimersAndCancel();
    void noLeakedFrames_data();
    void noLeakedFrames();
    void switchCost();
};

void TestEventLoop::runReturnsValueOrRethrows()
{
    EventLoop loop;
    QCOMPARE(loop.run(answer()), 42);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.run(fails()));
    QCOMPARE(loop.pendingTaskCount(), std::size_t(0));
}

void TestEventLoop::taskNamesCountUpPerLoop()
{
    EventLoop loop;
    std::vector<std::string> names;
    loop.setObserver([&](const LoopEvent &e) {
        if (e.kind == LoopEvent::Kind::TaskCreated)
            names.push_back(e.taskName);
    });
    std::vector<std::string> log;
    loop.run(interleaveMain(2, 1, log));
    loop.run(answer());
    QCOMPARE(qsl(names), (QStringList{u"Task-1"_s, u"Task-2"_s, u"Task-3"_s, u"Task-4"_s}));

    EventLoop fresh; // a new loop counts from 1 again, as asyncio.run does
    auto h = fresh.createTask(answer());
    QCOMPARE(qs(h.name()), u"Task-1"_s);
}

void TestEventLoop::freeFunctionsNeedARunningLoop()
{
    QCOMPARE(EventLoop::current(), nullptr);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, aio::createTask(answer()));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, aio::currentTask());
}

void TestEventLoop::createTaskDoesNotRunBeforeCallerAwaits()
{
    EventLoop loop;
    std::vector<std::string> log;
    std::string reprAtCreation;
    loop.run(createTaskMain(log, reprAtCreation));
    QCOMPARE(qsl(log),
             (QStringList{u"caller after create_task"_s, u"caller before await"_s, u"child"_s,
                          u"caller after await"_s}));
    QCOMPARE(qs(reprAtCreation), u"<Task pending name='Task-2' coro=<appendTo() running>>"_s);
}

void TestEventLoop::sleepZeroInterleaves_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("one task") << 1 << 3 << QStringList{u"A0"_s, u"A1"_s, u"A2"_s};
    QTest::addRow("two tasks") << 2 << 3 << QStringList{u"A0"_s, u"B0"_s, u"A1"_s, u"B1"_s, u"A2"_s, u"B2"_s};
    QTest::addRow("three tasks") << 3 << 2 << QStringList{u"A0"_s, u"B0"_s, u"C0"_s, u"A1"_s, u"B1"_s, u"C1"_s};
}

void TestEventLoop::sleepZeroInterleaves()
{
    QFETCH(int, tasks);
    QFETCH(int, steps);
    QFETCH(QStringList, expected);
    EventLoop loop;
    std::vector<std::string> log;
    std::vector<std::pair<std::string, std::uint64_t>> stepIterations;
    loop.setObserver([&](const LoopEvent &e) {
        if (e.kind == LoopEvent::Kind::TaskStep && e.coroName == "stepper")
            stepIterations.emplace_back(e.taskName, e.iteration);
    });
    loop.run(interleaveMain(tasks, steps, log));
    QCOMPARE(qsl(log), expected);
    // Each stepper steps once per iteration, in consecutive iterations.
    std::map<std::string, std::vector<std::uint64_t>> perTask;
    for (const auto &[name, it] : stepIterations)
        perTask[name].push_back(it);
    QCOMPARE(int(perTask.size()), tasks);
    for (const auto &[name, its] : perTask) {
        QCOMPARE(int(its.size()), steps + 1); // n awaits -> n + 1 resumptions
        for (std::size_t i = 1; i < its.size(); ++i)
            QCOMPARE(its[i], its[i - 1] + 1);
    }
}

void TestEventLoop::sleepZeroIsOneIteration()
{
    EventLoop loop;
    std::vector<std::uint64_t> deltas;
    loop.run(iterationCounter(loop, deltas));
    QCOMPARE(deltas, (std::vector<std::uint64_t>{1, 1, 1, 1, 1}));
}

void TestEventLoop::sleepTimersWakeInDeadlineOrder_data()
{
    QTest::addColumn<QList<int>>("delaysMs");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("reverse") << QList<int>{90, 60, 30} << QStringList{u"C"_s, u"B"_s, u"A"_s};
    QTest::addRow("mixed") << QList<int>{60, 0, 120, 30} << QStringList{u"B"_s, u"D"_s, u"A"_s, u"C"_s};
    QTest::addRow("equal delays keep creation order") << QList<int>{40, 40, 40} << QStringList{u"A"_s, u"B"_s, u"C"_s};
}

void TestEventLoop::sleepTimersWakeInDeadlineOrder()
{
    QFETCH(QList<int>, delaysMs);
    QFETCH(QStringList, expected);
    EventLoop loop;
    std::vector<std::string> order;
    std::map<std::string, Clock::duration> woke;
    loop.run(timersMain(std::vector<int>(delaysMs.begin(), delaysMs.end()), order, woke));
    QCOMPARE(qsl(order), expected);
    for (int i = 0; i < delaysMs.size(); ++i) {
        const std::string name(1, static_cast<char>('A' + i));
        const auto delay = std::chrono::milliseconds(delaysMs[i]);
        QVERIFY2(woke.at(name) >= delay, qPrintable(u"%1 woke early"_s.arg(qs(name))));
        QVERIFY2(woke.at(name) < delay + 2s, qPrintable(u"%1 woke very late"_s.arg(qs(name))));
    }
}

void TestEventLoop::cancelRaisesAtTheAwait_data()
{
    QTest::addColumn<AwaitKind>("kind");
    QTest::addColumn<QString>("where");
    QTest::addRow("sleep(0)") << AwaitKind::SleepZero << u"before await"_s;
    QTest::addRow("sleep(10)") << AwaitKind::SleepLong << u"before await"_s;
    QTest::addRow("sleep(10) in a nested coroutine") << AwaitKind::NestedSleep << u"nested, before await"_s;
    QTest::addRow("future") << AwaitKind::Future << u"before await"_s;
    QTest::addRow("another task") << AwaitKind::OtherTask << u"before await"_s;
}

void TestEventLoop::cancelRaisesAtTheAwait()
{
    QFETCH(AwaitKind, kind);
    QFETCH(QString, where);
    EventLoop loop;
    CancelProbe probe;
    CancelOutcome out;
    loop.run(cancelMain(loop, kind, probe, out));
    QCOMPARE(qs(out.reprBeforeCancel), u"<Task pending name='Task-3' coro=<victim() running at victim.py:1>>"_s);
    QVERIFY(out.cancelReturned);
    QCOMPARE(qs(probe.where), where);
    QVERIFY(probe.caughtAtAwait);
    QVERIFY(!probe.passedAwait);
    QVERIFY(out.awaitRaisedCancelled);
    QVERIFY(out.victimCancelled);
    // Woken at once, not when the 10 s timer would have fired.
    QVERIFY(out.elapsed < 5s);
    QCOMPARE(out.futureCancelled, kind == AwaitKind::Future);
    // asyncio forwards the cancel to the task being awaited.
    QCOMPARE(out.otherCancelled, kind == AwaitKind::OtherTask);
}

void TestEventLoop::cancelledCoroutineRunsCleanup_data()
{
    QTest::addColumn<bool>("swallow");
    QTest::addColumn<QString>("repr");
    QTest::addRow("cleans up, re-raises: cancelled")
        << false << u"<Task cancelled name='Task-2' coro=<spin() done, defined at spinner_async.py:13>>"_s;
    QTest::addRow("cleans up, returns: finished")
        << true << u"<Task finished name='Task-2' coro=<spin() done, defined at spinner_async.py:13> result=None>"_s;
}

void TestEventLoop::cancelledCoroutineRunsCleanup()
{
    QFETCH(bool, swallow);
    QFETCH(QString, repr);
    EventLoop loop;
    int frames = 0;
    bool cleanedUp = false;
    TaskHandle<> spinner;
    loop.run(cancelSpinMain(frames, cleanedUp, swallow, spinner));
    QVERIFY(cleanedUp);
    QVERIFY(frames >= 1);
    QVERIFY(spinner.done());
    QCOMPARE(spinner.cancelled(), !swallow);
    QCOMPARE(qs(spinner.repr()), repr);
}

void TestEventLoop::cancelBeforeFirstStepSkipsTheBody()
{
    EventLoop loop;
    std::vector<LoopEvent::Kind> childEvents;
    loop.setObserver([&](const LoopEvent &e) {
        if (e.taskName == "Task-2")
            childEvents.push_back(e.kind);
    });
    bool ran = false;
    bool awaitRaised = false;
    TaskHandle<> child;
    loop.run(cancelBeforeStartMain(ran, awaitRaised, child));
    QVERIFY(!ran);
    QVERIFY(awaitRaised);
    QVERIFY(child.cancelled());
    QVERIFY(!child.cancel()); // already done
    QVERIFY_THROWS_EXCEPTION(CancelledError, child.result());
    QCOMPARE(childEvents, (std::vector<LoopEvent::Kind>{LoopEvent::Kind::TaskCreated, LoopEvent::Kind::TaskCancelled}));
}

void TestEventLoop::taskThatNeverAwaitsCannotBeCancelled()
{
    EventLoop loop;
    QCOMPARE(loop.run(cancelsItselfWithoutAwaiting()), 55);
}

void TestEventLoop::cancelGoesToTheAwaitedTask()
{
    EventLoop loop;
    int outerResult = 0;
    bool outerCancelled = true;
    bool innerCancelled = true;
    loop.run(forwardMain(outerResult, outerCancelled, innerCancelled));
    QCOMPARE(outerResult, 7);
    QVERIFY(!outerCancelled);
    QVERIFY(!innerCancelled);
}

void TestEventLoop::runCancelsRemainingTasks()
{
    // main returns while the spinner still spins: run() cancels it and lets
    // its cleanup run, as asyncio.run does.
    struct Local
    {
        static Task<int> main(int &frames, bool &cleanedUp, TaskHandle<> &spinner)
        {
            spinner = aio::createTask(spin(frames, cleanedUp, false), CoroInfo{"spin", {}});
            co_await aio::sleep(0.03);
            co_return 1;
        }
    };
    EventLoop loop;
    int frames = 0;
    bool cleanedUp = false;
    TaskHandle<> spinner;
    QCOMPARE(loop.run(Local::main(frames, cleanedUp, spinner)), 1);
    QVERIFY(cleanedUp);
    QVERIFY(spinner.cancelled());
    QCOMPARE(loop.pendingTaskCount(), std::size_t(0));
}

void TestEventLoop::blockingCallBeforeSpinnerStarts()
{
    // S4 and S7: supervisor blocks before its first real await, so the
    // spinner never runs at all: no frame, no step, then cancelled.
    EventLoop loop;
    std::vector<LoopEvent> spinnerEvents;
    loop.setObserver([&](const LoopEvent &e) {
        if (e.coroName == "spin")
            spinnerEvents.push_back(e);
    });
    int frames = 0;
    bool cleanedUp = false;
    TaskHandle<> spinner;
    std::string spinnerRepr;
    const auto t0 = Clock::now();
    QCOMPARE(loop.run(supervisorS4(frames, cleanedUp, spinner, spinnerRepr)), 42);
    QVERIFY(Clock::now() - t0 >= 300ms);
    QCOMPARE(qs(spinnerRepr), u"<Task pending name='Task-2' coro=<spin() running at spinner_async.py:13>>"_s);
    QCOMPARE(frames, 0);
    QVERIFY(!cleanedUp); // its body never ran, so neither did its except clause
    QVERIFY(spinner.cancelled());
    QCOMPARE(int(spinnerEvents.size()), 2);
    QCOMPARE(spinnerEvents[0].kind, LoopEvent::Kind::TaskCreated);
    QCOMPARE(spinnerEvents[1].kind, LoopEvent::Kind::TaskCancelled);
}

void TestEventLoop::blockingCallStallsRunningSpinner()
{
    EventLoop loop;
    std::vector<LoopEvent> spinnerSteps;
    loop.setObserver([&](const LoopEvent &e) {
        if (e.coroName == "spin" && e.kind == LoopEvent::Kind::TaskStep)
            spinnerSteps.push_back(e);
    });
    int frames = 0;
    bool cleanedUp = false;
    std::int64_t blockStart = 0;
    std::int64_t blockEnd = 0;
    QCOMPARE(loop.run(supervisorBlockingWhileSpinning(loop, frames, cleanedUp, blockStart, blockEnd)), 42);
    QVERIFY(blockEnd - blockStart >= 300'000'000);
    QVERIFY(cleanedUp);
    int before = 0;
    int after = 0;
    for (const auto &s : spinnerSteps) {
        QVERIFY2(s.endNs <= blockStart || s.startNs >= blockEnd,
                 qPrintable(u"spinner stepped at %1 ns, inside the block [%2, %3]"_s.arg(s.startNs)
                                .arg(blockStart)
                                .arg(blockEnd)));
        (s.startNs < blockStart ? before : after) += 1;
    }
    QVERIFY(before >= 1);
    QVERIFY(after >= 1); // at least its cancellation step
}

void TestEventLoop::reprInThreeStates()
{
    EventLoop loop;
    auto h = loop.createTask(twoSteps(), CoroInfo{"spin", "spinner_async.py:13"});
    QCOMPARE(qs(h.repr()), u"<Task pending name='Task-1' coro=<spin() running at spinner_async.py:13>>"_s);
    loop.runUntilComplete(h);
    QCOMPARE(qs(h.repr()),
             u"<Task finished name='Task-1' coro=<spin() done, defined at spinner_async.py:13> result=None>"_s);

    auto c = loop.createTask(twoSteps(), CoroInfo{"spin", "spinner_async.py:13"});
    c.cancel();
    QVERIFY_THROWS_EXCEPTION(CancelledError, loop.runUntilComplete(c));
    QCOMPARE(qs(c.repr()), u"<Task cancelled name='Task-2' coro=<spin() done, defined at spinner_async.py:13>>"_s);
}

void TestEventLoop::reprOfResults_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("repr");
    QTest::addRow("int") << 0 << u"<Task finished name='Task-1' coro=<answer() done, defined at x.py:1> result=42>"_s;
    QTest::addRow("string")
        << 1 << u"<Task finished name='Task-1' coro=<answer() done, defined at x.py:1> result='forty-two'>"_s;
    QTest::addRow("double") << 2
                            << u"<Task finished name='Task-1' coro=<answer() done, defined at x.py:1> result=1.0>"_s;
    QTest::addRow("exception")
        << 3
        << u"<Task finished name='Task-1' coro=<answer() done, defined at x.py:1> exception=std::runtime_error('boom')>"_s;
}

void TestEventLoop::reprOfResults()
{
    QFETCH(int, which);
    QFETCH(QString, repr);
    EventLoop loop;
    const CoroInfo info{"answer", "x.py:1"};
    std::string got;
    switch (which) {
    case 0: {
        auto h = loop.createTask(answer(), info);
        loop.runUntilComplete(h);
        got = h.repr();
        break;
    }
    case 1: {
        auto h = loop.createTask(valueTask<std::string>("forty-two"), info);
        loop.runUntilComplete(h);
        got = h.repr();
        break;
    }
    case 2: {
        auto h = loop.createTask(valueTask<double>(1.0), info);
        loop.runUntilComplete(h);
        got = h.repr();
        break;
    }
    case 3: {
        auto h = loop.createTask(fails(), info);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.runUntilComplete(h));
        got = h.repr();
        break;
    }
    }
    QCOMPARE(qs(got), repr);
}

void TestEventLoop::awaitingTaskReturnsValueOrRethrows_data()
{
    QTest::addColumn<bool>("viaHandle");
    QTest::addColumn<bool>("failing");
    QTest::addRow("handle, value") << true << false;
    QTest::addRow("handle, exception") << true << true;
    QTest::addRow("coroutine, value") << false << false;
    QTest::addRow("coroutine, exception") << false << true;
}

void TestEventLoop::awaitingTaskReturnsValueOrRethrows()
{
    QFETCH(bool, viaHandle);
    QFETCH(bool, failing);
    EventLoop loop;
    const auto go = [&] {
        return viaHandle ? loop.run(awaitHandleMain(failing)) : loop.run(awaitCoroutineMain(failing));
    };
    if (failing) {
        try {
            go();
            QFAIL("no exception");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QByteArray(e.what()), QByteArrayLiteral("boom"));
        }
    } else {
        QCOMPARE(go(), viaHandle ? 42 : 43);
    }
}

void TestEventLoop::futureResolvedFromAnotherThreadWakesLoop()
{
    EventLoop loop;
    std::thread resolver;
    std::thread::id resumedOn;
    const auto iterationsBefore = loop.iteration();
    const int result = loop.run(awaitThreadResolved(loop, resolver, resumedOn));
    resolver.join(); // before any check: a failing QCOMPARE returns early
    QCOMPARE(result, 42);
    QCOMPARE(resumedOn, std::this_thread::get_id());
    // No timer is pending, so the loop slept on its condition variable until
    // the post: a polling loop would have spun many iterations.
    QVERIFY2(loop.iteration() - iterationsBefore <= 5,
             qPrintable(u"%1 iterations"_s.arg(loop.iteration() - iterationsBefore)));
}

void TestEventLoop::runInExecutorDefaultThread_data()
{
    QTest::addColumn<bool>("failing");
    QTest::addRow("value") << false;
    QTest::addRow("exception") << true;
}

void TestEventLoop::runInExecutorDefaultThread()
{
    QFETCH(bool, failing);
    EventLoop loop;
    std::thread::id ranOn;
    if (failing) {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.run(awaitExecutor(true, ranOn)));
    } else {
        QCOMPARE(loop.run(awaitExecutor(false, ranOn)), 42);
    }
    QVERIFY(ranOn != std::thread::id());
    QVERIFY(ranOn != std::this_thread::get_id());
}

void TestEventLoop::runInExecutorCustomExecutor()
{
    EventLoop loop;
    std::vector<std::thread> threads;
    int jobsSubmitted = 0;
    const int result = loop.run(awaitCustomExecutor(threads, jobsSubmitted));
    for (auto &t : threads)
        t.join(); // before any check: a failing QCOMPARE returns early
    QCOMPARE(result, 42);
    QCOMPARE(jobsSubmitted, 2);
}

void TestEventLoop::cancelTaskAwaitingFuture()
{
    EventLoop loop;
    CancelProbe probe;
    bool lateSetResult = true;
    bool futureCancelled = false;
    bool victimCancelled = false;
    loop.run(cancelFutureWaiterMain(loop, probe, lateSetResult, futureCancelled, victimCancelled));
    QCOMPARE(qs(probe.where), u"before await"_s);
    QVERIFY(probe.caughtAtAwait);
    QVERIFY(!probe.passedAwait);
    QVERIFY(futureCancelled);
    QVERIFY(victimCancelled);
    QVERIFY(!lateSetResult);
}

void TestEventLoop::cancelTaskAwaitingExecutorJob()
{
    EventLoop loop;
    std::binary_semaphore gate(0);
    CancelProbe probe;
    bool victimCancelled = false;
    loop.run(cancelExecutorWaiterMain(gate, probe, victimCancelled));
    QVERIFY(probe.caughtAtAwait);
    QVERIFY(!probe.passedAwait);
    QVERIFY(victimCancelled);
}

void TestEventLoop::observerSeesSaneSteps()
{
    EventLoop loop;
    const auto origin = Clock::now();
    loop.setClockOrigin(origin);
    std::vector<LoopEvent> events;
    loop.setObserver([&](const LoopEvent &e) { events.push_back(e); });
    loop.run(observedMain());
    const std::int64_t wall = (Clock::now() - origin).count();

    QVERIFY(!events.empty());
    QCOMPARE(events.front().kind, LoopEvent::Kind::TaskCreated);
    QCOMPARE(qs(events.front().taskName), u"Task-1"_s);

    std::map<std::string, std::vector<LoopEvent>> perTask;
    const LoopEvent *previousStep = nullptr;
    for (const auto &e : events) {
        perTask[e.taskName].push_back(e);
        QVERIFY(e.startNs >= 0);
        QVERIFY(e.endNs >= e.startNs);
        QVERIFY(e.endNs <= wall);
        if (e.kind != LoopEvent::Kind::TaskStep) {
            QCOMPARE(e.endNs, e.startNs);
            continue;
        }
        if (previousStep) {
            // One thread: steps never overlap, and come in iteration order.
            QVERIFY(previousStep->endNs <= e.startNs);
            QVERIFY(previousStep->iteration <= e.iteration);
        }
        previousStep = &e;
    }
    QCOMPARE(int(perTask.size()), 3);
    for (const auto &[name, list] : perTask) {
        QCOMPARE(list.front().kind, LoopEvent::Kind::TaskCreated);
        QVERIFY(list.back().kind == LoopEvent::Kind::TaskDone || list.back().kind == LoopEvent::Kind::TaskCancelled);
        for (std::size_t i = 1; i + 1 < list.size(); ++i)
            QCOMPARE(list[i].kind, LoopEvent::Kind::TaskStep);
        QVERIFY(list.front().startNs <= list[1].startNs);
        QVERIFY(list[list.size() - 2].endNs <= list.back().startNs);
    }
    // main: its start, the wake when A is done, the wake after sleep(0.01).
    QCOMPARE(int(perTask.at("Task-1").size()), 1 + 3 + 1);
    QCOMPARE(perTask.at("Task-1").back().kind, LoopEvent::Kind::TaskDone);
    // stepper A: 3 awaits => 4 steps.
    QCOMPARE(int(perTask.at("Task-2").size()), 1 + 4 + 1);
    QCOMPARE(qs(perTask.at("Task-2")[1].coroName), u"stepper"_s);
    // longSleeper: started, then woken by the cancel.
    QCOMPARE(int(perTask.at("Task-3").size()), 1 + 2 + 1);
    QCOMPARE(perTask.at("Task-3").back().kind, LoopEvent::Kind::TaskCancelled);
    // main slept 10 ms between its second and third step.
    QVERIFY(perTask.at("Task-1")[3].startNs - perTask.at("Task-1")[2].endNs >= 10'000'000);
}

// The detail a loop view draws: never sent unless asked for (the test
// above sees only the four task kinds), and consistent when it is.
void TestEventLoop::fullDetailShowsQueueTimersAndCancel()
{
    EventLoop loop;
    loop.setClockOrigin(Clock::now());
    std::vector<LoopEvent> events;
    loop.setObserver([&](const LoopEvent &e) { events.push_back(e); }, aio::LoopDetail::Full);
    loop.run(observedMain());

    std::map<std::string, std::vector<LoopEvent>> perTask;
    std::vector<LoopEvent> queue;
    for (const auto &e : events) {
        if (e.kind == LoopEvent::Kind::ReadyQueue)
            queue.push_back(e);
        else
            perTask[e.taskName].push_back(e);
    }
    const auto kinds = [&perTask](const std::string &task, LoopEvent::Kind kind) {
        std::vector<LoopEvent> out;
        for (const auto &e : perTask[task])
            if (e.kind == kind)
                out.push_back(e);
        return out;
    };

    // Every step is announced when it starts, at the time the step reports.
    for (const std::string task : {"Task-1", "Task-2", "Task-3"}) {
        const auto started = kinds(task, LoopEvent::Kind::StepStarted);
        const auto steps = kinds(task, LoopEvent::Kind::TaskStep);
        QCOMPARE(started.size(), steps.size());
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(started[i].startNs, steps[i].startNs);
    }

    // The queue: main alone at first, then main's two children waiting
    // together (A and longSleeper), empty at the end. Each sample names the
    // task that joined (the length grew) or left for its step.
    QVERIFY(queue.size() >= 4);
    QCOMPARE(queue.front().queued, 1u);
    QCOMPARE(queue.back().queued, 0u);
    std::uint32_t most = 0;
    std::map<std::string, int> inQueue;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        QVERIFY(queue[i].taskId > 0);
        most = std::max(most, queue[i].queued);
        const std::uint32_t before = i > 0 ? queue[i - 1].queued : 0;
        QVERIFY(queue[i].queued == before + 1 || queue[i].queued + 1 == before);
        inQueue[queue[i].taskName] += queue[i].queued > before ? 1 : -1;
        QVERIFY(inQueue[queue[i].taskName] == 0 || inQueue[queue[i].taskName] == 1);
        if (i > 0)
            QVERIFY(queue[i].startNs >= queue[i - 1].startNs);
    }
    QCOMPARE(most, 2u);
    // Every task that joined also left: each step started from the queue.
    for (const auto &[task, n] : inQueue)
        QCOMPARE(n, 0);

    // main's sleep(0.01): armed for 10 ms, fired no sooner.
    const auto armed = kinds("Task-1", LoopEvent::Kind::TimerScheduled);
    const auto fired = kinds("Task-1", LoopEvent::Kind::TimerFired);
    QCOMPARE(armed.size(), std::size_t(1));
    QCOMPARE(fired.size(), std::size_t(1));
    QCOMPARE(armed[0].endNs - armed[0].startNs, std::int64_t(10'000'000));
    QVERIFY(fired[0].startNs >= armed[0].endNs);
    // sleep(0) arms no timer: stepper A only yields.
    QVERIFY(kinds("Task-2", LoopEvent::Kind::TimerScheduled).empty());

    // longSleeper's sleep(10) is cut short by cancel(): the cancel, then
    // its timer's end, then the step that raises CancelledError.
    const auto &sleeper = perTask["Task-3"];
    const auto at = [&sleeper](LoopEvent::Kind kind) {
        return std::find_if(sleeper.begin(), sleeper.end(), [kind](const LoopEvent &e) { return e.kind == kind; })
            - sleeper.begin();
    };
    const auto n = static_cast<std::ptrdiff_t>(sleeper.size());
    QVERIFY(at(LoopEvent::Kind::TimerScheduled) < at(LoopEvent::Kind::CancelRequested));
    QVERIFY(at(LoopEvent::Kind::CancelRequested) < at(LoopEvent::Kind::TimerCancelled));
    QVERIFY(at(LoopEvent::Kind::TimerCancelled) < n);
    QCOMPARE(sleeper.back().kind, LoopEvent::Kind::TaskCancelled);
    QVERIFY(kinds("Task-3", LoopEvent::Kind::TimerFired).empty());
    QCOMPARE(kinds("Task-3", LoopEvent::Kind::TimerScheduled)[0].endNs
                 - kinds("Task-3", LoopEvent::Kind::TimerScheduled)[0].startNs,
             std::int64_t(10'000'000'000));
    // main's b.cancel(), then asyncio.run's own when main ends with b still
    // pending: two calls, each reported.
    QCOMPARE(kinds("Task-3", LoopEvent::Kind::CancelRequested).size(), std::size_t(2));
}

void TestEventLoop::noLeakedFrames_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addRow("run cancels and cleans the rest") << 0;
    QTest::addRow("loop destroyed with suspended tasks") << 1;
    QTest::addRow("loop destroyed with tasks never started") << 2;
    QTest::addRow("task raises") << 3;
}

void TestEventLoop::noLeakedFrames()
{
    QFETCH(int, scenario);
    QCOMPARE(FrameToken::count, 0);
    TaskHandle<> survivor;
    {
        EventLoop loop;
        int framesAfterChildDone = -1;
        switch (scenario) {
        case 0:
            loop.run(aliveMain(loop, framesAfterChildDone));
            QCOMPARE(framesAfterChildDone, 1);
            QCOMPARE(loop.pendingTaskCount(), std::size_t(0));
            QCOMPARE(FrameToken::count, 0);
            break;
        case 1: {
            auto main = loop.createTask(aliveMain(loop, framesAfterChildDone));
            loop.runUntilComplete(main);
            QCOMPARE(framesAfterChildDone, 1);
            // aliveSleeper(10); aliveOuter and its aliveNested; aliveAwaitsTask
            QCOMPARE(FrameToken::count, 4);
            QCOMPARE(loop.pendingTaskCount(), std::size_t(3));
            break;
        }
        case 2:
            survivor = loop.createTask(aliveSleeper(10));
            loop.createTask(aliveSleeper(10));
            QCOMPARE(FrameToken::count, 2); // created, never started
            break;
        case 3:
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, loop.run(aliveThrows()));
            QCOMPARE(FrameToken::count, 0);
            break;
        }
    }
    QCOMPARE(FrameToken::count, 0);
    if (survivor) {
        // A handle that outlives its loop reports the task as cancelled, and
        // did not keep the frame alive.
        QVERIFY(survivor.cancelled());
        QVERIFY(!survivor.cancel());
    }
}

void TestEventLoop::switchCost()
{
    // Informational: two tasks doing sleep(0) in turn. The bound is loose
    // on purpose (sanitizer builds, loaded CI); the message has the number.
    constexpr int n = 200'000;
    EventLoop loop;
    const auto t0 = Clock::now();
    loop.run(switchMain(n));
    const auto ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / (2.0 * n);
    qInfo("sleep(0) round trip: %.1f ns per task switch", ns);
    QVERIFY(ns < 20'000);
}

QTEST_GUILESS_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
