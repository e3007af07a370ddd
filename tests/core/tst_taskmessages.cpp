// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The task-queue lesson's wire, without a broker: the broker URL as typed,
// the task message a Celery worker must read (protocol 2 in kombu's Redis
// envelope, numbers digit for digit), and every shape of result the
// backend might hold, good or not.
#include "core/taskqueue/brokerurl.h"
#include "core/taskqueue/celerymessage.h"
#include "core/taskqueue/taskresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace conlab;

class TestTaskMessages : public QObject
{
    Q_OBJECT
private slots:
    void urlsParse_data();
    void urlsParse();
    void badUrlsSayWhatIsWrong_data();
    void badUrlsSayWhatIsWrong();
    void theDisplayedUrlHidesThePassword();
    void theEnvelopeIsCeleryProtocolTwo();
    void numbersPastTwoToTheFiftyThreeStayExact();
    void goodResultsAreRead();
    void startedSaysWhoBeganIt();
    void failuresNameTheException();
    void malformedResultsSayWhatWasWrong_data();
    void malformedResultsSayWhatWasWrong();
};

void TestTaskMessages::urlsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("db");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << "redis://127.0.0.1:6400/0" << "127.0.0.1" << 6400 << 0 << "" << "";
    QTest::newRow("default port") << "redis://localhost" << "localhost" << 6379 << 0 << "" << "";
    QTest::newRow("password") << "redis://:s3cret@10.0.0.5:6379/2" << "10.0.0.5" << 6379 << 2 << "" << "s3cret";
    QTest::newRow("acl user") << "redis://worker:pw@host:1/0" << "host" << 1 << 0 << "worker" << "pw";
    QTest::newRow("escaped") << "redis://:a%40b@h:2/0" << "h" << 2 << 0 << "" << "a@b";
    QTest::newRow("ipv6") << "redis://[::1]:6379/0" << "::1" << 6379 << 0 << "" << "";
}

void TestTaskMessages::urlsParse()
{
    QFETCH(QString, text);
    const BrokerUrl url = BrokerUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error));
    QTEST(url.host, "host");
    QTEST(url.port, "port");
    QTEST(url.db, "db");
    QTEST(url.user, "user");
    QTEST(url.password, "password");
    // And back: what Celery is given reads as the same broker.
    const BrokerUrl again = BrokerUrl::parse(url.toString());
    QVERIFY2(again.ok(), qPrintable(url.toString()));
    QCOMPARE(again.host, url.host);
    QCOMPARE(again.port, url.port);
    QCOMPARE(again.db, url.db);
    QCOMPARE(again.user, url.user);
    QCOMPARE(again.password, url.password);
}

void TestTaskMessages::badUrlsSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "" << "redis://";
    QTest::newRow("amqp") << "amqp://guest@host//" << "redis://";
    QTest::newRow("no host") << "redis://" << "no host";
    QTest::newRow("bad port") << "redis://host:99999/0" << "port";
    QTest::newRow("db word") << "redis://host:6379/zero" << "database";
    QTest::newRow("db 16") << "redis://host:6379/16" << "database";
    QTest::newRow("query") << "redis://host:6379/0?ssl=true" << "options";
}

void TestTaskMessages::badUrlsSayWhatIsWrong()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const BrokerUrl url = BrokerUrl::parse(text);
    QVERIFY(!url.ok());
    QVERIFY2(url.error.contains(says), qPrintable(url.error));
}

void TestTaskMessages::theDisplayedUrlHidesThePassword()
{
    const BrokerUrl url = BrokerUrl::parse(QStringLiteral("redis://:topsecret@10.1.2.3:7000/0"));
    QVERIFY(url.toString().contains(u"topsecret"));
    QVERIFY(!url.displayString().contains(u"topsecret"));
    QCOMPARE(url.displayString(), QStringLiteral("redis://:***@10.1.2.3:7000/0"));
}

