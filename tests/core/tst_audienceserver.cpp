// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The room's vote over real HTTP: an AudienceService on 127.0.0.1, a free
// port, code 1234, spoken to in raw bytes (audiencehttp.h). The API as the
// README documents it, and the malformed-request table: every wrong method,
// path and body gets its 4xx (or, for what is not HTTP, a closed
// connection), and the server answers the next client after each.
#include "audiencehttp.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace conlab;
using namespace conlab::testhttp;

class TestAudienceServer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thePageCarriesItsPolicyAndACookie();
    void stateBeforeAnyVote();
    void countsAreLiveOnlyWhenAsked();
    void aVoteCountsChangesAndCloses();
    void aVoteWithoutAPageVisitGetsAToken();
    void aForgedTokenIsNoVoter();
    void noRoundMeansNoVote();
    void theLanguageSwitchIsKeptAndNeverEchoed();
    void pipelinedRequestsAreAnsweredInOrder();
    void malformedRequests_data();
    void malformedRequests();
    void tallyChangedIsCoalesced();

private:
    std::unique_ptr<AudienceService> service_;
    quint16 port_ = 0;
};

void TestAudienceServer::init()
{
    QString error;
    service_ = startService(&error);
    QVERIFY2(service_, qPrintable(error));
    port_ = service_->port();
    QVERIFY(port_ != 0);
}

void TestAudienceServer::cleanup()
{
    service_.reset();
}

