// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The room's vote against clients that mean harm or are broken: a body of
// 10 MB, a flood from one address, a brute force of the session code, a
// phone voting in a loop, 200 slow clients holding sockets, and more
// connections from one address than the cap. After each, the server still
// answers others. Limits are the server's (AudienceServer,
// GuardedTcpServer); the waits are bounded and wide, never timings.
#include "audiencehttp.h"
#include "core/audience/connectionguard.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace conlab;
using namespace conlab::testhttp;

namespace {
const QHostAddress kOtherAddress(QStringLiteral("127.0.0.2"));

int stillConnected(const std::vector<std::unique_ptr<QTcpSocket>> &sockets)
{
    return int(std::count_if(sockets.begin(), sockets.end(), [](const auto &s) {
        return s->state() == QAbstractSocket::ConnectedState;
    }));
}

std::vector<std::unique_ptr<QTcpSocket>> connectMany(int n, quint16 port)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < n; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    return sockets;
}
} // namespace

class TestAudienceAbuse : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aHugeBodyIsRefusedBeforeItIsBuffered();
    void aFloodFromOneAddressIsLimitedOnlyThere();
    void guessingTheCodeRunsDry();
    void onePhoneVotingInALoopIsLimited();
    void slowClientsAreClosedAndBlockNobody();
    void connectionsPastThePerAddressCapGet503();

private:
    std::unique_ptr<AudienceService> service_;
    quint16 port_ = 0;
};

void TestAudienceAbuse::init()
{
    QString error;
    service_ = startService(&error);
    QVERIFY2(service_, qPrintable(error));
    port_ = service_->port();
}

void TestAudienceAbuse::cleanup()
{
    service_.reset();
}

