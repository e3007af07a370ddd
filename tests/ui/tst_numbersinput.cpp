// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The numbers field as a user drives it: files good and bad, one after the
// other, and what the field then claims.
#include "ui/widgets/numbersinput.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

class TestNumbersInput : public QObject
{
    Q_OBJECT
private slots:
    void badFileAfterGoodNamesTheBadOne();

private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
    // Everything the widget shows a user: the field, its placeholder, the status.
    static QString shown(const NumbersInput &input);
};

QString TestNumbersInput::write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QString TestNumbersInput::shown(const NumbersInput &input)
{
    const auto *field = input.findChild<QLineEdit *>();
    QStringList texts{field->text(), field->placeholderText()};
    for (const QLabel *label : input.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

void TestNumbersInput::badFileAfterGoodNamesTheBadOne()
{
    QTemporaryDir dir;
    const QString good = write(dir, QStringLiteral("good.txt"), "2 3 5 7\n");
    const QString bad = write(dir, QStringLiteral("bad.txt"), "2 3\nfive 7\n");
    NumbersInput input;
    input.show();

    input.loadFile(good);
    QTRY_VERIFY(input.isValid());
    QCOMPARE(input.numbers().size(), 4u);
    QVERIFY2(shown(input).contains(QStringLiteral("good.txt")), qPrintable(shown(input)));

    QSignalSpy changed(&input, &NumbersInput::numbersChanged);
    input.loadFile(bad);
    QTRY_VERIFY2(shown(input).contains(QStringLiteral("bad.txt:")), qPrintable(shown(input)));
    QVERIFY(!input.isValid());
    QVERIFY(input.errorText().contains(QStringLiteral("bad.txt")));
    QVERIFY(input.errorText().contains(QStringLiteral("five")));
    // Nothing still claims the good file or its numbers.
    QVERIFY2(!shown(input).contains(QStringLiteral("good.txt")), qPrintable(shown(input)));
    QVERIFY(input.numbers().empty());
    QCOMPARE(changed.count(), 0);

    // Typing takes over again, and the bad file is no longer named.
    input.setText(QStringLiteral("11 13"));
    QVERIFY(input.isValid());
    QVERIFY2(!shown(input).contains(QStringLiteral("bad.txt")), qPrintable(shown(input)));
}

QTEST_MAIN(TestNumbersInput)
#include "tst_numbersinput.moc"
