// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// What the room's vote gives out: the tally's per cents and reveal line, the
// CSV export, the command-line options' errors, and the QR code, which a
// real reader (zbarimg, from zbar-tools) must decode back to the URL.
#include "core/audience/audienceoptions.h"
#include "core/audience/qrmatrix.h"
#include "core/vote/roundtally.h"
#include "core/vote/tallycsv.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {
RoundTally spinnerTally(std::array<int, 3> counts, std::optional<int> outcome)
{
    RoundTally t;
    t.round = 1;
    t.questionKey = QStringLiteral("spinner");
    t.question = QStringLiteral("What will the spinner do?");
    t.answers = QStringList{QStringLiteral("Keeps spinning"), QStringLiteral("Stutters"), QStringLiteral("Never appears")};
    t.outcomes = QStringList{QStringLiteral("Kept spinning"), QStringLiteral("Stuttered"), QStringLiteral("Never appeared")};
    t.counts = counts;
    t.revealed = outcome.has_value();
    t.outcome = outcome;
    t.openedAt = QDateTime(QDate(2026, 3, 4), QTime(10, 0, 0), Qt::UTC);
    t.closedAt = QDateTime(QDate(2026, 3, 4), QTime(10, 5, 6), Qt::UTC);
    return t;
}
} // namespace

class TestAudienceOutputs : public QObject
{
    Q_OBJECT
private slots:
    void percents_data();
    void percents();
    void revealLines_data();
    void revealLines();
    void csvHasThreeRowsPerRound();
    void csvQuotesAndDefusesFormulas();
    void badOptionsNameTheOption_data();
    void badOptionsNameTheOption();
    void randomCodesAreFourDigits();
    void qrWidthFollowsTheVersion_data();
    void qrWidthFollowsTheVersion();
    void qrDecodesBackToTheUrl_data();
    void qrDecodesBackToTheUrl();
};

void TestAudienceOutputs::percents_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("c");
    QTest::addColumn<QList<int>>("expected"); // percent(1..3), then percent(0), percent(4)
    QTest::addRow("no voters") << 0 << 0 << 0 << QList<int>{0, 0, 0, 0, 0};
    QTest::addRow("halves") << 5 << 3 << 2 << QList<int>{50, 30, 20, 0, 0};
    QTest::addRow("thirds round") << 1 << 1 << 1 << QList<int>{33, 33, 33, 0, 0};
    QTest::addRow("two thirds") << 2 << 1 << 0 << QList<int>{67, 33, 0, 0, 0};
    QTest::addRow("all one") << 0 << 0 << 500 << QList<int>{0, 0, 100, 0, 0};
}

void TestAudienceOutputs::percents()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, c);
    QFETCH(QList<int>, expected);
    const RoundTally t = spinnerTally({a, b, c}, std::nullopt);
    QCOMPARE((QList<int>{t.percent(1), t.percent(2), t.percent(3), t.percent(0), t.percent(4)}), expected);
}

void TestAudienceOutputs::revealLines_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("b");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("outcome"); // 0: not revealed
    QTest::addColumn<QString>("line");
    QTest::addRow("the issue's example") << 62 << 20 << 18 << 3 << "62% said Keeps spinning; it never appeared.";
    QTest::addRow("room was right") << 1 << 7 << 2 << 2 << "70% said Stutters; it stuttered.";
    QTest::addRow("tie goes to the outcome") << 5 << 5 << 0 << 2 << "50% said Stutters; it stuttered.";
    QTest::addRow("tie without it, lower") << 4 << 2 << 4 << 2 << "40% said Keeps spinning; it stuttered.";
    QTest::addRow("not revealed") << 5 << 3 << 2 << 0 << "";
    QTest::addRow("no voters") << 0 << 0 << 0 << 1 << "";
}

void TestAudienceOutputs::revealLines()
{
    QFETCH(int, a);
    QFETCH(int, b);
    QFETCH(int, c);
    QFETCH(int, outcome);
    const RoundTally t = spinnerTally({a, b, c}, outcome ? std::optional<int>(outcome) : std::nullopt);
    QTEST(t.revealLine(), "line");
}