void TestTaskMessages::theEnvelopeIsCeleryProtocolTwo()
{
    const QByteArray id = CeleryMessage::newTaskId();
    QCOMPARE(id.size(), 36);
    QVERIFY(id != CeleryMessage::newTaskId());
    const QJsonObject e = QJsonDocument::fromJson(CeleryMessage::envelope(7, id, QStringLiteral("me@here"))).object();
    QCOMPARE(e.value(u"content-type").toString(), QStringLiteral("application/json"));
    QCOMPARE(e.value(u"content-encoding").toString(), QStringLiteral("utf-8"));
    const QJsonObject h = e.value(u"headers").toObject();
    QCOMPARE(h.value(u"lang").toString(), QStringLiteral("py"));
    QCOMPARE(h.value(u"task").toString(), QStringLiteral("primes_tasks.check"));
    QCOMPARE(h.value(u"id").toString(), QString::fromLatin1(id));
    QCOMPARE(h.value(u"root_id").toString(), QString::fromLatin1(id));
    QVERIFY(h.value(u"parent_id").isNull());
    QVERIFY(h.value(u"group").isNull());
    QCOMPARE(h.value(u"retries").toInt(-1), 0);
    QCOMPARE(h.value(u"argsrepr").toString(), QStringLiteral("(7,)"));
    QCOMPARE(h.value(u"origin").toString(), QStringLiteral("me@here"));
    const QJsonObject p = e.value(u"properties").toObject();
    QCOMPARE(p.value(u"correlation_id").toString(), QString::fromLatin1(id));
    QCOMPARE(p.value(u"delivery_mode").toInt(), 2);
    QCOMPARE(p.value(u"body_encoding").toString(), QStringLiteral("base64"));
    QCOMPARE(p.value(u"delivery_info").toObject().value(u"routing_key").toString(), QStringLiteral("celery"));
    QCOMPARE(p.value(u"delivery_info").toObject().value(u"exchange").toString(), QString());
    const QByteArray body = QByteArray::fromBase64(e.value(u"body").toString().toLatin1());
    const QJsonArray b = QJsonDocument::fromJson(body).array();
    QCOMPARE(b.size(), 3);
    QCOMPARE(b.at(0).toArray(), QJsonArray{7});
    QCOMPARE(b.at(1).toObject(), QJsonObject{});
    for (const char *key : {"callbacks", "errbacks", "chain", "chord"}) {
        QVERIFY(b.at(2).toObject().contains(QLatin1String(key)));
        QVERIFY(b.at(2).toObject().value(QLatin1String(key)).isNull());
    }
}

void TestTaskMessages::numbersPastTwoToTheFiftyThreeStayExact()
{
    for (std::uint64_t n : {std::uint64_t{9007199254740993}, std::uint64_t{18446744073709551557u},
                            std::uint64_t{18446744073709551615u}}) {
        const QByteArray digits = QByteArray::number(static_cast<qulonglong>(n));
        QVERIFY2(CeleryMessage::body(n).startsWith(QByteArray("[[" + digits + "]")), CeleryMessage::body(n).constData());
        // And a result for it must name it exactly: one off is not it.
        const QByteArray meta = R"({"status": "SUCCESS", "result": {"n": )" + digits
            + R"(, "prime": true, "elapsed": 1.5, "host": "h", "pid": 12, "start": 1796000000.0, "end": 1796000001.5}})";
        const TaskResult good = TaskResult::parse(meta, n);
        QVERIFY2(good.kind == TaskResult::Kind::Checked, qPrintable(good.why));
        QCOMPARE(good.n, n);
        const TaskResult off = TaskResult::parse(meta, n - 1);
        QCOMPARE(off.kind, TaskResult::Kind::Malformed);
        QVERIFY2(off.why.contains(QString::fromLatin1(digits)), qPrintable(off.why));
    }
}

void TestTaskMessages::goodResultsAreRead()
{
    const TaskResult r = TaskResult::parse(
        R"({"status": "SUCCESS", "result": {"n": 7, "prime": true, "elapsed": 5.6e-06, "host": "vm", "pid": 28944,)"
        R"( "start": 1796427640.0284023, "end": 1796427640.028408}, "traceback": null, "children": [],)"
        R"( "date_done": "2026-12-04T23:40:40.028440", "task_id": "dc6abd63-7ca8-45f8-bcd9-3184ef36a79c"})",
        7);
    QVERIFY2(r.kind == TaskResult::Kind::Checked, qPrintable(r.why));
    QCOMPARE(r.n, std::uint64_t{7});
    QVERIFY(r.prime);
    QCOMPARE(r.host, QStringLiteral("vm"));
    QCOMPARE(r.pid, qint64{28944});
    QVERIFY(qFuzzyCompare(r.elapsed, 5.6e-06));
    QVERIFY(r.end >= r.start);
}

