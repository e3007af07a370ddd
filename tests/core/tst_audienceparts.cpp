// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The parts of the room's vote that take what phones send, without a
// socket: the vote body's parser, the round's box of votes (also from four
// threads at once), the signed voter tokens, the rate limiter on a
// simulated clock, and the phone's language from Accept-Language.
#include "core/audience/acceptlanguage.h"
#include "core/audience/ratelimiter.h"
#include "core/audience/votebox.h"
#include "core/audience/voterequest.h"
#include "core/audience/votertoken.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <thread>
#include <vector>

using namespace conlab;

namespace {
QuestionTexts spinnerTexts()
{
    return {QStringLiteral("What will the spinner do?"),
            {QStringLiteral("Keeps spinning"), QStringLiteral("Stutters"), QStringLiteral("Never appears")},
            {QStringLiteral("Kept spinning"), QStringLiteral("Stuttered"), QStringLiteral("Never appeared")}};
}

void openSpinner(VoteBox &box)
{
    box.open(QStringLiteral("spinner"), {{QStringLiteral("en"), spinnerTexts()}}, spinnerTexts());
}

const QStringList kOffered = {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN")};
} // namespace

class TestAudienceParts : public QObject
{
    Q_OBJECT
private slots:
    void voteBodies_data();
    void voteBodies();
    void votesAreCountedChangedAndRefused();
    void revealNeedsAClosedRound();
    void clearForgetsTheRound();
    void countsStayConsistentUnderFourThreads();
    void aFullRoundRefusesNewVotersOnly();
    void tokensVerifyOnlyAsIssued();
    void limiterAllowsABurstThenRefills();
    void limiterTableIsBoundedAndEvictsFullBuckets();
    void languages_data();
    void languages();
};

void TestAudienceParts::voteBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status"); // 0: a valid vote
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("word"); // in the error's message
    const auto row = [](const char *name, const QByteArray &body, int status, int answer, const char *word) {
        QTest::addRow("%s", name) << body << status << answer << QString::fromLatin1(word);
    };
    row("valid", R"({"code": "1234", "answer": 1})", 0, 1, "");
    row("answer 3, extra field ignored", R"({"code":"1234","answer":3,"x":[1]})", 0, 3, "");
    row("2.0 is 2", R"({"code": "1234", "answer": 2.0})", 0, 2, "");
    row("2.5", R"({"code": "1234", "answer": 2.5})", 400, 0, "answer");
    row("\"2\" as a string", R"({"code": "1234", "answer": "2"})", 400, 0, "answer");
    row("true", R"({"code": "1234", "answer": true})", 400, 0, "answer");
    row("0", R"({"code": "1234", "answer": 0})", 400, 0, "answer");
    row("4", R"({"code": "1234", "answer": 4})", 400, 0, "answer");
    row("-1", R"({"code": "1234", "answer": -1})", 400, 0, "answer");
    row("1e9", R"({"code": "1234", "answer": 1e9})", 400, 0, "answer");
    row("1e400 (inf)", R"({"code": "1234", "answer": 1e400})", 400, 0, "");
    row("null", R"({"code": "1234", "answer": null})", 400, 0, "answer");
    row("missing code", R"({"answer": 1})", 400, 0, "missing");
    row("code as a number", R"({"code": 1234, "answer": 1})", 400, 0, "string");
    row("missing answer", R"({"code": "1234"})", 400, 0, "missing");
    row("not JSON", "code=1234&answer=1", 400, 0, "JSON");
    row("array", "[1, 2, 3]", 400, 0, "object");
    row("empty body", "", 400, 0, "JSON");
    row("nested junk", R"({"code": {"a": [1, {"b": 2}]}, "answer": [[[1]]]})", 400, 0, "code");
    row("deep nesting", QByteArray(500, '[') + QByteArray(500, ']'), 400, 0, "");
    row("truncated", R"({"code": "1234", "answer": )", 400, 0, "JSON");
    row("NUL in the body", QByteArray("{\"code\": \"1234\"\0, \"answer\": 1}", 31), 400, 0, "");
    QByteArray padded = R"({"code": "1234", "answer": 1})";
    padded.append(QByteArray(VoteRequest::kMaxBodyBytes - padded.size(), ' '));
    row("exactly 1024 bytes", padded, 0, 1, "");
    row("1025 bytes", padded + ' ', 413, 0, "1025");
}