void TestAudienceOutputs::csvHasThreeRowsPerRound()
{
    RoundTally second = spinnerTally({1, 0, 0}, std::nullopt);
    second.round = 2;
    second.closedAt = QDateTime(); // still open: the date is when it opened
    const QByteArray csv = TallyCsv::write({spinnerTally({62, 20, 18}, 3), second});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 1 + 3 + 3 + 1); // header, 3 + 3 rows, nothing after the last CRLF
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(lines[0], QByteArray("question,answer,count,outcome,date\r"));
    QCOMPARE(lines[1], QByteArray("What will the spinner do?,Keeps spinning,62,Never appears,2026-03-04T10:05:06Z\r"));
    QCOMPARE(lines[2], QByteArray("What will the spinner do?,Stutters,20,Never appears,2026-03-04T10:05:06Z\r"));
    QCOMPARE(lines[3], QByteArray("What will the spinner do?,Never appears,18,Never appears,2026-03-04T10:05:06Z\r"));
    QCOMPARE(lines[4], QByteArray("What will the spinner do?,Keeps spinning,1,,2026-03-04T10:00:00Z\r"));
    static const QRegularExpression iso(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    for (int i = 1; i <= 6; ++i)
        QVERIFY2(iso.match(QString::fromUtf8(lines[i].split(',').last())).hasMatch(), lines[i].constData());
    QCOMPARE(TallyCsv::write({}), QByteArray("question,answer,count,outcome,date\r\n"));
}

void TestAudienceOutputs::csvQuotesAndDefusesFormulas()
{
    RoundTally t = spinnerTally({1, 2, 3}, 1);
    t.question = QStringLiteral("Say \"hi\", then\nwait");
    t.answers = QStringList{QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1"), QStringLiteral("@SUM(A1)")};
    const QByteArray csv = TallyCsv::write({t});
    const QByteArray question = "\"Say \"\"hi\"\", then\nwait\"";
    QVERIFY2(csv.contains(QByteArray(question + ",\"'=HYPERLINK(\"\"http://x\"\")\",1,\"'=HYPERLINK")), csv.constData());
    QVERIFY2(csv.contains(QByteArray(question + ",\"'+1\",2,")), csv.constData());
    QVERIFY2(csv.contains(QByteArray(question + ",\"'@SUM(A1)\",3,")), csv.constData());
    // No field starts a spreadsheet formula.
    static const QRegularExpression formula(QStringLiteral("(^|,)[=+\\-@]"));
    QVERIFY2(!formula.match(QString::fromUtf8(csv)).hasMatch(), csv.constData());
}

void TestAudienceOutputs::badOptionsNameTheOption_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addRow("port 0") << "--audience-port" << "0" << true;
    QTest::addRow("port 65535") << "--audience-port" << "65535" << true;
    QTest::addRow("port 65536") << "--audience-port" << "65536" << false;
    QTest::addRow("port -1") << "--audience-port" << "-1" << false;
    QTest::addRow("port word") << "--audience-port" << "http" << false;
    QTest::addRow("port empty") << "--audience-port" << "" << false;
    QTest::addRow("bind v4") << "--audience-bind" << "127.0.0.1" << true;
    QTest::addRow("bind v6") << "--audience-bind" << "::1" << true;
    QTest::addRow("bind name") << "--audience-bind" << "localhost" << false;
    QTest::addRow("bind 999") << "--audience-bind" << "999.1.1.1" << false;
    QTest::addRow("bind empty") << "--audience-bind" << "" << false;
    QTest::addRow("code 0427") << "--audience-code" << "0427" << true;
    QTest::addRow("code 3 digits") << "--audience-code" << "123" << false;
    QTest::addRow("code 5 digits") << "--audience-code" << "12345" << false;
    QTest::addRow("code letter") << "--audience-code" << "12a4" << false;
    QTest::addRow("code arabic-indic") << "--audience-code" << QString::fromUtf8("١٢٣٤") << false;
    QTest::addRow("code newline") << "--audience-code" << "1234\n" << false;
    QTest::addRow("code space") << "--audience-code" << " 1234" << false;
}