void TestAudienceServer::thePageCarriesItsPolicyAndACookie()
{
    const auto r = once(port_, request("GET", "/"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(r->header("Content-Type").startsWith("text/html"), r->header("Content-Type").constData());
    const QByteArray csp = r->header("Content-Security-Policy");
    QVERIFY2(csp.contains("default-src 'none'") && csp.contains("script-src 'sha256-") && csp.contains("style-src 'sha256-"),
             csp.constData());
    QCOMPARE(r->header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(r->header("Cache-Control"), QByteArray("no-store"));
    const QByteArray cookie = r->all("Set-Cookie").value(0);
    QVERIFY2(cookie.startsWith("conlab_voter=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
             cookie.constData());
    QCOMPARE(r->voterCookie().size(), 64);
    QVERIFY2(r->body.contains("<html") && !r->body.contains("@@"), "the page, its placeholders filled");
    QVERIFY2(r->body.size() <= 50 * 1024, "the issue's page weight: at most 50 KB");
    // A phone that has its cookie keeps it.
    const auto again = once(port_, withCookie("GET", "/", r->voterCookie()));
    QVERIFY(again);
    QCOMPARE(again->voterCookie(), QByteArray());
}

void TestAudienceServer::stateBeforeAnyVote()
{
    const auto r = once(port_, request("GET", "/state"));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(r->header("Content-Type").startsWith("application/json"));
    QCOMPARE(r->header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject o = r->json();
    QCOMPARE(o.value(QLatin1String("round")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("open")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("question")).toString(), QStringLiteral("What will the spinner do?"));
    QCOMPARE(o.value(QLatin1String("answers")).toArray().size(), 3);
    QCOMPARE(o.value(QLatin1String("answers")).toArray().at(2).toString(), QStringLiteral("Never appears"));
    QCOMPARE(o.value(QLatin1String("voters")).toInt(), 0);
    QVERIFY(o.value(QLatin1String("yourAnswer")).isNull());
    QCOMPARE(o.value(QLatin1String("revealed")).toBool(), false);
    QVERIFY2(!o.contains(QLatin1String("counts")), "counts are hidden until the reveal");
    QVERIFY(o.value(QLatin1String("outcome")).isNull());
}

void TestAudienceServer::countsAreLiveOnlyWhenAsked()
{
    QCOMPARE(once(port_, vote("1234", 2))->status, 200);
    QVERIFY(!once(port_, request("GET", "/state"))->json().contains(QLatin1String("counts")));
    service_->setCountsShownLive(true);
    const QJsonObject o = once(port_, request("GET", "/state"))->json();
    QCOMPARE(o.value(QLatin1String("counts")).toArray(), (QJsonArray{0, 1, 0}));
    QCOMPARE(o.value(QLatin1String("revealed")).toBool(), false);
}

void TestAudienceServer::aVoteCountsChangesAndCloses()
{
    Client phone;
    QVERIFY(phone.open(port_));
    const QByteArray token = phone.exchange(request("GET", "/"))->voterCookie();
    QVERIFY(!token.isEmpty());
    auto r = phone.exchange(vote("1234", 1, token));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->json().value(QLatin1String("counted")).toBool(), true);
    QCOMPARE(r->json().value(QLatin1String("answer")).toInt(), 1);
    QCOMPARE(phone.exchange(withCookie("GET", "/state", token))->json().value(QLatin1String("yourAnswer")).toInt(), 1);
    QCOMPARE(phone.exchange(vote("1234", 3, token))->status, 200);
    const QJsonObject state = phone.exchange(withCookie("GET", "/state", token))->json();
    QCOMPARE(state.value(QLatin1String("yourAnswer")).toInt(), 3);
    QCOMPARE(state.value(QLatin1String("voters")).toInt(), 1);
    QCOMPARE(service_->tally().counts, (std::array<int, 3>{0, 0, 1}));

    service_->closeRound();
    r = phone.exchange(vote("1234", 2, token));
    QCOMPARE(r->status, 409);
    QVERIFY(r->json().value(QLatin1String("error")).toString().contains(QLatin1String("closed")));
    QCOMPARE(phone.exchange(request("GET", "/state"))->json().value(QLatin1String("open")).toBool(), false);
    QVERIFY(!phone.exchange(request("GET", "/state"))->json().contains(QLatin1String("counts")));
    QCOMPARE(service_->tally().counts, (std::array<int, 3>{0, 0, 1}));

    service_->reveal(3);
    const QJsonObject revealed = phone.exchange(withCookie("GET", "/state", token))->json();
    QCOMPARE(revealed.value(QLatin1String("revealed")).toBool(), true);
    QCOMPARE(revealed.value(QLatin1String("counts")).toArray(), (QJsonArray{0, 0, 1}));
    QCOMPARE(revealed.value(QLatin1String("outcome")).toInt(), 3);
    QCOMPARE(revealed.value(QLatin1String("outcomeText")).toString(), QStringLiteral("Never appeared"));
    QCOMPARE(revealed.value(QLatin1String("yourAnswer")).toInt(), 3);
}

void TestAudienceServer::aVoteWithoutAPageVisitGetsAToken()
{
    const auto r = once(port_, vote("1234", 2));
    QCOMPARE(r->status, 200);
    const QByteArray token = r->voterCookie();
    QCOMPARE(token.size(), 64);
    QCOMPARE(once(port_, withCookie("GET", "/state", token))->json().value(QLatin1String("yourAnswer")).toInt(), 2);
}

void TestAudienceServer::aForgedTokenIsNoVoter()
{
    const QByteArray forged(64, 'a');
    const auto r = once(port_, vote("1234", 1, forged));
    QCOMPARE(r->status, 200);
    QVERIFY2(r->voterCookie() != forged && r->voterCookie().size() == 64, "a forged token is replaced by an issued one");
    QVERIFY(once(port_, withCookie("GET", "/state", forged))->json().value(QLatin1String("yourAnswer")).isNull());
    QCOMPARE(once(port_, vote("1234", 1, forged))->status, 200);
    QCOMPARE(service_->tally().voters(), 2); // each forged vote is a new voter, never the forged one
}

void TestAudienceServer::noRoundMeansNoVote()
{
    service_->clearRound();
    const auto r = once(port_, vote("1234", 1));
    QCOMPARE(r->status, 409);
    const QJsonObject o = once(port_, request("GET", "/state"))->json();
    QCOMPARE(o.value(QLatin1String("question")).toString(), QString());
    QCOMPARE(o.value(QLatin1String("answers")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("open")).toBool(), false);
}

void TestAudienceServer::theLanguageSwitchIsKeptAndNeverEchoed()
{
    auto r = once(port_, request("GET", "/?lang=pt-BR"));
    QCOMPARE(r->status, 200);
    QVERIFY(r->all("Set-Cookie").contains("conlab_lang=pt_BR; Path=/; SameSite=Strict; Max-Age=43200"));
    QVERIFY(r->body.contains("lang=\"pt-BR\""));
    r = once(port_, request("GET", "/state", {}, "Cookie: conlab_lang=zh_CN\r\nAccept-Language: pt\r\n"));
    QCOMPARE(r->json().value(QLatin1String("language")).toString(), QStringLiteral("zh-CN"));
    r = once(port_, request("GET", "/state", {}, "Accept-Language: pt-PT,en;q=0.5\r\n"));
    QCOMPARE(r->json().value(QLatin1String("language")).toString(), QStringLiteral("pt-BR"));
    r = once(port_, request("GET", "/?lang=%3Cscript%3Ealert(1)%3C/script%3E"));
    QCOMPARE(r->status, 200);
    QVERIFY2(!r->body.contains("alert(1)"), "a query is never echoed into the page");
    QVERIFY(r->all("Set-Cookie").contains("conlab_lang=en; Path=/; SameSite=Strict; Max-Age=43200"));
}

void TestAudienceServer::pipelinedRequestsAreAnsweredInOrder()
{
    Client c;
    QVERIFY(c.open(port_));
    const QByteArray token = c.exchange(request("GET", "/"))->voterCookie();
    c.send(withCookie("GET", "/state", token) + vote("1234", 2, token) + withCookie("GET", "/state", token)
           + request("GET", "/nowhere"));
    const auto first = c.read();
    const auto second = c.read();
    const auto third = c.read();
    const auto fourth = c.read();
    QVERIFY(first && second && third && fourth);
    QVERIFY(first->json().value(QLatin1String("yourAnswer")).isNull());
    QCOMPARE(second->json().value(QLatin1String("counted")).toBool(), true);
    QCOMPARE(third->json().value(QLatin1String("yourAnswer")).toInt(), 2);
    QCOMPARE(fourth->status, 404);
}

void TestAudienceServer::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status"); // 0: not HTTP, the connection closes (a 4xx first is fine)
    QTest::addColumn<QByteArray>("allow");
    QTest::addColumn<QString>("word");
    const auto row = [](const char *name, const QByteArray &bytes, int status, const char *allow, const char *word) {
        QTest::addRow("%s", name) << bytes << status << QByteArray(allow) << QString::fromLatin1(word);
    };
    const QByteArray json = "Content-Type: application/json\r\n";
    for (const char *m : {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "BREW", "POST"})
        row(qPrintable(QStringLiteral("%1 /").arg(QLatin1String(m))), request(m, "/", ""), 405, "GET",
            qstrcmp(m, "HEAD") == 0 ? "" : "GET"); // a HEAD answer has no body to say it in
    for (const char *m : {"PUT", "DELETE", "POST", "TRACE"})
        row(qPrintable(QStringLiteral("%1 /state").arg(QLatin1String(m))), request(m, "/state", "{}", json), 405, "GET", "GET");
    for (const char *m : {"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"})
        row(qPrintable(QStringLiteral("%1 /vote").arg(QLatin1String(m))), request(m, "/vote"), 405, "POST",
            qstrcmp(m, "HEAD") == 0 ? "" : "POST");
    for (const char *p : {"/etc/passwd", "/../", "/../../etc/passwd", "/vote/../state", "/%2e%2e/%2e%2e/etc/passwd",
                          "/%00", "/state%00", "//state", "/state/", "/./state", "/index.html", "/vote.html", "*"})
        row(qPrintable(QStringLiteral("GET %1").arg(QLatin1String(p))), request("GET", p), 404, "", "not found");
    row("GET 10 KB path", request("GET", '/' + QByteArray(10 * 1024, 'a')), 404, "", "not found");
    row("bad JSON", request("POST", "/vote", "{\"code\": \"1234\", ", json), 400, "", "JSON");
    row("missing code", request("POST", "/vote", R"({"answer": 1})", json), 400, "", "code");
    row("wrong code", request("POST", "/vote", R"({"code": "4321", "answer": 1})", json), 403, "", "code");
    row("code as a number", request("POST", "/vote", R"({"code": 1234, "answer": 1})", json), 400, "", "code");
    for (const char *a : {"0", "4", "\"x\"", "2.5", "null"})
        row(qPrintable(QStringLiteral("answer %1").arg(QLatin1String(a))),
            request("POST", "/vote", QByteArray(R"({"code": "1234", "answer": )") + a + '}', json), 400, "", "answer");
    const QByteArray good = R"({"code": "1234", "answer": 1})";
    row("no Content-Type", request("POST", "/vote", good), 415, "", "Content-Type");
    row("text/plain", request("POST", "/vote", good, "Content-Type: text/plain\r\n"), 415, "", "Content-Type");
    row("a form", request("POST", "/vote", "code=1234&answer=1", "Content-Type: application/x-www-form-urlencoded\r\n"),
        415, "", "Content-Type");
    row("body 1025 bytes", request("POST", "/vote", good + QByteArray(1025 - good.size(), ' '), json), 413, "", "1025");
    row("20 KB header block", request("GET", "/state", {}, "X-Pad: " + QByteArray(20 * 1024, 'p') + "\r\n"), 413, "", "16 KB");
    row("Content-Length -1", request("POST", "/vote", {}, json + "Content-Length: -1\r\n"), 400, "", "JSON");
    row("Content-Length junk", request("POST", "/vote", {}, json + "Content-Length: lots\r\n"), 400, "", "JSON");
    row("garbage bytes", QByteArray("\x00\xff\xfe\x01 \x80\r\n\r\n", 10), 0, "", "");
    row("HTTP/0.9 line", "GET /\r\n", 0, "", "");
    row("not HTTP", "GET /state SPDY/3.1\r\n\r\n", 0, "", "");
    // A TLS hello and blank lines are a request line not yet ended: the
    // idle limit closes those (tst_audienceabuse's slow clients).
    // Lenient, as most servers are: these are answered normally.
    row("no Host", "GET /state HTTP/1.1\r\n\r\n", 200, "", "");
    row("HTTP/1.0", "GET /state HTTP/1.0\r\n\r\n", 200, "", "");
    row("absolute URI", request("GET", "http://evil.example/state"), 200, "", "");
    row("8 KB cookie", request("GET", "/state", {}, "Cookie: conlab_voter=" + QByteArray(8 * 1024, 'f') + "\r\n"), 200, "", "");
}

void TestAudienceServer::malformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    QFETCH(QString, word);
    Client c;
    QVERIFY(c.open(port_));
    const auto r = c.exchange(bytes, 10000);
    if (status == 0) {
        QVERIFY2(!r || (r->status >= 400 && r->status < 500), qPrintable(QString::number(r ? r->status : 0)));
        QVERIFY2(c.closedWithin(10000), "what is not HTTP is not kept open");
    } else {
        QVERIFY2(r, c.garbage() ? "the answer is not HTTP" : "no answer");
        QCOMPARE(r->status, status);
        if (!allow.isEmpty())
            QCOMPARE(r->header("Allow"), allow);
        if (bytes.startsWith("HEAD "))
            QVERIFY2(r->body.isEmpty(), "a HEAD answer with a body: a keep-alive client reads it as its next answer");
        if (!word.isEmpty()) {
            const QString error = r->json().value(QLatin1String("error")).toString();
            QVERIFY2(error.contains(word), qPrintable(error));
        }
        // The guard's own refusals (413 before QHttpServer) are written by hand.
        if (r->header("Connection") != "close")
            QCOMPARE(r->header("X-Content-Type-Options"), QByteArray("nosniff"));
    }
    QCOMPARE(service_->tally().voters(), 0);
    // And the server answers the next client.
    const auto next = once(port_, request("GET", "/state"));
    QVERIFY2(next, "the server stopped answering");
    QCOMPARE(next->status, 200);
}

void TestAudienceServer::tallyChangedIsCoalesced()
{
    QSignalSpy spy(service_.get(), &AudienceService::tallyChanged);
    QCoreApplication::processEvents(); // the start's own notice, if still queued
    spy.clear();
    QList<int> votersSeen;
    connect(service_.get(), &AudienceService::tallyChanged, this,
            [this, &votersSeen] { votersSeen.append(service_->tally().voters()); });
    constexpr int kClients = 4, kBatches = 10, kBatch = 10; // 400 new voters
    std::array<Client, kClients> clients;
    for (Client &c : clients)
        QVERIFY(c.open(port_));
    std::array<int, 3> sent{0, 0, 0};
    for (int b = 0; b < kBatches; ++b) {
        for (int k = 0; k < kClients; ++k) {
            QByteArray batch;
            for (int i = 0; i < kBatch; ++i) {
                const int answer = 1 + (b * kBatch + i + k) % 3;
                ++sent[std::size_t(answer - 1)];
                batch += vote("1234", answer);
            }
            clients[std::size_t(k)].send(batch);
        }
        for (Client &c : clients) {
            for (int i = 0; i < kBatch; ++i) {
                const auto r = c.read();
                QVERIFY(r);
                QCOMPARE(r->status, 200);
            }
        }
    }
    constexpr int kVotes = kClients * kBatches * kBatch;
    QTRY_COMPARE_WITH_TIMEOUT(votersSeen.value(votersSeen.size() - 1), kVotes, 10000);
    QCOMPARE(service_->tally().counts, sent);
    QVERIFY2(spy.count() <= kVotes / 4, qPrintable(QStringLiteral("%1 signals for %2 votes").arg(spy.count()).arg(kVotes)));
}

QTEST_GUILESS_MAIN(TestAudienceServer)
#include "tst_audienceserver.moc"
