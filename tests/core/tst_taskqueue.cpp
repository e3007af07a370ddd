// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The task-queue lesson on the real engine: the test starts redis-server
// and unmodified Celery worker nodes on loopback, sends the app's tasks,
// and checks what comes back, what survives a killed worker or broker,
// and that nothing of it outlives the session.
#include "core/kernel/trialdivision.h"
#include "core/taskqueue/celerymessage.h"
#include "core/taskqueue/embeddedbroker.h"
#include "core/taskqueue/redisconnection.h"
#include "core/taskqueue/taskqueuerun.h"
#include "core/taskqueue/taskqueuesession.h"
#include "kernel/monotonic.h"
#include "../support/processscan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <mutex>
#include <set>
#include <thread>

using namespace conlab;
using conlab::testing::startedSince;
using conlab::testing::taskQueueProcesses;
using conlab::testing::processState;

namespace {

// 20 numbers of about 0.05 to 0.2 s each in CPython: long enough that two
// processes overlap, short enough for a test.
std::vector<std::uint64_t> twenty()
{
    return {2,          1000003,    999999999989, 999999999999, 100000000003, 100000000019,
            4000000007, 4000000009, 4000000011,   1000000000039, 1000000000037, 999999000001,
            29996224275833, 29996224275831, 3333333333333, 10000000000037, 10000000000039, 10000000000041,
            7777777777, 9999999967};
}

// Child CPU time (user + system) of a process, in seconds, from /proc.
double cpuSeconds(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is state (field 3); utime is field 14, stime 15.
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

struct Collected
{
    std::mutex mutex;
    std::vector<TaskDone> done;
    std::vector<TaskStarted> started;
    std::vector<TaskIncident> incidents;
    std::vector<QueueSample> queue;
};

TaskQueueRun::Callbacks collect(Collected &c)
{
    return {[&c](const TaskStarted &s) {
                const std::lock_guard l(c.mutex);
                c.started.push_back(s);
            },
            [&c](const TaskDone &d) {
                const std::lock_guard l(c.mutex);
                c.done.push_back(d);
            },
            [&c](const TaskIncident &i) {
                const std::lock_guard l(c.mutex);
                c.incidents.push_back(i);
            },
            [&c](const QueueSample &q) {
                const std::lock_guard l(c.mutex);
                c.queue.push_back(q);
            }};
}

TaskQueueRun::Config config(std::vector<std::uint64_t> numbers, BrokerUrl broker)
{
    TaskQueueRun::Config c;
    c.numbers = std::move(numbers);
    c.broker = std::move(broker);
    c.deadlineMs = 120'000; // a test never waits for ever
    return c;
}

} // namespace

class TestTaskQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theEmbeddedBrokerIsPrivateAndKeepsNothing();
    void everyPoolChecksTwentyOfTwenty_data();
    void everyPoolChecksTwentyOfTwenty();
    void threadsTwoUseAboutOneCore();
    void aKilledPoolProcessLosesNothingWithLateAcks();
    void withoutLateAcksTheLostTaskIsNamed();
    void aDeadBrokerIsAClearErrorWithinFiveSeconds();
    void aWrongPasswordOrBadUrlSendsNothing();
    void aMalformedResultIsRecordedAndAskedAgain();
    void cancelTakesTheTasksBackOffTheQueue();
    void cleanupTestCase();

private:
    QStringList before_; // what ran before the test: another session's
};

void TestTaskQueue::initTestCase()
{
    before_ = taskQueueProcesses();
}