void TestAudienceOutputs::badOptionsNameTheOption()
{
    QFETCH(QString, option);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QString error;
    bool parsed = false;
    if (option == QLatin1String("--audience-port"))
        parsed = AudienceOptions::parsePort(text, &error).has_value();
    else if (option == QLatin1String("--audience-bind"))
        parsed = AudienceOptions::parseBind(text, &error).has_value();
    else
        parsed = AudienceOptions::parseCode(text, &error).has_value();
    QCOMPARE(parsed, ok);
    if (!ok) {
        QVERIFY2(error.startsWith(option + QLatin1Char(':')), qPrintable(error));
        QVERIFY2(error.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(error));
    }
}

void TestAudienceOutputs::randomCodesAreFourDigits()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = AudienceOptions::randomCode();
        QString error;
        QVERIFY2(AudienceOptions::parseCode(code, &error), qPrintable(code));
        seen.insert(code);
    }
    QVERIFY2(seen.size() > 150, "200 codes from 10,000 rarely repeat much");
}

void TestAudienceOutputs::qrWidthFollowsTheVersion_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fits");
    QTest::addRow("short") << QByteArray("http://10.0.0.5:8080/") << true;
    QTest::addRow("join url") << QByteArray("http://192.168.100.200:65535/?c=0427") << true;
    QTest::addRow("500 bytes") << QByteArray("http://h/?q=" + QByteArray(488, 'a')) << true;
    QTest::addRow("2000 bytes") << QByteArray(2000, 'z') << true;
    QTest::addRow("3001 bytes") << QByteArray(3001, 'z') << false;
    QTest::addRow("empty") << QByteArray() << false;
}

void TestAudienceOutputs::qrWidthFollowsTheVersion()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fits);
    const QrMatrix m = QrMatrix::encode(text);
    QCOMPARE(!m.isEmpty(), fits);
    if (!fits) {
        QCOMPARE(m.width(), 0);
        return;
    }
    QVERIFY2(m.width() >= 21 && m.width() <= 177 && (m.width() - 21) % 4 == 0, qPrintable(QString::number(m.width())));
    // The three finder patterns' corners are dark, their separators light.
    const int w = m.width();
    for (const auto &[x, y] : {std::pair{0, 0}, std::pair{w - 1, 0}, std::pair{0, w - 1}})
        QVERIFY(m.dark(x, y));
    QVERIFY(!m.dark(7, 7) && !m.dark(w - 8, 7) && !m.dark(7, w - 8));
}

void TestAudienceOutputs::qrDecodesBackToTheUrl_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addRow("join url") << QByteArray("http://192.168.1.20:45678/?c=0427");
    QTest::addRow("loopback") << QByteArray("http://127.0.0.1:1/?c=0000");
    QTest::addRow("case kept") << QByteArray("http://10.0.0.5:8080/Vote?c=9999&Lang=pt-BR");
    QTest::addRow("long") << QByteArray("http://10.0.0.5:8080/?c=1234&x=" + QByteArray(300, 'q'));
}

void TestAudienceOutputs::qrDecodesBackToTheUrl()
{
    QFETCH(QByteArray, url);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is missing: run scripts/install-deps.sh --test (Debian package zbar-tools), which this test needs");
    const QrMatrix m = QrMatrix::encode(url);
    QVERIFY(!m.isEmpty());
    constexpr int kPx = 4;
    const int side = (m.width() + 2 * QrMatrix::kQuietZone) * kPx;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m.width(); ++y) {
        for (int x = 0; x < m.width(); ++x) {
            if (!m.dark(x, y))
                continue;
            for (int dy = 0; dy < kPx; ++dy) {
                uchar *line = image.scanLine((y + QrMatrix::kQuietZone) * kPx + dy);
                std::fill_n(line + (x + QrMatrix::kQuietZone) * kPx, kPx, uchar(0));
            }
        }
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(image.save(png, "PNG"));
    QProcess zbar;
    zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY2(zbar.waitForFinished(30000), "zbarimg did not finish");
    QCOMPARE(zbar.exitCode(), 0);
    QByteArray decoded = zbar.readAllStandardOutput();
    if (decoded.endsWith('\n'))
        decoded.chop(1);
    QCOMPARE(decoded, url);
}

QTEST_GUILESS_MAIN(TestAudienceOutputs)
#include "tst_audienceoutputs.moc"
