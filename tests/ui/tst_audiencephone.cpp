// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The room's vote end to end: the real window with Audience on (its
// AudienceService on 127.0.0.1, code 4321), the real phone page it serves,
// and headless Chromium as the students' phones (tests/support/webdriver.h).
// A round follows spinner page 1: it opens with the page's question, closes
// when Run starts, and is revealed with the verdict's outcome, on the phone
// and in the window's RoomTallyChart.
//
// CONLAB_PAGE_SHOTS=<folder> keeps screenshots of the phone (open, voted,
// closed, revealed, Chinese) and a grab of the window's page after the reveal.
#include "../support/processscan.h"
#include "../support/webdriver.h"
#include "core/audience/audienceoptions.h"
#include "core/audience/audiencequestion.h"
#include "core/audience/audienceservice.h"
#include "core/audience/phonetexts.h"
#include "core/audience/phonetranslations.h"
#include "ui/audience/audiencecontroller.h"
#include "ui/audience/audiencestrip.h"
#include "ui/audience/joinoverlay.h"
#include "ui/audience/roomtallychart.h"
#include "ui/engine/backgroundrun.h"
#include "ui/mainwindow.h"
#include "ui/pages/spinnerpage.h"
#include "ui/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace conlab;
using conlab::testing::WebDriver;

namespace {

constexpr int kWait = 15'000;    // a phone polls /state every second; CI shares two cores
constexpr int kRunWait = 30'000; // a 1 s run at native pace, on a busy machine

const QString kInstall = QStringLiteral(
    "needs the chromium and chromium-driver packages: run scripts/install-deps.sh --test");

// What a phone is told in `lang` ("en", "zh_CN"): the page's words and the
// question, from the same translations the server uses.
struct PhoneWords
{
    QJsonObject texts;
    QuestionTexts question;
};

PhoneWords wordsFor(const QString &lang)
{
    const PhoneTranslations translations;
    return {PhoneTexts::json(translations, lang), translations.question(lang, AudienceQuestion::spinner())};
}

QString fill(const QJsonObject &texts, const char *key, const QString &arg = {})
{
    QString s = texts.value(QLatin1String(key)).toString();
    return arg.isNull() ? s : s.replace(u"%1"_qs, arg);
}

// The keys the page reads, as its header comment lists them ("Text keys").
QStringList pageTextKeys()
{
    QFile f(u":/audience/vote.html"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString html = QString::fromUtf8(f.readAll());
    const qsizetype from = html.indexOf(u"Text keys"_qs);
    const qsizetype to = html.indexOf(u"Ids for tests"_qs, from);
    QStringList keys;
    static const QRegularExpression line(u"^  (\\w+) "_qs, QRegularExpression::MultilineOption);
    for (const auto &m : line.globalMatch(html.mid(from, to - from)))
        keys << m.captured(1);
    return keys;
}

} // namespace

class TestAudiencePhone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void phoneShowsThePagesQuestion();
    void votesReachTheWindow();
    void anotherPhoneInItsLanguageIsAnotherVoter();
    void runClosesTheRound();
    void revealShowsTheRoomAndTheRun();
    void resetOpensANewRound();
    void wrongCodeIsRefusedAndNoQuestionWaits();
    void noContentSecurityPolicyViolations();
    void audienceOffClosesTheListener();
    void nothingIsLeftBehind();

private:
    QString id(const QString &css) { return m_phone->findElement(css); }
    QString text(const QString &css) { return m_phone->text(id(css)); }
    QString attr(const QString &css, const QString &name) { return m_phone->attribute(id(css), name); }
    AudienceService *service() const { return m_window->audience()->service(); }
    RoundTally tally() const { return service()->tally(); }
    // A fetch from the phone's page, with its cookies: "status" or "failed: why".
    QString fetchFromPhone(WebDriver &phone, const QString &path, const QString &init)
    {
        const QJsonValue v =
            phone.executeScript(u"return fetch(arguments[0], JSON.parse(arguments[1]))"
                                ".then(r => r.text().then(t => String(r.status) + ' ' + t), e => 'failed: ' + e);"_qs,
                                {path, init});
        return v.isString() ? v.toString() : u"no answer: "_qs + phone.lastError();
    }
    QJsonObject stateSeenBy(WebDriver &phone)
    {
        const QString r = fetchFromPhone(phone, u"/state"_qs, u"{\"credentials\":\"same-origin\"}"_qs);
        return r.startsWith(u"200 "_qs) ? QJsonDocument::fromJson(r.mid(4).toUtf8()).object() : QJsonObject();
    }
    // Console entries about the Content-Security-Policy, kept for the whole
    // run: Chromium hands each log entry out once.
    void collectConsole(WebDriver &phone)
    {
        const QJsonArray log = phone.browserLog();
        for (const QJsonValue &e : log) {
            const QJsonObject entry = e.toObject();
            const QString m = entry.value(u"message"_qs).toString();
            if (entry.value(u"source"_qs).toString() == u"security" || m.contains(u"Content Security Policy"_qs))
                m_violations << m;
        }
    }
    void shot(const QString &name)
    {
        if (!m_shots.isEmpty())
            QVERIFY2(m_phone->screenshot(m_shots + u'/' + name + u".png"_qs), qPrintable(m_phone->lastError()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    SpinnerPage *m_page = nullptr;
    std::unique_ptr<WebDriver> m_phone;
    QString m_profile;  // the first phone's Chromium profile, to find its processes
    QString m_profile2; // the second phone's
    PhoneWords m_en;
    QString m_shots;
    QStringList m_violations;
    int m_round = 0;
};

void TestAudiencePhone::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(u"/usr/bin/chromedriver"_qs) && QFile::exists(u"/usr/bin/chromium"_qs),
             qPrintable(kInstall));
    m_shots = qEnvironmentVariable("CONLAB_PAGE_SHOTS");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));
    m_en = wordsFor(u"en"_qs);

    // The window with settings of its own, in English, on spinner page 1,
    // its run short: S1 with a 2.5 s sleep at native pace, long enough for a
    // phone polling every second to see the round closed before the reveal.
    m_store = std::make_unique<QSettings>(m_dir.filePath(u"phone.ini"_qs), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_store.get());
    m_settings->setLanguage(u"en"_qs);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setCurrentExperiment(0);
    m_page = qobject_cast<SpinnerPage *>(m_window->currentPage());
    QVERIFY(m_page);
    RunSettings run;
    run.pace = Pace::native();
    m_page->applySettings(run);
    m_page->setCurrentVariant(0);
    m_page->setSleepSeconds(2.5);

    AudienceOptions options;
    options.bind = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.code = u"4321"_qs;
    QString error;
    QVERIFY2(m_window->startAudience(options, &error), qPrintable(error));
    QVERIFY(m_window->audience()->isOn());
    QCOMPARE(service()->code(), u"4321"_qs);
    QVERIFY(service()->port() != 0);
    QCOMPARE(service()->joinUrl().query(), u"c=4321"_qs);
    // The lecturer closes the join card once the room has the code.
    m_window->audience()->overlay()->hide();
    QTRY_VERIFY(tally().round > 0);
    QVERIFY(tally().open);
    m_round = tally().round;

    m_phone = std::make_unique<WebDriver>();
    QVERIFY2(m_phone->isReady(), qPrintable(m_phone->lastError() + u"; "_qs + kInstall));
    m_profile = m_phone->userDataDir();
}