void TestAudienceParts::voteBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, answer);
    QFETCH(QString, word);
    const auto parsed = VoteRequest::parse(body);
    if (status == 0) {
        const auto *vote = std::get_if<VoteRequest>(&parsed);
        if (!vote)
            QFAIL(qPrintable(std::get<VoteRequest::Error>(parsed).message));
        QCOMPARE(vote->code, QStringLiteral("1234"));
        QCOMPARE(vote->answer, answer);
        return;
    }
    const auto *error = std::get_if<VoteRequest::Error>(&parsed);
    QVERIFY2(error, "a bad body must be refused");
    QCOMPARE(error->status, status);
    QVERIFY2(!error->message.isEmpty(), "an error says what was wrong");
    QVERIFY2(error->message.contains(word), qPrintable(error->message));
}

void TestAudienceParts::votesAreCountedChangedAndRefused()
{
    VoteBox box;
    QCOMPARE(box.vote("a", 1), VoteBox::VoteResult::NoRound);
    openSpinner(box);
    QCOMPARE(box.vote("a", 1), VoteBox::VoteResult::Counted);
    QCOMPARE(box.vote("b", 1), VoteBox::VoteResult::Counted);
    QCOMPARE(box.vote("a", 1), VoteBox::VoteResult::Same);
    QCOMPARE(box.vote("a", 3), VoteBox::VoteResult::Changed);
    QCOMPARE(box.tally().counts, (std::array<int, 3>{1, 0, 1}));
    QCOMPARE(box.tally().voters(), 2);
    QCOMPARE(box.answerOf("a"), std::optional<int>(3));
    QCOMPARE(box.answerOf("c"), std::nullopt);
    box.close();
    QCOMPARE(box.vote("a", 2), VoteBox::VoteResult::Closed);
    QCOMPARE(box.vote("c", 2), VoteBox::VoteResult::Closed);
    QCOMPARE(box.tally().counts, (std::array<int, 3>{1, 0, 1}));
    QVERIFY(!box.tally().open);
    QVERIFY(box.tally().closedAt.isValid());
    // A new round starts empty, with the next number.
    const int first = box.tally().round;
    QCOMPARE(box.open(QStringLiteral("spinner"), {}, spinnerTexts()), first + 1);
    QCOMPARE(box.tally().voters(), 0);
    QCOMPARE(box.answerOf("a"), std::nullopt);
}

void TestAudienceParts::revealNeedsAClosedRound()
{
    VoteBox box;
    box.reveal(2);
    QVERIFY(!box.tally().revealed);
    openSpinner(box);
    box.vote("a", 2);
    box.reveal(2);
    QVERIFY2(!box.tally().revealed, "an open round is never revealed: votes could follow the answer");
    box.close();
    box.reveal(0);
    box.reveal(4);
    QVERIFY(!box.tally().revealed);
    box.reveal(3);
    QVERIFY(box.tally().revealed);
    QCOMPARE(box.tally().outcome, std::optional<int>(3));
}

void TestAudienceParts::clearForgetsTheRound()
{
    VoteBox box;
    openSpinner(box);
    box.vote("a", 1);
    box.clear();
    QCOMPARE(box.tally().voters(), 0);
    QCOMPARE(box.answerOf("a"), std::nullopt);
    QCOMPARE(box.texts(QStringLiteral("en")), std::nullopt);
    QCOMPARE(box.vote("a", 1), VoteBox::VoteResult::NoRound);
    // Texts fall back to English for a language the round lacks.
    openSpinner(box);
    QCOMPARE(box.texts(QStringLiteral("zh_CN"))->question, spinnerTexts().question);
}

