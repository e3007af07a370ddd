// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The phone's voting page (resources/audience/vote.html) in headless
// Chromium, driven through tests/support/webdriver.h. A fake of the
// audience server, a few lines of QTcpServer in this test, serves the page
// with the real Content-Security-Policy and answers /state and /vote, so
// this tests the page and the WebDriver client, not the app's server.
//
// CONLAB_PAGE_SHOTS=<folder> keeps screenshots of each state, in English and
// Chinese, light and dark, to look at.
#include "../support/processscan.h"
#include "../support/webdriver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

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

QJsonObject textsFor(const QString &lang)
{
    if (lang == u"zh-CN")
        return {
            {u"title"_qs, u"并发实验室：投票"_qs},
            {u"codeLabel"_qs, u"会话码"_qs},
            {u"codeHint"_qs, u"投影上显示的 4 位数字"_qs},
            {u"needCode"_qs, u"请先输入会话码：投影上显示的 4 位数字。"_qs},
            {u"waiting"_qs, u"现在没有问题。请保持此页面打开。"_qs},
            {u"open"_qs, u"投票进行中：点选你的答案。运行开始前可以更改。"_qs},
            {u"closed"_qs, u"投票已结束：请看投影。"_qs},
            {u"sending"_qs, u"正在提交你的答案…"_qs},
            {u"yourVote"_qs, u"你的答案：%1"_qs},
            {u"noVote"_qs, u"你还没有作答。"_qs},
            {u"votersOne"_qs, u"已有 1 人投票"_qs},
            {u"votersOther"_qs, u"已有 %1 人投票"_qs},
            {u"wrongCode"_qs, u"会话码不对。请核对投影上的 4 位数字。"_qs},
            {u"failed"_qs, u"你的答案没有被计入（错误 %1）。请重试。"_qs},
            {u"network"_qs, u"无法连接讲师的电脑。正在重试…"_qs},
            {u"revealed"_qs, u"全场的答案"_qs},
            {u"outcome"_qs, u"运行的结果：%1"_qs},
            {u"outcomeTag"_qs, u"运行结果"_qs},
            {u"language"_qs, u"语言"_qs},
        };
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

struct Question
{
    QString question;
    QStringList answers;
    QString outcomeText;
};

Question questionFor(const QString &lang)
{
    if (lang == u"zh-CN")
        return {u"旋转指示器会怎样？"_qs, {u"一直转动"_qs, u"卡顿"_qs, u"根本不出现"_qs}, u"它根本没有出现"_qs};
    return {u"What will the spinner do?"_qs,
            {u"Keep spinning"_qs, u"Stutter"_qs, u"Never appear"_qs},
            u"It never appeared"_qs};
}

// The audience server's HTTP face, as far as the page sees it.
class FakeAudience : public QObject
{
public:
    struct Vote
    {
        QByteArray contentType;
        QByteArray body;
    };

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
        reset(u"en"_qs);
    }

    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(pathAndQuery));
    }

    void reset(const QString &lang)
    {
        const Question q = questionFor(lang);
        state = QJsonObject{{u"round"_qs, 1},
                            {u"open"_qs, true},
                            {u"question"_qs, q.question},
                            {u"answers"_qs, QJsonArray::fromStringList(q.answers)},
                            {u"voters"_qs, 0},
                            {u"yourAnswer"_qs, QJsonValue::Null},
                            {u"revealed"_qs, false},
                            {u"outcome"_qs, QJsonValue::Null}};
        votes.clear();
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
    QList<Vote> votes;
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
        const QByteArray body = buf.mid(end + 4, length);
        buffers.remove(s);
        const QByteArray method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        if (method == "GET" && target.path() == u"/")
            servePage(s, QUrlQuery(target).queryItemValue(u"lang"_qs));
        else if (method == "GET" && target.path() == u"/state")
            serveState(s);
        else if (method == "POST" && target.path() == u"/vote")
            serveVote(s, headers.value("content-type"), body);
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

    void servePage(QTcpSocket *s, QString lang)
    {
        if (lang != u"zh-CN" && lang != u"pt-BR")
            lang = u"en"_qs;
        QJsonObject texts = textsFor(lang);
        for (auto it = extraTexts.begin(); it != extraTexts.end(); ++it)
            texts.insert(it.key(), it.value());
        // As the server does: no '<' inside the script block, so no text can end it.
        const QByteArray json = QJsonDocument(texts).toJson(QJsonDocument::Compact).replace("<", "\\u003c");
        QByteArray html = page;
        html.replace("@@LANG@@", lang.toUtf8()).replace("@@TEXTS@@", json);
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

    void serveVote(QTcpSocket *s, const QByteArray &type, const QByteArray &body)
    {
        votes.append({type, body});
        const QJsonObject v = QJsonDocument::fromJson(body).object();
        if (v.value(u"code"_qs).toString() != u"1234")
            return respond(s, 403, "application/json", R"({"error":"wrong session code"})");
        if (!state.value(u"open"_qs).toBool())
            return respond(s, 409, "application/json", R"({"error":"voting has closed"})");
        if (state.value(u"yourAnswer"_qs).isNull())
            state.insert(u"voters"_qs, state.value(u"voters"_qs).toInt() + 1);
        state.insert(u"yourAnswer"_qs, v.value(u"answer"_qs).toInt());
        respond(s, 200, "application/json", R"({"ok":true})");
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
    void pageFollowsTheRound_data();
    void pageFollowsTheRound();
    void wrongCodeAsksForTheCode();
    void serverTextIsShownAsText();
    void networkErrorIsShownAndRecovers();
    void languageLinksKeepTheCode();
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
    void shot(const QString &name)
    {
        if (!m_shots.isEmpty())
            QVERIFY2(m_driver->screenshot(m_shots + u'/' + name + u".png"_qs), qPrintable(m_driver->lastError()));
    }

    FakeAudience m_fake;
    std::unique_ptr<WebDriver> m_driver;
    QString m_shots;
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
    if (!QFile::exists(u"/usr/bin/chromedriver"_qs) || !QFile::exists(u"/usr/bin/chromium"_qs))
        QSKIP("needs the chromium and chromium-driver packages");
    m_shots = qEnvironmentVariable("CONLAB_PAGE_SHOTS");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
    m_driver = std::make_unique<WebDriver>();
    QVERIFY2(m_driver->isReady(), qPrintable(m_driver->lastError()));
}

void TestWebDriverPage::cleanupTestCase()
{
    m_driver.reset();
}

void TestWebDriverPage::pageFollowsTheRound_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << u"en"_qs;
    QTest::newRow("zh-CN") << u"zh-CN"_qs;
}

void TestWebDriverPage::pageFollowsTheRound()
{
    QFETCH(QString, lang);
    const QJsonObject texts = textsFor(lang);
    const Question q = questionFor(lang);
    m_fake.reset(lang);
    forgetConsole();
    QVERIFY2(m_driver->navigate(m_fake.url(u"/?c=1234&lang="_qs + lang)), qPrintable(m_driver->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#question"_qs), q.question, kWait);
    QCOMPARE(m_driver->executeScript(u"return document.documentElement.lang;"_qs).toString(), lang);
    QCOMPARE(m_driver->executeScript(u"return document.title;"_qs).toString(), texts.value(u"title"_qs).toString());
    for (int n = 1; n <= 3; ++n)
        QVERIFY(text(u"#answer%1"_qs.arg(n)).contains(q.answers[n - 1]));
    QCOMPARE(m_driver->property(id(u"#code"_qs), u"value"_qs).toString(), u"1234"_qs);
    QCOMPARE(text(u"#status"_qs), texts.value(u"open"_qs).toString());
    QCOMPARE(text(u"#voters"_qs), texts.value(u"votersOther"_qs).toString().replace(u"%1"_qs, u"0"_qs));
    QCOMPARE(attr(u"#answer2"_qs, u"aria-pressed"_qs), u"false"_qs);
    shot(lang + u"-1-open"_qs);

    // A tap posts the code and the answer as JSON.
    QVERIFY(m_driver->click(id(u"#answer2"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.votes.size(), 1, kWait);
    QCOMPARE(m_fake.votes[0].contentType, "application/json");
    QCOMPARE(QJsonDocument::fromJson(m_fake.votes[0].body).object(),
             (QJsonObject{{u"code"_qs, u"1234"_qs}, {u"answer"_qs, 2}}));
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer2"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QCOMPARE(text(u"#mine"_qs), texts.value(u"yourVote"_qs).toString().replace(u"%1"_qs, q.answers[1]));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#voters"_qs), texts.value(u"votersOne"_qs).toString(), kWait);
    shot(lang + u"-2-voted"_qs);

    // A changed answer posts again and moves the mark.
    QVERIFY(m_driver->click(id(u"#answer3"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.votes.size(), 2, kWait);
    QCOMPARE(QJsonDocument::fromJson(m_fake.votes[1].body).object().value(u"answer"_qs).toInt(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer3"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QCOMPARE(attr(u"#answer2"_qs, u"aria-pressed"_qs), u"false"_qs);

    // Run starts: the round closes, the buttons are disabled, the vote stays marked.
    m_fake.state.insert(u"open"_qs, false);
    m_fake.state.insert(u"voters"_qs, 23);
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"disabled"_qs), u"true"_qs, kWait);
    QCOMPARE(attr(u"#answer3"_qs, u"disabled"_qs), u"true"_qs);
    QCOMPARE(text(u"#status"_qs), texts.value(u"closed"_qs).toString());
    QCOMPARE(attr(u"#answer3"_qs, u"aria-pressed"_qs), u"true"_qs);
    QCOMPARE(text(u"#voters"_qs), texts.value(u"votersOther"_qs).toString().replace(u"%1"_qs, u"23"_qs));
    shot(lang + u"-3-closed"_qs);

    // The reveal: bars as wide as their share, the run's answer marked.
    m_fake.state.insert(u"revealed"_qs, true);
    m_fake.state.insert(u"counts"_qs, QJsonArray{12, 8, 3});
    m_fake.state.insert(u"outcome"_qs, 3);
    m_fake.state.insert(u"outcomeText"_qs, q.outcomeText);
    QTRY_VERIFY_WITH_TIMEOUT(!id(u"#tally"_qs).isEmpty() && attr(u"#tally"_qs, u"hidden"_qs).isNull(), kWait);
    QVERIFY(text(u"#tally"_qs).contains(u"12 · 52%"_qs));
    QVERIFY(text(u"#tally"_qs).contains(u"3 · 13%"_qs));
    QCOMPARE(text(u"#outcome"_qs), texts.value(u"outcome"_qs).toString().replace(u"%1"_qs, q.outcomeText));
    // The widths come from the CSSOM; the hashed style-src must not block them.
    // Read after the 0.4 s transition.
    QTest::qWait(600);
    const QJsonArray shares = m_driver
                                  ->executeScript(u"return Array.from(document.querySelectorAll('#tally .fill'))"
                                                  ".map(f => f.getBoundingClientRect().width"
                                                  " / f.parentElement.clientWidth);"_qs)
                                  .toArray();
    QCOMPARE(shares.size(), 3);
    QVERIFY2(qAbs(shares[0].toDouble() - 0.52) < 0.02, qPrintable(QString::number(shares[0].toDouble())));
    QVERIFY2(qAbs(shares[2].toDouble() - 0.13) < 0.02, qPrintable(QString::number(shares[2].toDouble())));
    QCOMPARE(m_driver->findElements(u"#tally .row.run"_qs).size(), 1);
    shot(lang + u"-4-revealed"_qs);
    if (!m_shots.isEmpty()) {
        const QJsonObject dark{
            {u"features"_qs,
             QJsonArray{QJsonObject{{u"name"_qs, u"prefers-color-scheme"_qs}, {u"value"_qs, u"dark"_qs}}}}};
        QVERIFY(!m_driver->devTools(u"Emulation.setEmulatedMedia"_qs, dark).isUndefined());
        QTest::qWait(300);
        shot(lang + u"-5-revealed-dark"_qs);
        m_driver->devTools(u"Emulation.setEmulatedMedia"_qs, {{u"features"_qs, QJsonArray{}}});
    }

    // A new question: the old choice is gone.
    m_fake.reset(lang);
    m_fake.state.insert(u"round"_qs, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!attr(u"#tally"_qs, u"hidden"_qs).isNull(), kWait);
    QCOMPARE(attr(u"#answer3"_qs, u"aria-pressed"_qs), u"false"_qs);
    QCOMPARE(attr(u"#answer1"_qs, u"disabled"_qs), QString());
    QCOMPARE(text(u"#mine"_qs), texts.value(u"noVote"_qs).toString());

    const QStringList violations = cspViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
}

void TestWebDriverPage::wrongCodeAsksForTheCode()
{
    m_fake.reset(u"en"_qs);
    const QJsonObject texts = textsFor(u"en"_qs);
    // The code is remembered per tab; start as a phone that never had one.
    m_driver->executeScript(u"sessionStorage.clear();"_qs);
    QVERIFY(m_driver->navigate(m_fake.url(u"/"_qs)));
    QTRY_VERIFY_WITH_TIMEOUT(attr(u"#answer1"_qs, u"hidden"_qs).isNull(), kWait);
    QCOMPARE(m_driver->property(id(u"#code"_qs), u"value"_qs).toString(), QString());
    const QString activeId = u"return document.activeElement.id;"_qs;

    // No code: no request, the code field asks for it.
    QVERIFY(m_driver->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"needCode"_qs).toString(), kWait);
    QCOMPARE(m_driver->executeScript(activeId).toString(), u"code"_qs);
    QCOMPARE(m_fake.votes.size(), 0);

    // A wrong code: 403, the field is marked and focused.
    QVERIFY(m_driver->sendKeys(id(u"#code"_qs), u"99x99"_qs));
    QCOMPARE(m_driver->property(id(u"#code"_qs), u"value"_qs).toString(), u"9999"_qs); // digits only, four at most
    QVERIFY(m_driver->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"wrongCode"_qs).toString(), kWait);
    QCOMPARE(attr(u"#code"_qs, u"aria-invalid"_qs), u"true"_qs);
    QCOMPARE(m_driver->executeScript(activeId).toString(), u"code"_qs);
    QCOMPARE(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"false"_qs);
    shot(u"en-6-wrong-code"_qs);

    // The right one counts, and is remembered across a reload.
    QVERIFY(m_driver->clear(id(u"#code"_qs)));
    QVERIFY(m_driver->sendKeys(id(u"#code"_qs), u"1234"_qs));
    QVERIFY(m_driver->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QCOMPARE(text(u"#status"_qs), texts.value(u"open"_qs).toString());
    QVERIFY(m_driver->navigate(m_fake.url(u"/"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"true"_qs, kWait); // the server's yourAnswer
    QCOMPARE(m_driver->property(id(u"#code"_qs), u"value"_qs).toString(), u"1234"_qs);

    // A round closed between the poll and the tap: 409 shows the closed state.
    m_fake.state.insert(u"open"_qs, false);
    QVERIFY(m_driver->executeScript(u"document.getElementById('answer2').click(); return true;"_qs).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"closed"_qs).toString(), kWait);

    // No question on the projector: the page waits, no buttons.
    m_fake.state.insert(u"question"_qs, QString());
    m_fake.state.insert(u"answers"_qs, QJsonArray{});
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), texts.value(u"waiting"_qs).toString(), kWait);
    QVERIFY(!attr(u"#answer1"_qs, u"hidden"_qs).isNull());
    QVERIFY(!attr(u"#question"_qs, u"hidden"_qs).isNull());
    shot(u"en-7-waiting"_qs);
}

void TestWebDriverPage::serverTextIsShownAsText()
{
    m_fake.reset(u"en"_qs);
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
    m_fake.reset(u"en"_qs);
    const QJsonObject texts = textsFor(u"en"_qs);
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

void TestWebDriverPage::languageLinksKeepTheCode()
{
    QVERIFY(m_driver->navigate(m_fake.url(u"/?c=1234&lang=pt-BR"_qs)));
    QTRY_VERIFY_WITH_TIMEOUT(attr(u"#answer1"_qs, u"hidden"_qs).isNull(), kWait);
    const QString zh = id(u"#langs a[hreflang=zh-CN]"_qs);
    QCOMPARE(m_driver->text(zh), u"中文"_qs);
    QCOMPARE(m_driver->attribute(zh, u"href"_qs), u"?lang=zh-CN&c=1234"_qs);
    QCOMPARE(attr(u"#langs a[hreflang=pt-BR]"_qs, u"aria-current"_qs), u"page"_qs);
    QVERIFY(m_driver->click(zh));
    QTRY_COMPARE_WITH_TIMEOUT(m_driver->executeScript(u"return document.documentElement.lang;"_qs).toString(),
                              u"zh-CN"_qs, kWait);
    QCOMPARE(m_driver->property(id(u"#code"_qs), u"value"_qs).toString(), u"1234"_qs);
}

// The detector of the tests above works: a script whose hash is not the
// page's is refused, and the refusal is in the browser's log.
void TestWebDriverPage::brokenHashIsReported()
{
    m_fake.reset(u"en"_qs);
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