void TestAudienceAbuse::aHugeBodyIsRefusedBeforeItIsBuffered()
{
    const qint64 before = residentKb();
    QVERIFY(before > 0);
    constexpr qint64 kBody = 10 * 1024 * 1024;
    Client c;
    QVERIFY(c.open(port_));
    c.socket()->write("POST /vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(kBody) + "\r\n\r\n");
    const QByteArray chunk(64 * 1024, ' ');
    qint64 sent = 0;
    QDeadlineTimer deadline(30000);
    // Written as a client would, a bounded amount at a time, so only the
    // server could hold the 10 MB.
    while (sent < kBody && c.socket()->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (c.socket()->bytesToWrite() < 512 * 1024) {
            c.socket()->write(chunk);
            sent += chunk.size();
        } else {
            c.socket()->waitForBytesWritten(100);
        }
    }
    // 413 when its answer arrives before the reset; closed either way.
    const auto r = c.read(5000);
    QVERIFY2(!r || r->status == 413, qPrintable(QString::number(r ? r->status : 0)));
    QVERIFY2(c.closedWithin(20000), "a connection past the request limit is closed");
    QVERIFY2(sent < kBody || r, "the server read the whole 10 MB without a word");
    const qint64 grown = residentKb() - before;
    QVERIFY2(grown < 50 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 kB").arg(grown)));
    const auto next = once(port_, request("GET", "/state"));
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

void TestAudienceAbuse::aFloodFromOneAddressIsLimitedOnlyThere()
{
    // Past the per-address burst (4000) faster than it refills (2000/s):
    // pipelined in small batches on keep-alive connections.
    constexpr int kClients = 8, kBatch = 10, kMaxRequests = 200'000;
    std::array<Client, kClients> clients;
    for (Client &c : clients)
        QVERIFY(c.open(port_));
    const QByteArray one = request("GET", "/state");
    QByteArray batch;
    for (int i = 0; i < kBatch; ++i)
        batch += one;
    int sent = 0, ok = 0, limited = 0, afterLimit = 0;
    QDeadlineTimer bound(60000); // against a hang, not a timing: a flood is fast or is no flood
    while (sent < kMaxRequests && afterLimit < 200 && !bound.hasExpired()) {
        for (Client &c : clients)
            c.socket()->write(batch);
        sent += kClients * kBatch;
        for (Client &c : clients) {
            for (int i = 0; i < kBatch; ++i) {
                const auto r = c.read(10000);
                QVERIFY2(r, qPrintable(QStringLiteral("no answer after %1 requests").arg(sent)));
                if (r->status == 429) {
                    ++limited;
                    QCOMPARE(r->header("Retry-After"), QByteArray("1"));
                } else {
                    QCOMPARE(r->status, 200);
                    ++ok;
                }
                if (limited > 0)
                    ++afterLimit;
            }
        }
    }
    qInfo("flood: %d requests, %d answered 200, %d answered 429", sent, ok, limited);
    QVERIFY2(limited > 0, "a flood from one address is never limited");
    QVERIFY2(ok >= 4000, "the burst a hall needs is allowed first");
    // Another address is not limited at all, the flooding one soon again.
    const auto other = once(port_, request("GET", "/state"), kOtherAddress);
    QVERIFY(other);
    QCOMPARE(other->status, 200);
    // The flooding address recovers as its bucket refills (2,000 a second).
    int status = 0;
    QElapsedTimer waited;
    waited.start();
    while (status != 200 && waited.elapsed() < 10000) {
        QTest::qWait(100);
        status = once(port_, request("GET", "/state")).value_or(Response{}).status;
    }
    QCOMPARE(status, 200);
}

void TestAudienceAbuse::guessingTheCodeRunsDry()
{
    Client c;
    QVERIFY(c.open(port_));
    int refused = 0, limitedAt = 0;
    for (int i = 0; i < 60 && limitedAt == 0; ++i) {
        const QByteArray code = QByteArray::number(5000 + i);
        const auto r = c.exchange(vote(code, 1));
        QVERIFY(r);
        if (r->status == 403)
            ++refused;
        else if (r->status == 429)
            limitedAt = i + 1;
        else
            QFAIL(qPrintable(QStringLiteral("a wrong code got %1").arg(r->status)));
    }
    QVERIFY2(refused >= 30 && refused <= 33, qPrintable(QStringLiteral("%1 wrong codes before the limit").arg(refused)));
    QVERIFY(limitedAt > 0);
    // The right code still counts; another address still gets 403, not 429.
    QCOMPARE(c.exchange(vote("1234", 2))->status, 200);
    QCOMPARE(once(port_, vote("4321", 2), kOtherAddress)->status, 403);
    QCOMPARE(service_->tally().voters(), 1);
}

void TestAudienceAbuse::onePhoneVotingInALoopIsLimited()
{
    Client c;
    QVERIFY(c.open(port_));
    const QByteArray token = c.exchange(request("GET", "/"))->voterCookie();
    QVERIFY(!token.isEmpty());
    int counted = 0, limited = 0;
    for (int i = 0; i < 30; ++i) {
        const int status = c.exchange(vote("1234", 1 + i % 3, token))->status;
        counted += status == 200;
        limited += status == 429;
    }
    QVERIFY2(counted >= 10 && counted < 30 && limited > 0, qPrintable(QStringLiteral("%1 counted").arg(counted)));
    QCOMPARE(service_->tally().voters(), 1);
    QCOMPARE(once(port_, vote("1234", 1))->status, 200); // another phone behind the same address
}

void TestAudienceAbuse::slowClientsAreClosedAndBlockNobody()
{
    // 200 clients send half a request line and stall; half of them trickle
    // a byte now and then, which must not keep them open either.
    auto stalled = connectMany(200, port_);
    QTRY_COMPARE_WITH_TIMEOUT(stillConnected(stalled), 200, 20000);
    // Half a request line; a TLS hello (no line end ever); blank lines.
    const QByteArray tlsHello = QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + QByteArray(500, '\0');
    for (std::size_t i = 0; i < stalled.size(); ++i)
        stalled[i]->write(i % 10 == 1 ? tlsHello : i % 10 == 3 ? QByteArray("\r\n\r\n \r\n") : QByteArray("GET /state HT"));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(stalled.begin(), stalled.end(), [](const auto &s) { return s->bytesToWrite() == 0; }),
                             10000);
    QTimer trickle;
    trickle.setInterval(2000);
    connect(&trickle, &QTimer::timeout, this, [&stalled] {
        for (std::size_t i = 0; i < stalled.size(); i += 2)
            stalled[i]->write("T");
    });
    trickle.start();
    // A phone among them votes as usual.
    Client phone;
    QVERIFY(phone.open(port_));
    const auto r = phone.exchange(vote("1234", 3), 5000);
    QVERIFY2(r, "a vote waits behind slow clients");
    QCOMPARE(r->status, 200);
    QCOMPARE(stillConnected(stalled), 200); // nobody is cut before the idle limit
    // Closed by the server after 15 s without a response, with room to spare.
    QTRY_COMPARE_WITH_TIMEOUT(stillConnected(stalled), 0, 40000);
    const auto next = once(port_, request("GET", "/state"));
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

void TestAudienceAbuse::connectionsPastThePerAddressCapGet503()
{
    // A request on each, written at once: its answer proves the server took
    // the connection (a client may see it up while it still waits in the
    // listen backlog) and restarts its idle limit.
    auto held = connectMany(GuardedTcpServer::kMaxPerAddress, port_);
    const auto askAll = [&held] {
        std::vector<qint64> before;
        for (auto &s : held) {
            before.push_back(s->bytesAvailable());
            s->write(request("GET", "/state"));
        }
        return before;
    };
    const auto allAnswered = [&held](const std::vector<qint64> &before) {
        for (std::size_t i = 0; i < held.size(); ++i) {
            if (held[i]->bytesAvailable() <= before[i])
                return false;
        }
        return true;
    };
    auto before = askAll();
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(before), 30000);
    // Once more, so that none nears the idle limit however long that took.
    before = askAll();
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(before), 30000);
    QCOMPARE(stillConnected(held), GuardedTcpServer::kMaxPerAddress);
    Client extra;
    QVERIFY(extra.open(port_));
    const auto refused = extra.exchange(request("GET", "/state"), 10000);
    QVERIFY2(refused, "a connection past the cap gets an answer, not silence");
    QCOMPARE(refused->status, 503);
    QVERIFY(extra.closedWithin(10000));
    QCOMPARE(stillConnected(held), GuardedTcpServer::kMaxPerAddress);
    // Another address has its own count.
    QCOMPARE(once(port_, request("GET", "/state"), kOtherAddress).value_or(Response{}).status, 200);
    // Closing some makes room again.
    for (int i = 0; i < 100; ++i)
        held[std::size_t(i)]->abort();
    // The flooding address recovers as its bucket refills (2,000 a second).
    int status = 0;
    QElapsedTimer waited;
    waited.start();
    while (status != 200 && waited.elapsed() < 10000) {
        QTest::qWait(100);
        status = once(port_, request("GET", "/state")).value_or(Response{}).status;
    }
    QCOMPARE(status, 200);
}

QTEST_GUILESS_MAIN(TestAudienceAbuse)
#include "tst_audienceabuse.moc"