void TestAudienceParts::countsStayConsistentUnderFourThreads()
{
    VoteBox box;
    openSpinner(box);
    // 3000 voters, shared by the threads, so the same voter votes and
    // changes its vote from different threads at once.
    std::vector<QByteArray> tokens;
    for (int i = 0; i < 3000; ++i)
        tokens.push_back("voter-" + QByteArray::number(i));
    std::vector<std::thread> threads;
    std::vector<QSet<QByteArray>> used(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&box, &tokens, &used, t] {
            QRandomGenerator rng(quint32(1000 + t));
            for (int i = 0; i < 5000; ++i) {
                const QByteArray &token = tokens[rng.bounded(int(tokens.size()))];
                used[std::size_t(t)].insert(token);
                box.vote(token, int(rng.bounded(1, 4)));
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QSet<QByteArray> distinct;
    for (const auto &u : used)
        distinct.unite(u);
    const RoundTally tally = box.tally();
    QCOMPARE(tally.voters(), int(distinct.size()));
    std::array<int, 3> byAnswer{0, 0, 0};
    for (const QByteArray &token : std::as_const(distinct))
        ++byAnswer[std::size_t(box.answerOf(token).value() - 1)];
    QCOMPARE(tally.counts, byAnswer);
}

void TestAudienceParts::aFullRoundRefusesNewVotersOnly()
{
    VoteBox box;
    openSpinner(box);
    for (int i = 0; i < VoteBox::kMaxVoters; ++i)
        QCOMPARE(box.vote("v" + QByteArray::number(i), 1 + i % 3), VoteBox::VoteResult::Counted);
    QCOMPARE(box.vote("one more", 1), VoteBox::VoteResult::Full);
    QCOMPARE(box.vote("v0", 2), VoteBox::VoteResult::Changed);
    QCOMPARE(box.tally().voters(), VoteBox::kMaxVoters);
}

void TestAudienceParts::tokensVerifyOnlyAsIssued()
{
    const VoterTokens tokens;
    const QByteArray token = tokens.issue();
    QCOMPARE(token.size(), 64);
    QVERIFY(tokens.verify(token));
    QVERIFY(tokens.issue() != token);
    for (const int at : {0, 20, 40, 63}) { // in the id and in the signature
        QByteArray flipped = token;
        flipped[at] = flipped[at] == '0' ? '1' : '0';
        QVERIFY2(!tokens.verify(flipped), qPrintable(QStringLiteral("flipped at %1").arg(at)));
    }
    QVERIFY(!tokens.verify(token.left(63)));
    QVERIFY(!tokens.verify(token + '0'));
    QVERIFY(!tokens.verify(QByteArray()));
    QVERIFY(!tokens.verify(token.toUpper()) || token == token.toUpper());
    QVERIFY(!tokens.verify(QByteArray(64, 'g')));
    QVERIFY(!tokens.verify(QByteArray(64, '0')));
    const VoterTokens other;
    QVERIFY2(!other.verify(token), "another listener's secret signs other tokens");
}

void TestAudienceParts::limiterAllowsABurstThenRefills()
{
    RateLimiter limiter(5, 1, 10); // 5 at once, then one a second
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.allow("a", 0));
    QVERIFY(!limiter.allow("a", 0));
    QVERIFY2(limiter.allow("b", 0), "each key has its own bucket");
    QVERIFY(!limiter.allow("a", 999));
    QVERIFY(limiter.allow("a", 1000));
    QVERIFY(!limiter.allow("a", 1000));
    // A long wait refills to the burst, no further.
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.allow("a", 1'000'000));
    QVERIFY(!limiter.allow("a", 1'000'000));
    // A clock that goes back refills nothing and breaks nothing.
    QVERIFY(!limiter.allow("a", 0));
}

