// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/numbers/numberlist.h"

#include <QTemporaryFile>
#include <QTest>

using namespace conlab;

class TestNumberList : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void pointsAtLineAndColumn();
    void millionNumbers();
    void unreadableFile();
    void fileWithNumbers();
};

void TestNumberList::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<quint64>>("numbers");
    QTest::addRow("single") << QStringLiteral("7") << QList<quint64>{7};
    QTest::addRow("zero") << QStringLiteral("0") << QList<quint64>{0};
    QTest::addRow("commas") << QStringLiteral("2,3,5") << QList<quint64>{2, 3, 5};
    QTest::addRow("commas and spaces") << QStringLiteral(" 2, 3 ,5 ") << QList<quint64>{2, 3, 5};
    QTest::addRow("newlines and tabs") << QStringLiteral("2\n3\t5\r\n") << QList<quint64>{2, 3, 5};
    QTest::addRow("underscores") << QStringLiteral("5_000_111_000_222_021") << QList<quint64>{5000111000222021ull};
    QTest::addRow("max") << QStringLiteral("18446744073709551615") << QList<quint64>{~0ull};
    QTest::addRow("leading zeros") << QStringLiteral("007") << QList<quint64>{7};
}

void TestNumberList::accepts()
{
    QFETCH(QString, text);
    QFETCH(QList<quint64>, numbers);
    const NumberList list = NumberListParser::parse(text);
    QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error->describe()));
    QCOMPARE(QList<quint64>(list.numbers.begin(), list.numbers.end()), numbers);
}

void TestNumberList::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("reason");
    QTest::addRow("empty") << QString() << QString() << QStringLiteral("no numbers");
    QTest::addRow("only separators") << QStringLiteral(" , ,\n") << QString() << QStringLiteral("no numbers");
    QTest::addRow("minus") << QStringLiteral("2,-5") << QStringLiteral("-5") << QStringLiteral("signs");
    QTest::addRow("plus") << QStringLiteral("+5") << QStringLiteral("+5") << QStringLiteral("signs");
    QTest::addRow("letters") << QStringLiteral("12a4") << QStringLiteral("12a4") << QStringLiteral("only the digits");
    QTest::addRow("hex") << QStringLiteral("0x1F") << QStringLiteral("0x1F") << QStringLiteral("only the digits");
    QTest::addRow("float") << QStringLiteral("2.5") << QStringLiteral("2.5") << QStringLiteral("whole");
    QTest::addRow("overflow") << QStringLiteral("18446744073709551616") << QStringLiteral("18446744073709551616")
                              << QStringLiteral("too large");
    QTest::addRow("huge") << QStringLiteral("99999999999999999999999") << QStringLiteral("99999999999999999999999")
                          << QStringLiteral("too large");
    QTest::addRow("double underscore") << QStringLiteral("1__0") << QStringLiteral("1__0")
                                       << QStringLiteral("between two digits");
    QTest::addRow("leading underscore") << QStringLiteral("_1") << QStringLiteral("_1")
                                        << QStringLiteral("between two digits");
    QTest::addRow("trailing underscore") << QStringLiteral("1_") << QStringLiteral("1_")
                                         << QStringLiteral("between two digits");
    QTest::addRow("unicode digit") << QStringLiteral("１２") << QStringLiteral("１２")
                                   << QStringLiteral("only the digits");
}

void TestNumberList::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(QString, reason);
    const NumberList list = NumberListParser::parse(text);
    QVERIFY(!list.ok());
    QVERIFY(list.numbers.empty());
    QCOMPARE(list.error->token, token);
    QVERIFY2(list.error->reason.contains(reason), qPrintable(list.error->reason));
    if (!token.isEmpty())
        QVERIFY2(list.error->describe().contains(token), qPrintable(list.error->describe()));
}

void TestNumberList::pointsAtLineAndColumn()
{
    const NumberList list = NumberListParser::parse(QStringLiteral("2, 3\n5, 7x, 11"));
    QVERIFY(!list.ok());
    QCOMPARE(list.error->index, 4);
    QCOMPARE(list.error->line, 2);
    QCOMPARE(list.error->column, 4);
    QCOMPARE(list.error->describe(),
             QStringLiteral("line 2, column 4: '7x': not a decimal integer: only the digits 0-9 and '_' are allowed"));
}

void TestNumberList::millionNumbers()
{
    std::string text;
    text.reserve(9'000'000);
    for (int k = 0; k < 1'000'000; ++k) {
        text += std::to_string(1'000'000 + k);
        text += k % 10 == 9 ? '\n' : ',';
    }
    const NumberList list = NumberListParser::parse(std::string_view(text));
    QVERIFY(list.ok());
    QCOMPARE(list.numbers.size(), std::size_t(1'000'000));
    QCOMPARE(list.numbers.front(), 1'000'000ull);
    QCOMPARE(list.numbers.back(), 1'999'999ull);
}

void TestNumberList::unreadableFile()
{
    const NumberList list = NumberListParser::parseFile(QStringLiteral("/nonexistent/numbers.txt"));
    QVERIFY(!list.ok());
    QVERIFY2(list.error->reason.contains(u"/nonexistent/numbers.txt"), qPrintable(list.error->reason));
}

void TestNumberList::fileWithNumbers()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("# not allowed\n");
    file.close();
    NumberList list = NumberListParser::parseFile(file.fileName());
    QVERIFY(!list.ok());
    QCOMPARE(list.error->token, QStringLiteral("#"));

    QVERIFY(file.open());
    file.resize(0);
    file.write("2\n3\n1_000_003\n");
    file.close();
    list = NumberListParser::parseFile(file.fileName());
    QVERIFY(list.ok());
    QCOMPARE(list.numbers, (std::vector<std::uint64_t>{2, 3, 1000003}));
}

QTEST_GUILESS_MAIN(TestNumberList)
#include "tst_numberlist.moc"
