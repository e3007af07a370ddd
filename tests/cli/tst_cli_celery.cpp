// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `primes --model celery` and `join` as a user runs them: the real binary,
// real redis-server and real Celery worker nodes on loopback. The book's
// lines, --json, Ctrl+C, SIGKILL of the app, a broker that dies mid-run,
// bad URLs and passwords, and a machine that joins the room.
#include "clitesthelpers.h"

#include "core/cpython/listingstage.h"
#include "core/taskqueue/embeddedbroker.h"
#include "core/taskqueue/redisconnection.h"
#include "../support/processscan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace conlab;
using namespace conlab::testing;

namespace {

// Each about a second in CPython: a run of these is surely in flight when a
// test interrupts it.
const QString kSlow = QStringLiteral("3333333333333301,3333335652092209,4444444444444423,4444444488888889,"
                                     "5555553133149889,5555555555555503,6666666666666719,7777777777777753");
const QString kQuick = QStringLiteral("2,1000003,999999999989,100000000003,4000000011,29996224275833");

void startCli(QProcess &p, const QStringList &args)
{
    p.setProgram(appPath());
    p.setArguments(args);
    p.start();
    p.waitForStarted(10'000);
}

// Waits until stdout has `lines` lines (the header comes once the nodes are ready).
bool waitForLines(QProcess &p, QByteArray &out, int lines, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (out.count('\n') < lines && t.elapsed() < timeoutMs && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    return out.count('\n') >= lines;
}

} // namespace

class TestCliCelery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theBookLinesWithHostAndPid();
    void jsonAddsHostPidAndRedeliveries();
    void badInputIsExitTwoBeforeAnyTask_data();
    void badInputIsExitTwoBeforeAnyTask();
    void aWrongPasswordIsExitTwoAndSendsNothing();
    void ctrlCIsExit130AndLeavesTheQueueClean();
    void sigkillOfTheAppLeavesNoProcess();
    void aBrokerThatDiesIsExitOneWithinFiveSeconds();
    void aJoinedMachineTakesTheTasks();
    void aSweepDrawsBothCelerySeries();
    void aWorkerStartedByHandTakesTheTasks();
    void cleanup();

private:
    QStringList before_; // what ran before the test: another session's
};

void TestCliCelery::initTestCase()
{
    QVERIFY2(QFileInfo(appPath()).isExecutable(), qPrintable(appPath()));
    before_ = taskQueueProcesses();
}

void TestCliCelery::cleanup()
{
    // After every test: nothing it started is left (a zombie is not a process).
    QTRY_VERIFY2_WITH_TIMEOUT(startedSince(before_).isEmpty(), qPrintable(startedSince(before_).join(u'\n')), 5000);
}

void TestCliCelery::theBookLinesWithHostAndPid()
{
    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--model"), QStringLiteral("celery"), QStringLiteral("--workers"),
                             QStringLiteral("2"), QStringLiteral("--numbers"), kQuick},
                            120'000);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 1 + 6 + 1);
    QCOMPARE(lines.first(), QStringLiteral("Checking 6 numbers with Celery, 1 node, prefork pool of 2 processes:"));
    // The book's f'{n:16}  {label} {elapsed:9.6f}s', then where it ran.
    static const QRegularExpression line(QStringLiteral("^ {0,15}\\d{1,16}  [P ] +\\d+\\.\\d{6}s  \\S+:\\d+$"));
    QSet<QString> seen;
    for (qsizetype i = 1; i <= 6; ++i) {
        QVERIFY2(line.match(lines[i]).hasMatch(), qPrintable(lines[i]));
        seen.insert(lines[i].trimmed().section(u' ', 0, 0));
    }
    QCOMPARE(seen, QSet<QString>({QStringLiteral("2"), QStringLiteral("1000003"), QStringLiteral("999999999989"),
                                  QStringLiteral("100000000003"), QStringLiteral("4000000011"),
                                  QStringLiteral("29996224275833")}));
    // 100000000003 is prime, 4000000011 is not (it is 7 x 571428573).
    for (const QString &l : lines) {
        if (l.trimmed().startsWith(u"100000000003 "))
            QVERIFY2(l.contains(u"  P "), qPrintable(l));
        if (l.trimmed().startsWith(u"4000000011 "))
            QVERIFY2(!l.contains(u"  P "), qPrintable(l));
    }
    QVERIFY2(QRegularExpression(QStringLiteral("^6 checks in \\d+\\.\\d\\ds$")).match(lines.last()).hasMatch(),
             qPrintable(lines.last()));
}