void TestAudienceParts::limiterTableIsBoundedAndEvictsFullBuckets()
{
    RateLimiter limiter(5, 1, 3);
    QVERIFY(limiter.allow("a", 0));
    QVERIFY(limiter.allow("b", 0));
    QVERIFY(limiter.allow("c", 0));
    QVERIFY2(!limiter.allow("d", 0), "a full table refuses a new key while every bucket has state");
    QVERIFY(!limiter.allow("d", 500)); // half a token back each: still state
    QCOMPARE(limiter.size(), 3);
    QVERIFY2(limiter.allow("d", 1000), "buckets refilled completely are evicted for new keys");
    QVERIFY(limiter.size() <= 3);
    for (int i = 0; i < 1000; ++i)
        limiter.allow("k" + QByteArray::number(i), 2000 + i * 10'000);
    QVERIFY(limiter.size() <= 3);
}

void TestAudienceParts::languages_data()
{
    QTest::addColumn<QByteArray>("chosen");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "de;q=0.9, ";
    QTest::addRow("nothing") << QByteArray() << QByteArray() << "en";
    QTest::addRow("pt-PT gets pt_BR") << QByteArray() << QByteArray("pt-PT") << "pt_BR";
    QTest::addRow("zh-TW gets zh_CN") << QByteArray() << QByteArray("zh-TW,zh;q=0.9") << "zh_CN";
    QTest::addRow("exact, any case") << QByteArray() << QByteArray("PT-br") << "pt_BR";
    QTest::addRow("english first") << QByteArray() << QByteArray("en-US,en;q=0.9,pt;q=0.8") << "en";
    QTest::addRow("q-values order") << QByteArray() << QByteArray("de-DE,pt;q=0.8,zh;q=0.9") << "zh_CN";
    QTest::addRow("equal q keeps order") << QByteArray() << QByteArray("zh, pt") << "zh_CN";
    QTest::addRow("q=0 excluded") << QByteArray() << QByteArray("pt;q=0, zh;q=0.1") << "zh_CN";
    QTest::addRow("only q=0") << QByteArray() << QByteArray("pt;q=0") << "en";
    QTest::addRow("bad q excluded") << QByteArray() << QByteArray("pt;q=abc, zh;q=0.2") << "zh_CN";
    QTest::addRow("q above 1 excluded") << QByteArray() << QByteArray("pt;q=7, zh;q=0.2") << "zh_CN";
    QTest::addRow("unoffered") << QByteArray() << QByteArray("de, fr-CA") << "en";
    QTest::addRow("star") << QByteArray() << QByteArray("*") << "en";
    QTest::addRow("garbage") << QByteArray() << QByteArray(";;;,,,q=,\xff\x00-", 12) /* the NUL is data: 12 bytes, not up to it */ << "en";
    QTest::addRow("explicit wins") << QByteArray("zh-CN") << QByteArray("pt-BR") << "zh_CN";
    QTest::addRow("explicit as a cookie code") << QByteArray("pt_BR") << QByteArray("zh") << "pt_BR";
    QTest::addRow("explicit unknown, header next") << QByteArray("xx") << QByteArray("pt") << "pt_BR";
    QTest::addRow("explicit markup") << QByteArray("<script>") << QByteArray() << "en";
    QTest::addRow("1000 ranges, zh past the bound") << QByteArray() << many + "zh" << "en";
    QTest::addRow("1000 ranges, zh first") << QByteArray() << "zh;q=0.5, " + many << "zh_CN";
}

void TestAudienceParts::languages()
{
    QFETCH(QByteArray, chosen);
    QFETCH(QByteArray, header);
    QTEST(AcceptLanguage::pick(chosen, header, kOffered), "expected");
}

QTEST_GUILESS_MAIN(TestAudienceParts)
#include "tst_audienceparts.moc"