void TestAudiencePhone::cleanupTestCase()
{
    m_phone.reset();
    if (m_window)
        m_window->audience()->stop();
    m_window.reset();
    BackgroundRun::stopAllAndWait(5000);
}

// The QR code's address opens the page with the code filled in, the
// question and its three answers in the phone's language (English here).
void TestAudiencePhone::phoneShowsThePagesQuestion()
{
    QVERIFY2(m_phone->navigate(service()->joinUrl()), qPrintable(m_phone->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#question"_qs), m_en.question.question, kWait);
    for (int n = 1; n <= 3; ++n) {
        const QString b = u"#answer%1"_qs.arg(n);
        QVERIFY2(text(b).contains(m_en.question.answers[n - 1]), qPrintable(text(b)));
        QCOMPARE(attr(b, u"aria-pressed"_qs), u"false"_qs);
        QVERIFY(attr(b, u"disabled"_qs).isNull());
    }
    QCOMPARE(m_phone->executeScript(u"return document.documentElement.lang;"_qs).toString(), u"en"_qs);
    QCOMPARE(m_phone->property(id(u"#code"_qs), u"value"_qs).toString(), u"4321"_qs);
    QCOMPARE(text(u"#status"_qs), fill(m_en.texts, "open"));
    QCOMPARE(text(u"#voters"_qs), fill(m_en.texts, "votersOther", u"0"_qs));
    QCOMPARE(m_phone->executeScript(u"return document.title;"_qs).toString(), fill(m_en.texts, "title"));
    // Every word the page reads comes from the server: a key it lacks would
    // show as its name on the phones.
    const QStringList keys = pageTextKeys();
    QVERIFY(keys.size() >= 15);
    const QJsonObject served =
        QJsonDocument::fromJson(
            m_phone->executeScript(u"return document.getElementById('texts').textContent;"_qs).toString().toUtf8())
            .object();
    for (const QString &k : keys)
        QVERIFY2(served.value(k).isString() && !served.value(k).toString().isEmpty(), qPrintable(k));
    shot(u"phone-1-open"_qs);
}

void TestAudiencePhone::votesReachTheWindow()
{
    QVERIFY(m_phone->click(id(u"#answer2"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(tally().voters(), 1, kWait);
    QCOMPARE(tally().counts, (std::array<int, 3>{0, 1, 0}));
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer2"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QCOMPARE(text(u"#mine"_qs), fill(m_en.texts, "yourVote", m_en.question.answers[1]));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#voters"_qs), fill(m_en.texts, "votersOne"), kWait);

    // A changed answer replaces the first: still one voter.
    QVERIFY(m_phone->click(id(u"#answer3"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(tally().counts, (std::array<int, 3>{0, 0, 1}), kWait);
    QCOMPARE(tally().voters(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer3"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QCOMPARE(attr(u"#answer2"_qs, u"aria-pressed"_qs), u"false"_qs);
    QCOMPARE(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"false"_qs);
    // Its cookie is the phone's vote: HttpOnly, out of the page's script.
    bool voterCookie = false;
    for (const QJsonValue &c : m_phone->cookies()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"name"_qs).toString() == u"conlab_voter")
            voterCookie = o.value(u"httpOnly"_qs).toBool();
    }
    QVERIFY(voterCookie);
    shot(u"phone-2-voted"_qs);
}

// A second phone, a Chinese one (Accept-Language zh-CN): the page in
// Chinese, another voter; the same phone voting twice is one voter; its
// language switch keeps the code. Then, cookies cleared, the same browser
// is a third voter.
void TestAudiencePhone::anotherPhoneInItsLanguageIsAnotherVoter()
{
    const PhoneWords zh = wordsFor(u"zh_CN"_qs);
    {
        WebDriver::Options options;
        options.extraArgs << u"--accept-lang=zh-CN"_qs;
        WebDriver second(options);
        QVERIFY2(second.isReady(), qPrintable(second.lastError()));
        QVERIFY2(second.navigate(service()->joinUrl()), qPrintable(second.lastError()));
        const auto secondText = [&second](const QString &css) { return second.text(second.findElement(css)); };
        QTRY_COMPARE_WITH_TIMEOUT(secondText(u"#question"_qs), zh.question.question, kWait);
        QCOMPARE(second.executeScript(u"return document.documentElement.lang;"_qs).toString(), u"zh-CN"_qs);
        QCOMPARE(secondText(u"#status"_qs), fill(zh.texts, "open"));
        // The test carries the app's translations: the answers are Chinese.
        QVERIFY2(zh.question.answers[0] != m_en.question.answers[0], qPrintable(zh.question.answers[0]));
        QVERIFY2(secondText(u"#answer1"_qs).contains(zh.question.answers[0]), qPrintable(secondText(u"#answer1"_qs)));
        if (!m_shots.isEmpty())
            QVERIFY(second.screenshot(m_shots + u"/phone-zh-CN-open.png"_qs));

        QVERIFY(second.click(second.findElement(u"#answer1"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(tally().voters(), 2, kWait);
        QCOMPARE(tally().counts, (std::array<int, 3>{1, 0, 1}));
        // The same cookie again, straight to the API: counted once.
        const QString again = fetchFromPhone(
            second, u"/vote"_qs,
            u"{\"method\":\"POST\",\"credentials\":\"same-origin\",\"headers\":{\"Content-Type\":\"application/json\"},"
            "\"body\":\"{\\\"code\\\":\\\"4321\\\",\\\"answer\\\":1}\"}"_qs);
        QVERIFY2(again.startsWith(u"200 "_qs), qPrintable(again));
        QCOMPARE(tally().voters(), 2);
        QCOMPARE(tally().counts, (std::array<int, 3>{1, 0, 1}));

        // The switch to Portuguese keeps the code the QR code carried.
        const QString pt = second.findElement(u"#langs a[hreflang=pt-BR]"_qs);
        QVERIFY(second.click(pt));
        QTRY_COMPARE_WITH_TIMEOUT(second.executeScript(u"return document.documentElement.lang;"_qs).toString(),
                                  u"pt-BR"_qs, kWait);
        QCOMPARE(second.property(second.findElement(u"#code"_qs), u"value"_qs).toString(), u"4321"_qs);
        QCOMPARE(QUrlQuery(second.currentUrl()).queryItemValue(u"c"_qs), u"4321"_qs);
        const PhoneWords ptWords = wordsFor(u"pt_BR"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(secondText(u"#question"_qs), ptWords.question.question, kWait);
        // Still the same voter, its answer still marked.
        QTRY_COMPARE_WITH_TIMEOUT(second.attribute(second.findElement(u"#answer1"_qs), u"aria-pressed"_qs), u"true"_qs,
                                  kWait);
        collectConsole(second);
        const QString profile = second.userDataDir();
        QVERIFY(!conlab::testing::processesWith(profile.toLocal8Bit()).isEmpty());
        // `second` quits here; its browser must go with it.
        m_profile2 = profile;
    }
    const QStringList left = conlab::testing::processesWith(m_profile2.toLocal8Bit());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    QCOMPARE(tally().voters(), 2);

    // Cleared cookies: the first browser is a new phone to the server.
    QVERIFY(m_phone->deleteAllCookies());
    QVERIFY(m_phone->navigate(service()->joinUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#question"_qs), m_en.question.question, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#mine"_qs), fill(m_en.texts, "noVote"), kWait);
    QVERIFY(m_phone->click(id(u"#answer3"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(tally().voters(), 3, kWait);
    QCOMPARE(tally().counts, (std::array<int, 3>{1, 0, 2}));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#voters"_qs), fill(m_en.texts, "votersOther", u"3"_qs), kWait);
}

// Run starts: the round closes at once in the window, within a poll on the
// phone, and a vote sent now is refused with 409.
void TestAudiencePhone::runClosesTheRound()
{
    QSignalSpy finished(m_page, &SpinnerPage::runFinished);
    m_page->run();
    QVERIFY(m_page->isRunning());
    QVERIFY(!tally().open);
    QCOMPARE(tally().voters(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"disabled"_qs), u"true"_qs, kWait);
    QCOMPARE(attr(u"#answer2"_qs, u"disabled"_qs), u"true"_qs);
    QCOMPARE(attr(u"#answer3"_qs, u"disabled"_qs), u"true"_qs);
    QCOMPARE(text(u"#status"_qs), fill(m_en.texts, "closed"));
    QCOMPARE(attr(u"#answer3"_qs, u"aria-pressed"_qs), u"true"_qs); // the vote stays marked
    // Closed, not yet revealed: no counts reach the phones before the end.
    // (Read first, judged only if the run was still going after the reads.)
    const QJsonObject seen = stateSeenBy(*m_phone);
    const bool tallyHidden = !attr(u"#tally"_qs, u"hidden"_qs).isNull();
    const QString voters = text(u"#voters"_qs);
    if (m_page->isRunning()) {
        QCOMPARE(seen.value(u"open"_qs).toBool(true), false);
        QCOMPARE(seen.value(u"revealed"_qs).toBool(true), false);
        QVERIFY(!seen.contains(u"counts"_qs));
        QVERIFY(tallyHidden);
        QCOMPARE(voters, fill(m_en.texts, "votersOther", u"3"_qs));
        shot(u"phone-3-closed"_qs);
    } else {
        qWarning("the run ended before the closed phone was seen; no closed screenshot");
    }
    const QString late = fetchFromPhone(
        *m_phone, u"/vote"_qs,
        u"{\"method\":\"POST\",\"credentials\":\"same-origin\",\"headers\":{\"Content-Type\":\"application/json\"},"
        "\"body\":\"{\\\"code\\\":\\\"4321\\\",\\\"answer\\\":1}\"}"_qs);
    QVERIFY2(late.startsWith(u"409 "_qs), qPrintable(late));
    QCOMPARE(tally().counts, (std::array<int, 3>{1, 0, 2}));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kRunWait);
}

// The run has ended: the window shows the room's tally beside the verdict,
// and the phone the same counts with the run's answer marked.
void TestAudiencePhone::revealShowsTheRoomAndTheRun()
{
    QVERIFY(!m_page->isRunning());
    const std::optional<int> outcome = m_page->audienceOutcome();
    QVERIFY(outcome && *outcome >= 1 && *outcome <= 3);
    QTRY_VERIFY(tally().revealed);
    const RoundTally t = tally();
    QCOMPARE(t.outcome, outcome);
    QCOMPARE(t.counts, (std::array<int, 3>{1, 0, 2}));
    QCOMPARE(m_window->audience()->revealedRounds().size(), std::size_t(1));

    RoomTallyChart *chart = m_page->roomTally();
    QVERIFY(chart->isVisible());
    QCOMPARE(chart->tally(), t);
    const QString line = t.revealLine();
    QVERIFY2(line.startsWith(u"67% said "_qs + m_en.question.answers[2] + u";"_qs), qPrintable(line));
    QVERIFY2(chart->plainText().contains(line), qPrintable(chart->plainText()));
    QVERIFY2(chart->plainText().contains(u"3"_qs), qPrintable(chart->plainText()));

    QTRY_VERIFY_WITH_TIMEOUT(attr(u"#tally"_qs, u"hidden"_qs).isNull(), kWait);
    const QString bars = text(u"#bars"_qs);
    QVERIFY2(bars.contains(u"1 · 33%"_qs) && bars.contains(u"0 · 0%"_qs) && bars.contains(u"2 · 67%"_qs),
             qPrintable(bars));
    const QStringList runRows = m_phone->findElements(u"#bars .row.run"_qs);
    QCOMPARE(runRows.size(), 1);
    QCOMPARE(m_phone->findElements(u"#bars .row"_qs).indexOf(runRows.first()), *outcome - 1);
    QCOMPARE(text(u"#outcome"_qs), fill(m_en.texts, "outcome", m_en.question.outcomes[*outcome - 1]));
    // This phone answered 3; its row says so.
    QCOMPARE(m_phone->findElements(u"#bars .row:nth-child(3) .you"_qs).size(), 1);
    QVERIFY(!attr(u"#answer1"_qs, u"hidden"_qs).isNull()); // the tally takes the buttons' place
    // The bars' widths come from the CSSOM, which the hashed style-src must
    // not block; read after their 0.4 s transition.
    QTest::qWait(600);
    const QJsonArray shares = m_phone
                                  ->executeScript(u"return Array.from(document.querySelectorAll('#bars .fill'))"
                                                  ".map(f => f.getBoundingClientRect().width"
                                                  " / f.parentElement.clientWidth);"_qs)
                                  .toArray();
    QCOMPARE(shares.size(), 3);
    const double expected[] = {0.33, 0.0, 0.67};
    for (int i = 0; i < 3; ++i)
        QVERIFY2(qAbs(shares[i].toDouble() - expected[i]) < 0.02, qPrintable(QString::number(shares[i].toDouble())));
    shot(u"phone-4-revealed"_qs);
    if (!m_shots.isEmpty()) {
        QVERIFY(m_page->grab().save(m_shots + u"/window-spinner-page-revealed.png"_qs));
        QVERIFY(m_window->grab().save(m_shots + u"/window-revealed.png"_qs));
    }
}

// Reset asks the question again: a new round, on the phone too, its choice gone.
void TestAudiencePhone::resetOpensANewRound()
{
    const int before = tally().round;
    m_page->resetPage();
    QTRY_VERIFY(tally().round > before);
    QVERIFY(tally().open);
    QCOMPARE(tally().voters(), 0);
    QVERIFY(!m_page->roomTally()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(stateSeenBy(*m_phone).value(u"round"_qs).toInt(), tally().round, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(attr(u"#answer1"_qs, u"disabled"_qs).isNull(), kWait);
    for (int n = 1; n <= 3; ++n) {
        QVERIFY(attr(u"#answer%1"_qs.arg(n), u"hidden"_qs).isNull());
        QCOMPARE(attr(u"#answer%1"_qs.arg(n), u"aria-pressed"_qs), u"false"_qs);
    }
    QCOMPARE(text(u"#mine"_qs), fill(m_en.texts, "noVote"));
    QCOMPARE(text(u"#status"_qs), fill(m_en.texts, "open"));
    QVERIFY(!attr(u"#tally"_qs, u"hidden"_qs).isNull());
}

// A phone that never had the code: asked for it, a wrong one refused (403),
// the right one counted and kept across a reload. A page without a
// question leaves the phones waiting.
void TestAudiencePhone::wrongCodeIsRefusedAndNoQuestionWaits()
{
    QVERIFY(tally().open);
    QCOMPARE(tally().voters(), 0);
    QVERIFY(m_phone->executeScript(u"sessionStorage.clear(); return true;"_qs).toBool());
    QVERIFY(m_phone->navigate(service()->url()));
    QTRY_VERIFY_WITH_TIMEOUT(attr(u"#answer1"_qs, u"hidden"_qs).isNull(), kWait);
    QCOMPARE(m_phone->property(id(u"#code"_qs), u"value"_qs).toString(), QString());
    const QString activeId = u"return document.activeElement.id;"_qs;

    QVERIFY(m_phone->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), fill(m_en.texts, "needCode"), kWait);
    QCOMPARE(m_phone->executeScript(activeId).toString(), u"code"_qs);

    QVERIFY(m_phone->sendKeys(id(u"#code"_qs), u"99x99"_qs));
    QCOMPARE(m_phone->property(id(u"#code"_qs), u"value"_qs).toString(), u"9999"_qs);
    QVERIFY(m_phone->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), fill(m_en.texts, "wrongCode"), kWait);
    QCOMPARE(attr(u"#code"_qs, u"aria-invalid"_qs), u"true"_qs);
    QCOMPARE(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"false"_qs);
    QCOMPARE(tally().voters(), 0);

    QVERIFY(m_phone->clear(id(u"#code"_qs)));
    QVERIFY(m_phone->sendKeys(id(u"#code"_qs), u"4321"_qs));
    QVERIFY(m_phone->click(id(u"#answer1"_qs)));
    QTRY_COMPARE_WITH_TIMEOUT(tally().counts, (std::array<int, 3>{1, 0, 0}), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"true"_qs, kWait);
    QVERIFY(m_phone->navigate(service()->url()));
    QTRY_COMPARE_WITH_TIMEOUT(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"true"_qs, kWait); // the server's yourAnswer
    QCOMPARE(m_phone->property(id(u"#code"_qs), u"value"_qs).toString(), u"4321"_qs);

    // Experiment 9 compares runs and asks nothing: the phones wait.
    m_window->setCurrentExperiment(8);
    QVERIFY(!m_window->currentPage()->audienceQuestion());
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), fill(m_en.texts, "waiting"), kWait);
    QVERIFY(!attr(u"#answer1"_qs, u"hidden"_qs).isNull());
    QVERIFY(!attr(u"#question"_qs, u"hidden"_qs).isNull());
    const QString refused = fetchFromPhone(
        *m_phone, u"/vote"_qs,
        u"{\"method\":\"POST\",\"credentials\":\"same-origin\",\"headers\":{\"Content-Type\":\"application/json\"},"
        "\"body\":\"{\\\"code\\\":\\\"4321\\\",\\\"answer\\\":2}\"}"_qs);
    QVERIFY2(refused.startsWith(u"409 "_qs), qPrintable(refused));
    // Back on page 1: its question again, a fresh round.
    const int before = tally().round;
    m_window->setCurrentExperiment(0);
    QTRY_VERIFY(tally().round > before && tally().open);
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), fill(m_en.texts, "open"), kWait);
    QCOMPARE(attr(u"#answer1"_qs, u"aria-pressed"_qs), u"false"_qs);
}

// The server's policy names the page's script and style by hash: nothing
// the real page does is refused (tst_webdriver_page shows a wrong hash is).
void TestAudiencePhone::noContentSecurityPolicyViolations()
{
    collectConsole(*m_phone);
    QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u'\n')));
}

// Audience off: the listener is gone, the phone says it cannot reach it.
void TestAudiencePhone::audienceOffClosesTheListener()
{
    const quint16 port = service()->port();
    m_window->audience()->stop();
    QVERIFY(!m_window->audience()->isOn());
    QVERIFY(!m_window->audience()->strip()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(text(u"#status"_qs), fill(m_en.texts, "network"), kWait);
    QCOMPARE(attr(u"#status"_qs, u"class"_qs), u"err"_qs);
    const QString r = fetchFromPhone(*m_phone, u"/state"_qs, u"{}"_qs);
    QVERIFY2(r.startsWith(u"failed: "_qs), qPrintable(r));
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(5000));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    shot(u"phone-5-off"_qs);
}

void TestAudiencePhone::nothingIsLeftBehind()
{
    QVERIFY(!conlab::testing::processesWith(m_profile.toLocal8Bit()).isEmpty());
    m_phone.reset();
    const QStringList left = conlab::testing::processesWith(m_profile.toLocal8Bit());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
}

QTEST_MAIN(TestAudiencePhone)
#include "tst_audiencephone.moc"
