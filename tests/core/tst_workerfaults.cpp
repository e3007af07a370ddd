// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Worker crash recovery (issue 6, "Faults"): a worker process that dies,
// garbles its output or hangs is replaced and its number retried; a number
// that costs three workers in a row fails the run, naming the number. And a
// worker leaves by itself when its parent's end of the channel closes.
#include "../common/proctools.h"
#include "../common/resultcheck.h"
#include "core/numbers/sample.h"
#include "core/pace/pace.h"
#include "core/primes/primesrun.h"
#include "core/process/jobwatchdog.h"
#include "core/process/workerlocator.h"
#include "core/process/workerprocess.h"
#include "core/spinner/spinnerrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace conlab;
using conlab::testing::answers;
using conlab::testing::numbersOf;
using conlab::testing::sorted;

Q_DECLARE_METATYPE(conlab::PrimesModel)

namespace {

struct Collected
{
    RunSummary summary;
    std::vector<PrimeResult> results;
    std::vector<WorkerCrash> observed; // through the fault observer
    qint64 ms = 0;
};

Collected runModel(PrimesConfig cfg, const std::function<void(const PrimeResult &)> &also = {})
{
    Collected c;
    std::mutex mutex;
    PrimesRun run(std::move(cfg));
    run.setFaultObserver([&](const WorkerCrash &crash) {
        std::lock_guard lock(mutex);
        c.observed.push_back(crash);
    });
    QElapsedTimer timer;
    timer.start();
    c.summary = run.exec([&](const PrimeResult &r) {
        c.results.push_back(r);
        if (also)
            also(r);
    });
    c.ms = timer.elapsed();
    return c;
}

// Quick numbers (a few ms each at native pace), primes and not.
std::vector<std::uint64_t> quickNumbers()
{
    std::vector<std::uint64_t> ns{2, 3, 4, 97, 1'000'003, 999'999'937};
    for (std::uint64_t k = 0; k < 30; ++k)
        ns.push_back(10'000'000'019ull + 2 * k);
    return ns;
}

// A stand-in worker: misbehaves as `bad` says the first time it is started
// (or every time when `always`), else runs the real worker. mkdir is atomic,
// so exactly one of several workers starting at once gets the bad turn.
QString writeFlakyWorker(const QTemporaryDir &dir, const QByteArray &bad, bool always)
{
    const QString path = dir.filePath(QStringLiteral("flaky-worker"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    const QByteArray real = WorkerLocator::workerPath().toLocal8Bit();
    const QByteArray mark = dir.filePath(QStringLiteral("bad-turn-taken")).toLocal8Bit();
    QByteArray text = "#!/bin/sh\n";
    if (always)
        text += bad + "\n";
    else
        text += "if mkdir '" + mark + "' 2>/dev/null; then\n" + bad + "\nfi\n";
    text += "exec '" + real + "' \"$@\"\n";
    script.write(text);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// The hello frame is 20 bytes: read it, so the job is in flight.
const QByteArray kReadHello = "head -c 20 > /dev/null";

// Sets an environment variable for one scope.
class EnvScope
{
public:
    EnvScope(const char *name, const QByteArray &value) : name_(name) { qputenv(name, value); }
    ~EnvScope() { qunsetenv(name_); }
    EnvScope(const EnvScope &) = delete;
    EnvScope &operator=(const EnvScope &) = delete;

private:
    const char *name_;
};

void addProcessModels()
{
    QTest::addColumn<PrimesModel>("model");
    QTest::addRow("processes") << PrimesModel::Processes;
    QTest::addRow("coroutines-executor") << PrimesModel::CoroutinesExecutor;
}

QString crashText(const std::vector<WorkerCrash> &crashes)
{
    QStringList out;
    for (const WorkerCrash &c : crashes)
        out << QStringLiteral("[%1 worker %2 n %3 attempt %4: %5]")
                   .arg(QLatin1String(WorkerCrash::causeName(c.cause)))
                   .arg(c.worker)
                   .arg(c.n ? QString::number(*c.n) : QStringLiteral("-"))
                   .arg(c.attempt)
                   .arg(c.message);
    return out.join(u' ');
}

} // namespace

class TestWorkerFaults : public QObject
{
    Q_OBJECT
private slots:
    void watchdogIsGenerous();
    void killedMidNumberCompletes_data() { addProcessModels(); }
    void killedMidNumberCompletes();
    void numberThatAlwaysCrashesFailsTheRun_data() { addProcessModels(); }
    void numberThatAlwaysCrashesFailsTheRun();
    void malformedOutputIsACrash_data() { addProcessModels(); }
    void malformedOutputIsACrash();
    void alwaysMalformedFailsTheRun_data() { addProcessModels(); }
    void alwaysMalformedFailsTheRun();
    void hangingWorkerIsACrash_data() { addProcessModels(); }
    void hangingWorkerIsACrash();
    void alwaysHangingFailsTheRun_data() { addProcessModels(); }
    void alwaysHangingFailsTheRun();
    void badTestHookIsAClearError();
    void workerLeavesWhenChannelClosesMidNumber();
    void workersLeadTheirOwnProcessGroup();
    void stoppedSpinnerChildIsKilled();
    void stoppedExecutorWorkerIsReplaced();
    void cleanup();
};

// Every test ends with no worker left: no orphan, no zombie.
void TestWorkerFaults::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(testing::childrenOf().isEmpty(), 3000);
}

void TestWorkerFaults::watchdogIsGenerous()
{
    const JobWatchdog fixed(250, 93.0, 2);
    QCOMPARE(fixed.limitNs(2), std::int64_t{250'000'000});
    QCOMPARE(fixed.limitNs(18'446'744'073'709'551'557ull), std::int64_t{250'000'000});
    QCOMPARE(fixed.pillLimitNs(), std::int64_t{250'000'000});

    const JobWatchdog derived(0, 93.0, 1);
    // Small numbers get the floor.
    QCOMPARE(derived.limitNs(97), JobWatchdog::kFloorNs);
    QCOMPARE(derived.pillLimitNs(), JobWatchdog::kFloorNs);
    // The largest 64-bit prime at book pace: about 2.1e9 divisions of 93 ns,
    // some 200 s; the limit is at least twenty times that.
    const double expected = 4294967295.0 / 2 * 93.0;
    QVERIFY(double(derived.limitNs(18'446'744'073'709'551'557ull)) >= JobWatchdog::kSlack * expected * 0.99);
    // Many workers sharing the cores stretch every job.
    const JobWatchdog crowded(0, 93.0, 4096);
    QVERIFY(crowded.limitNs(18'446'744'073'709'551'557ull) > derived.limitNs(18'446'744'073'709'551'557ull));
}

void TestWorkerFaults::killedMidNumberCompletes()
{
    QFETCH(PrimesModel, model);
    PrimesConfig cfg;
    cfg.numbers = {kBookSample.begin(), kBookSample.end()};
    const Collected reference = runModel(cfg);
    QVERIFY(reference.summary.ok());

    // Paced so that every number takes a while: the kill lands mid-number.
    cfg.model = model;
    cfg.workers = 2;
    cfg.pace = Pace{Pace::Kind::Multiplier, 4.0};
    int killed = 0;
    const Collected c = runModel(cfg, [&](const PrimeResult &) {
        if (killed != 0)
            return;
        const auto kids = testing::childrenOf();
        for (const auto &k : kids) {
            if (k.state != 'Z' && ::kill(k.pid, SIGKILL) == 0) {
                killed = k.pid;
                break;
            }
        }
    });
    QVERIFY(killed != 0);
    QVERIFY2(c.summary.ok(), qPrintable(c.summary.error));
    QCOMPARE(c.summary.checked, qsizetype(cfg.numbers.size()));
    QCOMPARE(numbersOf(c.results), sorted(cfg.numbers));
    QCOMPARE(answers(c.results), answers(reference.results));
    QVERIFY(c.summary.unchecked.empty());

    QCOMPARE(c.summary.crashes.size(), std::size_t(1));
    const WorkerCrash &crash = c.summary.crashes.front();
    QCOMPARE(crash.pid, qint64(killed));
    QCOMPARE(crash.cause, WorkerCrash::Cause::Died);
    QCOMPARE(crash.signal, SIGKILL);
    QCOMPARE(crash.exitCode, -1);
    QVERIFY(crash.worker == 1 || crash.worker == 2);
    QVERIFY2(crash.n.has_value(), qPrintable(crash.message));
    QVERIFY(std::count(cfg.numbers.begin(), cfg.numbers.end(), *crash.n) > 0);
    QCOMPARE(crash.attempt, 1);
    QVERIFY(crash.tNs > 0 && crash.tNs <= std::int64_t(c.summary.wall * 1e9));
    QVERIFY2(crash.message.contains(u"killed by signal 9"), qPrintable(crash.message));
    // The observer saw the same crash as it happened.
    QCOMPARE(c.observed.size(), std::size_t(1));
    QCOMPARE(c.observed.front().pid, crash.pid);
    // The retried number is reported by the worker that took the lane over.
    const auto retried = std::find_if(c.results.begin(), c.results.end(),
                                      [&](const PrimeResult &r) { return r.n == *crash.n && r.endNs > crash.tNs; });
    QVERIFY(retried != c.results.end());
}

void TestWorkerFaults::numberThatAlwaysCrashesFailsTheRun()
{
    QFETCH(PrimesModel, model);
    const std::uint64_t doomed = 1'000'003;
    const EnvScope hook("CONLAB_WORKER_TEST_CRASH_ON", QByteArray::number(quint64(doomed)));
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 2;
    cfg.numbers = quickNumbers();
    const Collected c = runModel(cfg);
    QVERIFY2(c.ms < 15'000, qPrintable(QStringLiteral("took %1 ms").arg(c.ms))); // never hangs
    QVERIFY(!c.summary.cancelled);
    QVERIFY(!c.summary.ok());
    QVERIFY2(c.summary.error.contains(QString::number(doomed)), qPrintable(c.summary.error));
    QVERIFY2(c.summary.error.contains(u"3 times in a row"), qPrintable(c.summary.error));
    QVERIFY2(c.summary.error.contains(u"CONLAB_WORKER_TEST_CRASH_ON"), qPrintable(c.summary.error));
    QVERIFY(std::count(c.summary.unchecked.begin(), c.summary.unchecked.end(), doomed) == 1);
    QCOMPARE(qsizetype(c.summary.unchecked.size()) + c.summary.checked, c.summary.numbers);

    QVERIFY2(c.summary.crashes.size() == 3, qPrintable(crashText(c.summary.crashes)));
    for (int k = 0; k < 3; ++k) {
        const WorkerCrash &crash = c.summary.crashes[std::size_t(k)];
        QCOMPARE(crash.n, std::optional<std::uint64_t>(doomed));
        QCOMPARE(crash.attempt, k + 1);
        QCOMPARE(crash.cause, WorkerCrash::Cause::Died);
        QCOMPARE(crash.signal, SIGABRT);
    }
    // Three different processes, one lane.
    QVERIFY(c.summary.crashes[0].pid != c.summary.crashes[1].pid);
    QCOMPARE(c.summary.crashes[0].worker, c.summary.crashes[2].worker);
    QCOMPARE(c.observed.size(), std::size_t(3));
}

void TestWorkerFaults::malformedOutputIsACrash()
{
    QFETCH(PrimesModel, model);
    QTemporaryDir dir;
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 2;
    cfg.numbers = quickNumbers();
    cfg.workerPath = writeFlakyWorker(dir, kReadHello + "\nprintf 'garbage, not a frame'\nexec sleep 30", false);
    const Collected c = runModel(cfg);
    QVERIFY2(c.summary.ok(), qPrintable(c.summary.error));
    QCOMPARE(numbersOf(c.results), sorted(cfg.numbers));
    QVERIFY2(c.summary.crashes.size() == 1, qPrintable(crashText(c.summary.crashes)));
    const WorkerCrash &crash = c.summary.crashes.front();
    QCOMPARE(crash.cause, WorkerCrash::Cause::Malformed);
    QCOMPARE(crash.signal, SIGKILL); // the engine killed the sleeping script
    QVERIFY(crash.n.has_value());
    QVERIFY2(crash.message.contains(u"malformed"), qPrintable(crash.message));
}

void TestWorkerFaults::alwaysMalformedFailsTheRun()
{
    QFETCH(PrimesModel, model);
    QTemporaryDir dir;
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 1;
    cfg.numbers = {97, 98, 99};
    cfg.workerPath = writeFlakyWorker(dir, kReadHello + "\nprintf 'CLgarbage'\nexec sleep 30", true);
    const Collected c = runModel(cfg);
    QVERIFY2(c.ms < 15'000, qPrintable(QStringLiteral("took %1 ms").arg(c.ms)));
    QVERIFY(!c.summary.ok() && !c.summary.cancelled);
    QVERIFY2(c.summary.error.contains(u"gave up on 97"), qPrintable(c.summary.error));
    QVERIFY2(c.summary.crashes.size() == 3, qPrintable(crashText(c.summary.crashes)));
    for (const WorkerCrash &crash : c.summary.crashes)
        QCOMPARE(crash.cause, WorkerCrash::Cause::Malformed);
    QCOMPARE(sorted(c.summary.unchecked), sorted(cfg.numbers));
}

void TestWorkerFaults::hangingWorkerIsACrash()
{
    QFETCH(PrimesModel, model);
    QTemporaryDir dir;
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 2;
    cfg.numbers = quickNumbers();
    // Each quick number takes ms; a loaded machine still stays far below.
    cfg.watchdogMs = 1500;
    cfg.workerPath = writeFlakyWorker(dir, kReadHello + "\nexec sleep 30", false);
    const Collected c = runModel(cfg);
    QVERIFY2(c.summary.ok(), qPrintable(c.summary.error));
    QCOMPARE(numbersOf(c.results), sorted(cfg.numbers));
    QVERIFY2(c.summary.crashes.size() == 1, qPrintable(crashText(c.summary.crashes)));
    const WorkerCrash &crash = c.summary.crashes.front();
    QCOMPARE(crash.cause, WorkerCrash::Cause::Unresponsive);
    QCOMPARE(crash.signal, SIGKILL);
    QVERIFY(crash.n.has_value());
    QVERIFY2(crash.message.contains(u"no answer within 1.5 s"), qPrintable(crash.message));
    QVERIFY(crash.tNs >= 1'400'000'000);
}

void TestWorkerFaults::alwaysHangingFailsTheRun()
{
    QFETCH(PrimesModel, model);
    QTemporaryDir dir;
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 1;
    cfg.numbers = {4, 5};
    cfg.watchdogMs = 300;
    cfg.workerPath = writeFlakyWorker(dir, kReadHello + "\nexec sleep 30", true);
    const Collected c = runModel(cfg);
    QVERIFY2(c.ms >= 850 && c.ms < 10'000, qPrintable(QStringLiteral("took %1 ms").arg(c.ms)));
    QVERIFY(!c.summary.ok() && !c.summary.cancelled);
    QVERIFY2(c.summary.error.contains(u"gave up on 4"), qPrintable(c.summary.error));
    QVERIFY2(c.summary.error.contains(u"no answer within 0.3 s"), qPrintable(c.summary.error));
    QVERIFY2(c.summary.crashes.size() == 3, qPrintable(crashText(c.summary.crashes)));
    for (const WorkerCrash &crash : c.summary.crashes)
        QCOMPARE(crash.cause, WorkerCrash::Cause::Unresponsive);
}

void TestWorkerFaults::badTestHookIsAClearError()
{
    const EnvScope hook("CONLAB_WORKER_TEST_CRASH_ON", "seven");
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.numbers = {7};
    const Collected c = runModel(cfg);
    QVERIFY(!c.summary.ok());
    QVERIFY2(c.summary.error.contains(u"CONLAB_WORKER_TEST_CRASH_ON must be a number"), qPrintable(c.summary.error));
    QVERIFY2(c.summary.error.contains(u"'seven'"), qPrintable(c.summary.error));
}

// Between jobs the worker reads its stdin and sees end-of-file at once; in
// the middle of a long number it must notice too (its parent-watch thread).
void TestWorkerFaults::workerLeavesWhenChannelClosesMidNumber()
{
    WorkerProcess worker;
    QString error;
    QVERIFY2(worker.start(WorkerLocator::workerPath(), {}, &error), qPrintable(error));
    const std::uint32_t units = PaceCalibration::instance().unitsPerDivision(Pace::book());
    QVERIFY(worker.send(protocol::Hello{1, units, 0}));
    // The largest 64-bit prime at book pace: minutes of work.
    QVERIFY(worker.send(protocol::Job{18'446'744'073'709'551'557ull}));
    QThread::msleep(200);
    QVERIFY(worker.running());
    QElapsedTimer timer;
    timer.start();
    // finish() closes the channel and waits; true only if the worker left
    // by itself with exit code 0 (it kills and returns false otherwise).
    QVERIFY2(worker.finish(3000), qPrintable(worker.exitDescription()));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(worker.exitCode(), 0);
}

// Ctrl+C signals the terminal's whole foreground process group. A worker in
// the app's group would die of the SIGINT meant for the app and be reported
// as a crash (issue 13): each worker leads a group of its own.
void TestWorkerFaults::workersLeadTheirOwnProcessGroup()
{
    WorkerProcess worker;
    QString error;
    QVERIFY2(worker.start(WorkerLocator::workerPath(), {}, &error), qPrintable(error));
    const pid_t group = ::getpgid(worker.pid());
    worker.stop();
    QCOMPARE(group, worker.pid());
    QVERIFY(group != ::getpgrp());
}

namespace {

// Runs `config` on a thread of its own; a run that has not ended after
// `boundMs` is cancelled, so a hang fails the test instead of blocking it.
SpinnerReport runSpinnerBounded(SpinnerConfig config, int boundMs, const std::function<void(int frames)> &onFrames)
{
    SpinnerRun run(std::move(config));
    SpinnerReport report;
    std::atomic<bool> ended{false};
    std::atomic<int> frames{0};
    std::thread t([&] {
        SpinnerObserver observer;
        observer.onFrame = [&](const SpinnerFrame &) { ++frames; };
        report = run.exec(observer);
        ended = true;
    });
    QElapsedTimer timer;
    timer.start();
    bool acted = false;
    while (!ended && timer.elapsed() < boundMs) {
        if (!acted && frames > 0) {
            onFrames(frames);
            acted = true;
        }
        QThread::msleep(10);
    }
    if (!ended)
        run.cancel();
    t.join();
    return report;
}

} // namespace

// The process spinner's child, stopped with SIGSTOP mid-spin, draws no more
// frames: the run kills it after the watchdog's limit and says so, well
// before the sleep would end; on main it waited for the child for ever.
void TestWorkerFaults::stoppedSpinnerChildIsKilled()
{
    SpinnerConfig cfg;
    cfg.model = SpinnerModel::Process;
    cfg.slow = SlowKind::Sleep;
    cfg.seconds = 60;
    cfg.watchdogMs = 1000;
    qint64 stopped = 0;
    QElapsedTimer timer;
    timer.start();
    const SpinnerReport report = runSpinnerBounded(cfg, 30'000, [&](int) {
        const auto children = testing::childrenOf();
        if (children.size() == 1) {
            stopped = children.front().pid;
            ::kill(pid_t(stopped), SIGSTOP);
        }
    });
    const qint64 ms = timer.elapsed();
    QVERIFY2(stopped > 0, "no child process to stop");
    QVERIFY2(!report.cancelled, "the run did not end by itself within 30 s");
    QVERIFY2(report.error.contains(QStringLiteral("(pid %1) drew no frame for 1 s").arg(stopped)),
             qPrintable(report.error));
    QVERIFY2(ms < 30'000, qPrintable(QString::number(ms)));
}

// The executor's worker stops itself (SIGSTOP) once it has its hello: the
// pool's watchdog kills it, a fresh worker checks the number, and the run
// still answers 42 with the lost worker on record.
void TestWorkerFaults::stoppedExecutorWorkerIsReplaced()
{
    QTemporaryDir dir;
    SpinnerConfig cfg;
    cfg.model = SpinnerModel::Coroutine;
    cfg.slow = SlowKind::Executor;
    cfg.pace = Pace::native();
    // The fresh worker must check the number inside the watchdog too: 1 s
    // was too tight for that under TSan on a loaded box (three "no answer"
    // in a row, and the run gave up), so the default's 10 s.
    cfg.watchdogMs = 10'000;
    cfg.workerPath = writeFlakyWorker(dir, kReadHello + "\nkill -STOP $$", false);
    const SpinnerReport report = runSpinnerBounded(cfg, 120'000, [](int) {});
    QVERIFY2(!report.cancelled, "the run did not end by itself within 120 s");
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.answer, 42);
    QVERIFY2(report.crashes.size() == 1, qPrintable(crashText(report.crashes)));
    QCOMPARE(report.crashes.front().cause, WorkerCrash::Cause::Unresponsive);
    QCOMPARE(report.crashes.front().signal, SIGKILL);
    QVERIFY2(report.crashes.front().message.contains(u"no answer within 10 s"),
             qPrintable(report.crashes.front().message));
}

QTEST_GUILESS_MAIN(TestWorkerFaults)
#include "tst_workerfaults.moc"