void TestTaskMessages::startedSaysWhoBeganIt()
{
    const TaskResult r = TaskResult::parse(
        R"({"status": "STARTED", "result": {"pid": 77, "hostname": "node2@lab"}, "task_id": "x"})", 9);
    QCOMPARE(r.kind, TaskResult::Kind::Started);
    QCOMPARE(r.pid, qint64{77});
    QCOMPARE(r.host, QStringLiteral("node2@lab"));
    QCOMPARE(TaskResult::parse(R"({"status": "STARTED", "result": {}})", 9).kind, TaskResult::Kind::Malformed);
    QCOMPARE(TaskResult::parse(R"({"status": "RETRY", "result": null})", 9).kind, TaskResult::Kind::Pending);
}

void TestTaskMessages::failuresNameTheException()
{
    const TaskResult r = TaskResult::parse(
        R"({"status": "FAILURE", "result": {"exc_type": "WorkerLostError", "exc_message": ["Worker exited )"
        R"(prematurely: signal 9 (SIGKILL) Job: 3."], "exc_module": "billiard.exceptions"}})",
        11);
    QCOMPARE(r.kind, TaskResult::Kind::Failed);
    QCOMPARE(r.n, std::uint64_t{11});
    QVERIFY2(r.why.startsWith(u"WorkerLostError: Worker exited prematurely"), qPrintable(r.why));
}

void TestTaskMessages::malformedResultsSayWhatWasWrong_data()
{
    QTest::addColumn<QByteArray>("meta");
    QTest::addColumn<QString>("says");
    const QByteArray ok = R"("elapsed": 0.5, "host": "h", "pid": 3, "start": 1796000000.0, "end": 1796000000.5)";
    QTest::newRow("not json") << QByteArray("{\"status\": ") << "not JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "not a JSON object";
    QTest::newRow("no status") << QByteArray("{}") << "no status";
    QTest::newRow("odd status") << QByteArray(R"({"status": "EXPLODED"})") << "EXPLODED";
    QTest::newRow("result a list") << QByteArray(R"({"status": "SUCCESS", "result": [7, true]})") << "not an object";
    QTest::newRow("no n") << QByteArray(R"({"status": "SUCCESS", "result": {"prime": true, )" + ok + "}}") << "\"n\"";
    QTest::newRow("n a string") << QByteArray(R"({"status": "SUCCESS", "result": {"n": "7", "prime": true, )" + ok + "}}")
                                << "\"n\"";
    QTest::newRow("n another number")
        << QByteArray(R"({"status": "SUCCESS", "result": {"n": 8, "prime": true, )" + ok + "}}") << "asked about 7";
    QTest::newRow("n negative") << QByteArray(R"({"status": "SUCCESS", "result": {"n": -7, "prime": true, )" + ok + "}}")
                                << "whole number";
    QTest::newRow("n fraction") << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7.5, "prime": true, )" + ok + "}}")
                                << "whole number";
    QTest::newRow("prime a number") << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7, "prime": 1, )" + ok + "}}")
                                    << "prime";
    QTest::newRow("negative elapsed")
        << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7, "prime": true, "elapsed": -1, "host": "h", )"
                      R"("pid": 3, "start": 1796000000.0, "end": 1796000000.5}})")
        << "elapsed";
    QTest::newRow("ends before it starts")
        << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7, "prime": true, "elapsed": 0.5, "host": "h", )"
                      R"("pid": 3, "start": 1796000000.0, "end": 1795000000.5}})")
        << "times";
    QTest::newRow("no host") << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7, "prime": true, "elapsed": 0.5, )"
                                           R"("host": "", "pid": 3, "start": 1796000000.0, "end": 1796000000.5}})")
                             << "host";
    QTest::newRow("pid zero") << QByteArray(R"({"status": "SUCCESS", "result": {"n": 7, "prime": true, "elapsed": 0.5, )"
                                            R"("host": "h", "pid": 0, "start": 1796000000.0, "end": 1796000000.5}})")
                              << "pid";
    QTest::newRow("huge") << QByteArray(70000, ' ') << "bytes";
}

void TestTaskMessages::malformedResultsSayWhatWasWrong()
{
    QFETCH(QByteArray, meta);
    QFETCH(QString, says);
    const TaskResult r = TaskResult::parse(meta, 7);
    QCOMPARE(r.kind, TaskResult::Kind::Malformed);
    QVERIFY2(r.why.contains(says), qPrintable(r.why));
}

QTEST_GUILESS_MAIN(TestTaskMessages)
#include "tst_taskmessages.moc"