void TestTaskQueue::theEmbeddedBrokerIsPrivateAndKeepsNothing()
{
    pid_t pid = 0;
    {
        EmbeddedBroker broker;
        QVERIFY2(broker.start(), qPrintable(broker.error()));
        pid = broker.pid();
        QVERIFY(pid > 0);
        const BrokerUrl url = broker.url();
        QCOMPARE(url.host, QStringLiteral("127.0.0.1"));
        QVERIFY2(url.password.size() >= 32, "at least 128 bits"); // hex
        // The password is on no command line.
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains(url.password.toUtf8()));

        RedisConnection good;
        QVERIFY2(good.open(url, 2000), qPrintable(good.error()));
        QCOMPARE(good.command({"CONFIG", "GET", "save"}).elements.at(1).string, QByteArray());
        QCOMPARE(good.command({"CONFIG", "GET", "appendonly"}).elements.at(1).string, QByteArray("no"));
        QCOMPARE(good.command({"CONFIG", "GET", "bind"}).elements.at(1).string, QByteArray("127.0.0.1"));

        BrokerUrl none = url;
        none.password.clear();
        RedisConnection anonymous;
        QVERIFY(!anonymous.open(none, 2000));
        QVERIFY2(anonymous.error().contains(u"password"), qPrintable(anonymous.error()));
        BrokerUrl wrong = url;
        wrong.password = QStringLiteral("guess");
        RedisConnection guessed;
        QVERIFY(!guessed.open(wrong, 2000));
        QVERIFY2(guessed.error().contains(u"refused the password"), qPrintable(guessed.error()));

        // Open to the room (on loopback's other address here): the workers'
        // user may run Celery's commands and none of the admin ones.
        const BrokerUrl room = broker.openToRoom(QStringLiteral("127.0.0.2"));
        QVERIFY2(!room.host.isEmpty(), qPrintable(broker.error()));
        QCOMPARE(room.user, QStringLiteral("worker"));
        RedisConnection guest;
        QVERIFY2(guest.open(room, 2000), qPrintable(guest.error()));
        QCOMPARE(guest.command({"LPUSH", "celery", "x"}).type, RedisReply::Type::Integer);
        QCOMPARE(guest.command({"BRPOP", "celery", "1"}).type, RedisReply::Type::Array);
        for (const QByteArrayList &admin :
             {QByteArrayList{"CONFIG", "GET", "requirepass"}, QByteArrayList{"FLUSHALL"}, QByteArrayList{"DEBUG", "SLEEP", "0"},
              QByteArrayList{"SHUTDOWN"}, QByteArrayList{"MODULE", "LIST"}, QByteArrayList{"SCRIPT", "FLUSH"}}) {
            const RedisReply r = guest.command(admin);
            QVERIFY2(r.type == RedisReply::Type::Error, qPrintable(QString::fromUtf8(admin.join(' ') + " was allowed")));
            // Refused by the user's ACL, not only by another setting (DEBUG
            // is also off by enable-debug-command).
            const RedisReply dry = good.command(QByteArrayList{"ACL", "DRYRUN", "worker"} + admin);
            QVERIFY2(dry.type == RedisReply::Type::String && dry.string.contains("no permissions"),
                     qPrintable(QString::fromUtf8(admin.join(' ') + ": " + dry.string)));
        }
        broker.closeToRoom();
        RedisConnection after;
        QVERIFY(!after.open(room, 2000));
    }
    // Gone, or a zombie for init to reap: the guard that reaps it is killed
    // with it.
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)) || processState(pid) == 'Z',
                              "redis-server outlived its broker", 5000);
}

void TestTaskQueue::everyPoolChecksTwentyOfTwenty_data()
{
    QTest::addColumn<CeleryPool>("pool");
    QTest::newRow("prefork") << CeleryPool::Prefork;
    QTest::newRow("threads") << CeleryPool::Threads;
    QTest::newRow("solo") << CeleryPool::Solo;
}

