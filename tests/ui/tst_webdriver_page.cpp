// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The phone's voting page (resources/audience/vote.html) in headless
// Chromium, driven through tests/support/webdriver.h, for what the real
// server cannot be made to do: a fake of it, a few lines of QTcpServer in
// this test, serves the page with a policy whose script hash is wrong, hostile
// text in the question and the page's words, and drops /state while the page
// polls. The page against the real server and window is tst_audiencephone.
#include "../support/processscan.h"
#include "../support/webdriver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using conlab::testing::WebDriver;

namespace {

QByteArray between(const QByteArray &text, const QByteArray &open, const QByteArray &close)
{
    const qsizetype from = text.indexOf(open);
    const qsizetype to = from < 0 ? -1 : text.indexOf(close, from + open.size());
    return to < 0 ? QByteArray() : text.mid(from + open.size(), to - from - open.size());
}

QByteArray sha256(const QByteArray &text)
{
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

QJsonObject textsFor()
{
    return {
        {u"title"_qs, u"Concurrency Lab: vote"_qs},
        {u"codeLabel"_qs, u"Session code"_qs},
        {u"codeHint"_qs, u"The 4 digits on the projector"_qs},
        {u"needCode"_qs, u"Type the session code first: the 4 digits on the projector."_qs},
        {u"waiting"_qs, u"No question right now. Keep this page open."_qs},
        {u"open"_qs, u"Voting is open: tap your answer. You can change it until the run starts."_qs},
        {u"closed"_qs, u"Voting has closed: watch the projector."_qs},
        {u"sending"_qs, u"Sending your answer…"_qs},
        {u"yourVote"_qs, u"Your answer: %1"_qs},
        {u"noVote"_qs, u"You have not answered yet."_qs},
        {u"votersOne"_qs, u"1 person has voted"_qs},
        {u"votersOther"_qs, u"%1 people have voted"_qs},
        {u"wrongCode"_qs, u"That session code is wrong. Check the 4 digits on the projector."_qs},
        {u"failed"_qs, u"Your answer was not counted (error %1). Try again."_qs},
        {u"network"_qs, u"Cannot reach the lecturer's laptop. Retrying…"_qs},
        {u"revealed"_qs, u"The room's answers"_qs},
        {u"outcome"_qs, u"What the run showed: %1"_qs},
        {u"outcomeTag"_qs, u"The run"_qs},
        {u"language"_qs, u"Language"_qs},
    };
}

const QString kQuestion = u"What will the spinner do?"_qs;
const QStringList kAnswers{u"Keep spinning"_qs, u"Stutter"_qs, u"Never appear"_qs};

// The audience server's HTTP face, as far as the page sees it.
class FakeAudience : public QObject
{
public:
    FakeAudience()
    {
        QFile f(QStringLiteral(CONLAB_VOTE_HTML));
        if (f.open(QIODevice::ReadOnly))
            page = f.readAll();
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        server.listen(QHostAddress::LocalHost, 0);
        reset();
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(pathAndQuery));
    }

    void reset()
    {
        state = QJsonObject{{u"round"_qs, 1},
                            {u"open"_qs, true},
                            {u"question"_qs, kQuestion},
                            {u"answers"_qs, QJsonArray::fromStringList(kAnswers)},
                            {u"voters"_qs, 0},
                            {u"yourAnswer"_qs, QJsonValue::Null},
                            {u"revealed"_qs, false},
                            {u"outcome"_qs, QJsonValue::Null}};
    }

    QByteArray csp() const
    {
        QByteArray script = between(page, "<script>", "</script>");
        if (breakScriptHash)
            script += ' ';
        return "default-src 'none'; script-src " + sha256(script) + "; style-src "
            + sha256(between(page, "<style>", "</style>"))
            + "; connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    QTcpServer server;
    QByteArray page;
    QJsonObject state;
    QJsonObject extraTexts; // merged over the language's texts
    bool dropState = false; // /state closes the connection unanswered
    bool breakScriptHash = false;
    int stateRequests = 0;

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buf = buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        buffers.remove(s);
        const QByteArray method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        if (method == "GET" && target.path() == u"/")
            servePage(s);
        else if (method == "GET" && target.path() == u"/state")
            serveState(s);
        else
            respond(s, 404, "application/json", R"({"error":"not found"})");
    }

    void respond(QTcpSocket *s, int status, const QByteArray &type, const QByteArray &body,
                 const QByteArray &extraHeaders = {})
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type
                 + "\r\nContent-Length: " + QByteArray::number(body.size())
                 + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
                 + extraHeaders + "\r\n" + body);
        s->disconnectFromHost();
    }

    void servePage(QTcpSocket *s)
    {
        QJsonObject texts = textsFor();
        for (auto it = extraTexts.begin(); it != extraTexts.end(); ++it)
            texts.insert(it.key(), it.value());
        // As the server does: no '<' inside the script block, so no text can end it.
        const QByteArray json = QJsonDocument(texts).toJson(QJsonDocument::Compact).replace("<", "\\u003c");
        QByteArray html = page;
        html.replace("@@LANG@@", "en").replace("@@TEXTS@@", json);
        respond(s, 200, "text/html; charset=utf-8", html, "Content-Security-Policy: " + csp() + "\r\n");
    }

    void serveState(QTcpSocket *s)
    {
        ++stateRequests;
        if (dropState) {
            s->abort();
            return;
        }
        respond(s, 200, "application/json", QJsonDocument(state).toJson(QJsonDocument::Compact));
    }

    QHash<QTcpSocket *, QByteArray> buffers;
};