void TestCliCelery::jsonAddsHostPidAndRedeliveries()
{
    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--model"), QStringLiteral("celery"), QStringLiteral("--pool"),
                             QStringLiteral("threads"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--numbers"), kQuick, QStringLiteral("--json")},
                            120'000);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QJsonParseError e;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &e).object();
    QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
    QCOMPARE(doc.value(u"model").toString(), QStringLiteral("celery"));
    QCOMPARE(doc.value(u"pool").toString(), QStringLiteral("threads"));
    QCOMPARE(doc.value(u"concurrency").toInt(), 2);
    // The app's own broker, its password hidden.
    QVERIFY2(doc.value(u"broker").toString().startsWith(u"redis://:***@127.0.0.1:"),
             qPrintable(doc.value(u"broker").toString()));
    const QJsonArray results = doc.value(u"results").toArray();
    QCOMPARE(results.size(), 6);
    QSet<qint64> pids;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(u"host").toString().isEmpty());
        QVERIFY(o.value(u"pid").toInteger() > 0);
        QCOMPARE(o.value(u"n_text").toString(), QString::number(o.value(u"n").toInteger()));
        pids.insert(o.value(u"pid").toInteger());
    }
    QCOMPARE(pids.size(), 1); // a thread pool: one process
    const QJsonObject s = doc.value(u"summary").toObject();
    QCOMPARE(s.value(u"checked").toInt(), 6);
    QCOMPARE(s.value(u"redeliveries").toInt(-1), 0);
    QVERIFY(s.value(u"incidents").isArray());
    QVERIFY(s.value(u"error").isNull());
}

void TestCliCelery::badInputIsExitTwoBeforeAnyTask_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QStringList celery{QStringLiteral("primes"), QStringLiteral("--model"), QStringLiteral("celery")};
    QTest::newRow("bad scheme") << celery + QStringList{QStringLiteral("--broker"), QStringLiteral("amqp://h//")}
                                << "redis://";
    QTest::newRow("bad port") << celery + QStringList{QStringLiteral("--broker"), QStringLiteral("redis://h:0/0")}
                              << "port";
    QTest::newRow("unreachable")
        << celery + QStringList{QStringLiteral("--broker"), u"redis://127.0.0.1:"_qs + QString::number(EmbeddedBroker::freePort()) + u"/0"}
        << "cannot reach";
    QTest::newRow("nodes 0 alone") << celery + QStringList{QStringLiteral("--nodes"), QStringLiteral("0")}
                                   << "--broker";
    QTest::newRow("bad pool") << celery + QStringList{QStringLiteral("--pool"), QStringLiteral("gevent")} << "pool";
    QTest::newRow("pace") << celery + QStringList{QStringLiteral("--pace"), QStringLiteral("book")} << "--pace";
    QTest::newRow("pool without celery") << QStringList{QStringLiteral("primes"), QStringLiteral("--pool"),
                                                        QStringLiteral("threads")}
                                         << "--model celery";
    QTest::newRow("join no url") << QStringList{QStringLiteral("join")} << "URL";
    QTest::newRow("join bad url") << QStringList{QStringLiteral("join"), QStringLiteral("http://x")} << "redis://";
}