void TestTaskQueue::everyPoolChecksTwentyOfTwenty()
{
    QFETCH(CeleryPool, pool);
    TaskQueueSession session;
    TaskQueueSession::Setup setup;
    setup.node.pool = pool;
    setup.node.concurrency = 2;
    QVERIFY2(session.start(setup), qPrintable(session.error()));
    TaskQueueRun run(config(twenty(), session.broker()));
    Collected c;
    const TaskQueueSummary s = run.exec(collect(c));
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.checked, qsizetype(20));
    QCOMPARE(c.done.size(), std::size_t{20});
    std::set<std::uint64_t> seen;
    std::set<qint64> pids;
    for (const TaskDone &d : c.done) {
        QCOMPARE(d.result.prime, isPrime(d.result.n)); // against sequential, in C++
        seen.insert(d.result.n);
        pids.insert(d.pid);
        QVERIFY(!d.host.isEmpty());
        QVERIFY(d.result.worker >= 1);
        QVERIFY(d.result.startNs <= d.result.endNs);
    }
    const std::vector<std::uint64_t> asked = twenty();
    QCOMPARE(seen, std::set<std::uint64_t>(asked.begin(), asked.end()));
    // Prefork runs the tasks in its pool's processes; threads and solo in
    // the node's own.
    if (pool == CeleryPool::Prefork)
        QVERIFY2(pids.size() <= 2 && !pids.count(session.nodes().front()->pid()), qPrintable(QString::number(pids.size())));
    else
        QCOMPARE(pids, std::set<qint64>{session.nodes().front()->pid()});
    QVERIFY(!c.started.empty());
    QVERIFY(!c.queue.empty());
    // Our results are gone from the backend and the queue is empty.
    RedisConnection look;
    QVERIFY(look.open(session.broker(), 2000));
    QCOMPARE(look.command({"LLEN", "celery"}).integer, 0);
    QCOMPARE(look.command({"KEYS", "celery-task-meta-*"}).elements.size(), std::size_t{0});
}

void TestTaskQueue::threadsTwoUseAboutOneCore()
{
    TaskQueueSession session;
    TaskQueueSession::Setup setup;
    setup.node.pool = CeleryPool::Threads;
    setup.node.concurrency = 2;
    QVERIFY2(session.start(setup), qPrintable(session.error()));
    const pid_t node = session.nodes().front()->pid();
    // Four numbers of about a second each: CPU-bound, so the GIL decides.
    const std::vector<std::uint64_t> heavy{3333333333333301, 3333335652092209, 4444444444444423, 4444444488888889};
    const double cpu0 = cpuSeconds(node);
    const std::int64_t t0 = monotonicNs();
    TaskQueueRun run(config(heavy, session.broker()));
    Collected c;
    const TaskQueueSummary s = run.exec(collect(c));
    const double wall = double(monotonicNs() - t0) / 1e9;
    const double cpu = cpuSeconds(node) - cpu0;
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.checked, qsizetype(4));
    qInfo("threads 2: %.2f s of CPU in %.2f s", cpu, wall);
    // At most about one core: the GIL lets one thread run Python at a time.
    QVERIFY2(cpu <= wall * 1.25, qPrintable(QStringLiteral("%1 s of CPU in %2 s").arg(cpu).arg(wall)));
    QVERIFY2(cpu >= wall * 0.3, "the node did the work");
}

void TestTaskQueue::aKilledPoolProcessLosesNothingWithLateAcks()
{
    TaskQueueSession session;
    TaskQueueSession::Setup setup;
    setup.node.concurrency = 2;
    QVERIFY2(session.start(setup), qPrintable(session.error()));
    TaskQueueRun run(config(twenty(), session.broker()));
    Collected c;
    pid_t killed = 0;
    TaskQueueRun::Callbacks cb = collect(c);
    cb.onStarted = [&](const TaskStarted &s) {
        {
            const std::lock_guard l(c.mutex);
            c.started.push_back(s);
        }
        // The first task that takes a while: its process dies mid-task.
        if (killed == 0 && s.n == 29996224275833)
            killed = session.killOnePoolProcess({s.pid});
    };
    const TaskQueueSummary summary = run.exec(cb);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QVERIFY(killed > 0);
    QCOMPARE(summary.checked, qsizetype(20));
    QVERIFY(summary.lost.empty());
    QVERIFY2(summary.redeliveries >= 1, "the killed task was begun again");
    bool named = false;
    for (const TaskIncident &i : summary.incidents)
        named = named || (i.kind == TaskIncident::Kind::Redelivered && i.n == 29996224275833);
    QVERIFY(named);
}