constexpr int kWait = 10000; // a page reacts within a poll (1 s); CI shares two cores

} // namespace

class TestWebDriverPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverTextIsShownAsText();
    void networkErrorIsShownAndRecovers();
    void brokenHashIsReported();
    void nothingIsLeftBehind();

private:
    QString id(const QString &css) { return m_driver->findElement(css); }
    QString text(const QString &css) { return m_driver->text(id(css)); }
    QString attr(const QString &css, const QString &name) { return m_driver->attribute(id(css), name); }
    // Console entries about the Content-Security-Policy since the last
    // forgetConsole(). Chromium's log hands each entry out once, so they are kept.
    QStringList cspViolations()
    {
        const QJsonArray log = m_driver->browserLog();
        for (const QJsonValue &e : log) {
            const QJsonObject entry = e.toObject();
            const QString m = entry.value(u"message"_qs).toString();
            if (entry.value(u"source"_qs).toString() == u"security" || m.contains(u"Content Security Policy"_qs))
                m_violations << m;
        }
        return m_violations;
    }
    void forgetConsole()
    {
        m_driver->browserLog();
        m_violations.clear();
    }

    FakeAudience m_fake;
    std::unique_ptr<WebDriver> m_driver;
    QStringList m_violations;
};

void TestWebDriverPage::initTestCase()
{
    QVERIFY2(!m_fake.page.isEmpty(), CONLAB_VOTE_HTML);
    QVERIFY(m_fake.server.isListening());
    // Each placeholder once; the style and script blocks hold none, or their hashes would change.
    QCOMPARE(m_fake.page.count("@@LANG@@"), 1);
    QCOMPARE(m_fake.page.count("@@TEXTS@@"), 1);
    QVERIFY(!between(m_fake.page, "<script>", "</script>").contains("@@"));
    QVERIFY(!between(m_fake.page, "<style>", "</style>").contains("@@"));
    QVERIFY2(m_fake.page.size() <= 20 * 1024, QByteArray::number(m_fake.page.size()));
    QVERIFY2(QFile::exists(u"/usr/bin/chromedriver"_qs) && QFile::exists(u"/usr/bin/chromium"_qs),
             "needs the chromium and chromium-driver packages: run scripts/install-deps.sh --test");
    m_driver = std::make_unique<WebDriver>();
    QVERIFY2(m_driver->isReady(), qPrintable(m_driver->lastError()));
}

void TestWebDriverPage::cleanupTestCase()
{
    m_driver.reset();
}

void TestWebDriverPage::serverTextIsShownAsText()
{
    m_fake.reset();
    forgetConsole();
    const QString evil = u"<img src=x id=evil><script>alert(1)</script> & </script>"_qs;
    m_fake.state.insert(u"question"_qs, evil);
    m_fake.extraTexts = {{u"open"_qs, evil}};
    QVERIFY(m_driver->navigate(m_fake.url(u"/?c=1234"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#question"_qs), evil, kWait);
    QCOMPARE(text(u"#status"_qs), evil);
    QVERIFY(id(u"#evil"_qs).isEmpty());
    m_fake.extraTexts = {};
    const QStringList violations = cspViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestWebDriverPage::networkErrorIsShownAndRecovers()
{
    m_fake.reset();
    const QJsonObject texts = textsFor();
    QVERIFY(m_driver->navigate(m_fake.url(u"/?c=1234"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"open"_qs).toString(), kWait);

    // About one poll a second, one at a time.
    const int before = m_fake.stateRequests;
    QTest::qWait(3000);
    const int polls = m_fake.stateRequests - before;
    QVERIFY2(polls >= 1 && polls <= 4, qPrintable(QString::number(polls)));

    m_fake.dropState = true;
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"network"_qs).toString(), kWait);
    // Backing off: 1, 2, 4, 5 s, so few requests while the server is away.
    const int failing = m_fake.stateRequests;
    QTest::qWait(4000);
    QVERIFY2(m_fake.stateRequests - failing <= 2, qPrintable(QString::number(m_fake.stateRequests - failing)));
    m_fake.dropState = false;
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"open"_qs).toString(), kWait);
}

// The detector of tst_audiencephone's check works: a script whose hash is not the
// page's is refused, and the refusal is in the browser's log.
void TestWebDriverPage::brokenHashIsReported()
{
    m_fake.reset();
    m_fake.breakScriptHash = true;
    forgetConsole();
    QVERIFY(m_driver->navigate(m_fake.url(u"/?c=1234"_qs)));
    m_fake.breakScriptHash = false;
    QTRY_VERIFY_WITH_TIMEOUT(!cspViolations().isEmpty(), kWait);
    QVERIFY(!attr(u"#question"_qs, u"hidden"_qs).isNull()); // the script never ran
}

void TestWebDriverPage::nothingIsLeftBehind()
{
    const QByteArray profile = m_driver->userDataDir().toLocal8Bit();
    QVERIFY(!conlab::testing::processesWith(profile).isEmpty());
    m_driver.reset();
    const QStringList left = conlab::testing::processesWith(profile);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestWebDriverPage)
#include "tst_webdriver_page.moc"