void TestCliCelery::badInputIsExitTwoBeforeAnyTask()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliRun r = runCli(args.first(), args.mid(1), 60'000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliCelery::aWrongPasswordIsExitTwoAndSendsNothing()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    BrokerUrl wrong = broker.url();
    wrong.password = QStringLiteral("guessed");
    for (const QString &nodes : {QStringLiteral("0"), QStringLiteral("1")}) {
        const CliRun r = runCli(QStringLiteral("primes"),
                                {QStringLiteral("--model"), QStringLiteral("celery"), QStringLiteral("--broker"),
                                 wrong.toString(), QStringLiteral("--nodes"), nodes},
                                60'000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("refused the password"), r.err.constData());
        QVERIFY2(!r.err.contains("guessed"), "the password is not echoed");
    }
    const CliRun join = runCli(QStringLiteral("join"), {wrong.toString()}, 60'000);
    QCOMPARE(join.exitCode, 2);
    QVERIFY2(join.err.contains("refused the password"), join.err.constData());
    RedisConnection look;
    QVERIFY(look.open(broker.url(), 2000));
    QCOMPARE(look.command({"DBSIZE"}).integer, 0);
}

void TestCliCelery::ctrlCIsExit130AndLeavesTheQueueClean()
{
    // An existing broker, so that what is left on it can be looked at after.
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    QProcess p;
    const KillAtExit kill(p);
    startCli(p, {QStringLiteral("primes"), QStringLiteral("--model"), QStringLiteral("celery"),
                 QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--broker"),
                 broker.url().toString(), QStringLiteral("--numbers"), kSlow});
    QByteArray out;
    QVERIFY2(waitForLines(p, out, 1, 60'000), p.readAllStandardError().constData());
    QTest::qWait(1500); // a task in progress, the rest on the queue
    interruptCli(p, p.processId(), SIGINT);
    RedisConnection look;
    QVERIFY(look.open(broker.url(), 2000));
    QCOMPARE(look.command({"LLEN", "celery"}).integer, 0);
    QCOMPARE(look.command({"KEYS", "celery-task-meta-*"}).elements.size(), std::size_t{0});
    QVERIFY2(p.readAllStandardError().contains("cancelled"), "");
}

void TestCliCelery::sigkillOfTheAppLeavesNoProcess()
{
    QProcess p;
    const KillAtExit kill(p);
    startCli(p, {QStringLiteral("primes"), QStringLiteral("--model"), QStringLiteral("celery"),
                 QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--nodes"), QStringLiteral("2"),
                 QStringLiteral("--numbers"), kSlow});
    QByteArray out;
    QVERIFY2(waitForLines(p, out, 1, 60'000), p.readAllStandardError().constData());
    QVERIFY(!startedSince(before_).isEmpty()); // the broker and two nodes run now
    QCOMPARE(::kill(pid_t(p.processId()), SIGKILL), 0);
    QVERIFY(p.waitForFinished(10'000));
    // The guard of each child ends its group when the app is gone.
    QTRY_VERIFY2_WITH_TIMEOUT(startedSince(before_).isEmpty(), qPrintable(startedSince(before_).join(u'\n')), 10'000);
}

void TestCliCelery::aBrokerThatDiesIsExitOneWithinFiveSeconds()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    QProcess p;
    const KillAtExit kill(p);
    startCli(p, {QStringLiteral("primes"), QStringLiteral("--model"), QStringLiteral("celery"),
                 QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--broker"),
                 broker.url().toString(), QStringLiteral("--numbers"), kSlow});
    QByteArray out;
    QVERIFY2(waitForLines(p, out, 1, 60'000), p.readAllStandardError().constData());
    QTest::qWait(500);
    QElapsedTimer since;
    since.start();
    broker.stop(); // SIGKILL to redis-server
    QVERIFY2(p.waitForFinished(10'000), "no end 10 s after the broker died");
    QVERIFY2(since.elapsed() < 5'000, qPrintable(QString::number(since.elapsed())));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("lost the broker"), err.constData());
    QVERIFY2(err.contains("left without a result") && err.contains("7777777777777753"), err.constData());
}

// Another machine, played on loopback: the broker opened to the room (its
// second address here), `concurrency-lab join` with the room's URL (the
// workers' ACL user), and a run with no local node of its own.
void TestCliCelery::aJoinedMachineTakesTheTasks()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    const BrokerUrl room = broker.openToRoom(QStringLiteral("127.0.0.2"));
    QVERIFY2(!room.host.isEmpty(), qPrintable(broker.error()));
    QProcess join;
    const KillAtExit killJoin(join);
    join.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    startCli(join, {QStringLiteral("join"), room.toString(), QStringLiteral("--concurrency"), QStringLiteral("2"),
                    QStringLiteral("--name"), QStringLiteral("laptop7")});
    QVERIFY(join.waitForStarted(10'000));
    // Ready once it says so on stderr.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += join.readAllStandardError()).contains("joined"), 60'000);
    QVERIFY2(!said.contains(room.password.toUtf8()), "the password is not printed");

    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--model"), QStringLiteral("celery"), QStringLiteral("--nodes"),
                             QStringLiteral("0"), QStringLiteral("--broker"), broker.url().toString(),
                             QStringLiteral("--numbers"), kQuick, QStringLiteral("--json")},
                            120'000);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"results").toArray().size(), 6);
    QCOMPARE(doc.value(u"nodes").toInt(-1), 0);

    interruptCli(join, join.processId(), SIGINT);
}

// Figure 19-2 on a task queue: each count's node started once, every point
// timed, and the results file holds both series.
void TestCliCelery::aSweepDrawsBothCelerySeries()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("celery.txt"));
    const CliRun r = runCli(QStringLiteral("sweep"),
                            {QStringLiteral("--series"), QStringLiteral("celery,celery:pool=threads"),
                             QStringLiteral("--max"), QStringLiteral("2"), QStringLiteral("--runs"),
                             QStringLiteral("1"), QStringLiteral("--numbers"), kQuick, QStringLiteral("--out"), out},
                            300'000);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // One line per run: series, model, gil, workers, repeat, wall, ...
    static const QRegularExpression prefork(QStringLiteral("^celery,processes,,[12],1,\\d+\\.\\d+,"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression threads(QStringLiteral("^celery:pool=threads,threads,on,[12],1,\\d+\\.\\d+,"),
                                            QRegularExpression::MultilineOption);
    QCOMPARE(text.count(prefork), 2);
    QCOMPARE(text.count(threads), 2);
}

// Interoperation: a plain Celery worker the app did not start, run as the
// page's "Celery only" line says, in a folder holding nothing but the tasks
// module, executes the app's tasks.
void TestCliCelery::aWorkerStartedByHandTakesTheTasks()
{
    EmbeddedBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.error()));
    QTemporaryDir folder;
    QFile module(folder.filePath(QStringLiteral("primes_tasks.py")));
    QVERIFY(module.open(QIODevice::WriteOnly));
    module.write(ListingStage::source(QStringLiteral("primes_tasks.py")).toUtf8());
    module.close();
    QProcess worker;
    const KillAtExit killWorker(worker);
    worker.setWorkingDirectory(folder.path());
    worker.setProcessChannelMode(QProcess::MergedChannels);
    // The interpreter Debian's python3-celery is for; threads, so that the
    // one process is all there is to stop.
    worker.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-m"), QStringLiteral("celery"), QStringLiteral("-A"), QStringLiteral("primes_tasks"),
                  QStringLiteral("-b"), broker.url().toString(), QStringLiteral("worker"), QStringLiteral("--pool"),
                  QStringLiteral("threads"), QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("-n"),
                  QStringLiteral("byhand@%h"), QStringLiteral("-l"), QStringLiteral("INFO")});
    QVERIFY(worker.waitForStarted(10'000));
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += worker.readAll()).contains(" ready."), said.constData(), 60'000);

    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--model"), QStringLiteral("celery"), QStringLiteral("--nodes"),
                             QStringLiteral("0"), QStringLiteral("--broker"), broker.url().toString(),
                             QStringLiteral("--numbers"), kQuick, QStringLiteral("--json")},
                            120'000);
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray results = doc.value(u"results").toArray();
    QCOMPARE(results.size(), 6);
    for (const QJsonValue &v : results)
        QCOMPARE(v.toObject().value(u"pid").toInteger(), worker.processId());
    worker.kill();
    QVERIFY(worker.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TestCliCelery)
#include "tst_cli_celery.moc"