void TestTaskQueue::withoutLateAcksTheLostTaskIsNamed()
{
    TaskQueueSession session;
    TaskQueueSession::Setup setup;
    setup.node.concurrency = 2;
    setup.node.acksLate = false;
    QVERIFY2(session.start(setup), qPrintable(session.error()));
    TaskQueueRun run(config(twenty(), session.broker()));
    Collected c;
    pid_t killed = 0;
    TaskQueueRun::Callbacks cb = collect(c);
    cb.onStarted = [&](const TaskStarted &s) {
        if (killed == 0 && s.n == 29996224275833)
            killed = session.killOnePoolProcess({s.pid});
    };
    const TaskQueueSummary summary = run.exec(cb);
    QVERIFY(killed > 0);
    QCOMPARE(summary.checked, qsizetype(19));
    QCOMPARE(summary.lost, std::vector<std::uint64_t>{29996224275833});
    bool named = false;
    for (const TaskIncident &i : summary.incidents)
        named = named || (i.kind == TaskIncident::Kind::Lost && i.n == 29996224275833 && i.why.contains(u"WorkerLost"));
    QVERIFY(named);
}

void TestTaskQueue::aDeadBrokerIsAClearErrorWithinFiveSeconds()
{
    TaskQueueSession session;
    TaskQueueSession::Setup setup;
    setup.node.concurrency = 2;
    QVERIFY2(session.start(setup), qPrintable(session.error()));
    const std::vector<std::uint64_t> slow{3333333333333301, 3333335652092209, 4444444444444423, 4444444488888889,
                                          5555553133149889, 5555555555555503};
    TaskQueueRun run(config(slow, session.broker()));
    std::int64_t killedAt = 0;
    TaskQueueRun::Callbacks cb;
    cb.onStarted = [&](const TaskStarted &) {
        if (killedAt == 0) {
            ::kill(session.embedded()->pid(), SIGKILL);
            killedAt = monotonicNs();
        }
    };
    const TaskQueueSummary s = run.exec(cb);
    const double took = double(monotonicNs() - killedAt) / 1e9;
    QVERIFY(killedAt > 0);
    QVERIFY2(took < 5.0, qPrintable(QString::number(took)));
    QVERIFY(!s.ok());
    QVERIFY2(s.error.contains(u"lost the broker"), qPrintable(s.error));
    QVERIFY2(s.error.contains(u"3333333333333301"), qPrintable(s.error));
    QCOMPARE(s.left.size(), slow.size());
}

void TestTaskQueue::aWrongPasswordOrBadUrlSendsNothing()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    BrokerUrl wrong = broker.url();
    wrong.password = QStringLiteral("not-it");
    TaskQueueRun guessed(config({7}, wrong));
    const TaskQueueSummary a = guessed.exec({});
    QVERIFY(!guessed.sentAny());
    QVERIFY2(a.error.contains(u"refused the password"), qPrintable(a.error));

    TaskQueueRun bad(config({7}, BrokerUrl::parse(QStringLiteral("redis://:x@127.0.0.1:notaport/0"))));
    const TaskQueueSummary b = bad.exec({});
    QVERIFY(!bad.sentAny());
    QVERIFY(!b.error.isEmpty());

    BrokerUrl closed = broker.url();
    closed.port = EmbeddedBroker::freePort();
    TaskQueueRun unreachable(config({7}, closed));
    const TaskQueueSummary c = unreachable.exec({});
    QVERIFY(!unreachable.sentAny());
    QVERIFY2(c.error.contains(u"cannot reach"), qPrintable(c.error));

    RedisConnection look;
    QVERIFY(look.open(broker.url(), 2000));
    QCOMPARE(look.command({"LLEN", "celery"}).integer, 0);
}

// A fake worker, in C++: it takes each task off the queue as a Celery
// worker would, and answers the first ask of each number with a result of
// the wrong shape, then the right one.
void TestTaskQueue::aMalformedResultIsRecordedAndAskedAgain()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    std::atomic<bool> stop{false};
    std::atomic<int> taken{0};
    std::jthread fake([&] {
        RedisConnection c;
        if (!c.open(broker.url(), 2000))
            return;
        std::set<QByteArray> answeredBadly;
        while (!stop.load()) {
            const RedisReply r = c.command({"BRPOP", "celery", "0.2"});
            if (r.type != RedisReply::Type::Array)
                continue;
            ++taken;
            const QJsonObject e = QJsonDocument::fromJson(r.elements.at(1).string).object();
            const QByteArray id = e.value(u"headers").toObject().value(u"id").toString().toLatin1();
            const QByteArray body = QByteArray::fromBase64(e.value(u"body").toString().toLatin1());
            const QByteArray n = body.mid(2, body.indexOf(']') - 2); // "[[n], ..."
            const QByteArray key = CeleryMessage::kResultPrefix + id;
            const bool bad = answeredBadly.insert(n).second;
            const QByteArray meta = bad ? QByteArray(R"({"status": "SUCCESS", "result": {"n": ")" + n + R"(", "prime": "yes"}})")
                                        : QByteArray(R"({"status": "SUCCESS", "result": {"n": )" + n
                        + R"(, "prime": true, "elapsed": 0.001, "host": "fake", "pid": 4242, "start": 1796000000.0, "end": 1796000000.001}})");
            c.command({"SET", key, meta});
            c.command({"PUBLISH", key, meta});
        }
    });
    TaskQueueRun run(config({7, 18446744073709551557u}, broker.url()));
    Collected c;
    const TaskQueueSummary s = run.exec(collect(c));
    stop = true;
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.checked, qsizetype(2));
    QCOMPARE(taken.load(), 4);
    int malformed = 0;
    for (const TaskIncident &i : s.incidents)
        if (i.kind == TaskIncident::Kind::Malformed) {
            ++malformed;
            QVERIFY2(i.why.contains(u"\"n\""), qPrintable(i.why));
        }
    QCOMPARE(malformed, 2);
    std::set<std::uint64_t> got;
    for (const TaskDone &d : c.done)
        got.insert(d.result.n);
    QCOMPARE(got, (std::set<std::uint64_t>{7, 18446744073709551557u}));
}

void TestTaskQueue::cancelTakesTheTasksBackOffTheQueue()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    // No worker: every task waits on the queue until the run is cancelled.
    TaskQueueRun run(config(twenty(), broker.url()));
    TaskQueueRun::Callbacks cb;
    cb.onQueue = [&](const QueueSample &q) {
        if (q.length == 20)
            run.cancel();
    };
    const TaskQueueSummary s = run.exec(cb);
    QVERIFY(s.cancelled);
    QCOMPARE(s.left.size(), std::size_t{20});
    RedisConnection look;
    QVERIFY(look.open(broker.url(), 2000));
    QCOMPARE(look.command({"LLEN", "celery"}).integer, 0);
    QCOMPARE(look.command({"DBSIZE"}).integer, 0);
}

void TestTaskQueue::cleanupTestCase()
{
    // Every session above has ended: none of what it started is left.
    QTRY_VERIFY2_WITH_TIMEOUT(startedSince(before_).isEmpty(), qPrintable(startedSince(before_).join(u'\n')), 5000);
}

QTEST_GUILESS_MAIN(TestTaskQueue)
#include "tst_taskqueue.moc"
