// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// primes_procs_racy.py runs in real CPython and prints the book's lines.
// With one worker and one number the race cannot lose a result: the single
// result is read either after the pill was taken (complete) or before (a
// hang, which the test would see as a timeout and name).
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestRacyListing : public QObject
{
    Q_OBJECT
private slots:
    void printsTheBooksLines()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed: install it with the set-up command");
        QStringList lines;
        // The race may hang (that is the lesson); a hung try is ended and retried.
        for (int attempt = 0; attempt < 5 && lines.isEmpty(); ++attempt) {
            QProcess p;
            p.setWorkingDirectory(QStringLiteral(CONLAB_LISTINGS_DIR));
            // No __pycache__ in the source tree.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(python,
                    {QStringLiteral("-u"), QStringLiteral("primes_procs_racy.py"), QStringLiteral("1"),
                     QStringLiteral("1000003")});
            QVERIFY(p.waitForStarted());
            if (!p.waitForFinished(30'000)) {
                p.kill();
                p.waitForFinished();
                continue;
            }
            QCOMPARE(p.exitCode(), 0);
            lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        }
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Checking 1 numbers with 1 processes:"));
        // f'{n:16}  {label} {elapsed:9.6f}s'
        QVERIFY2(
            QRegularExpression(QStringLiteral(R"(^         1000003  P [ 0-9]\d\.\d{6}s$)")).match(lines[1]).hasMatch(),
            qPrintable(lines[1]));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^Total time: \d+\.\d\ds$)")).match(lines[2]).hasMatch(),
                 qPrintable(lines[2]));
    }
};

QTEST_GUILESS_MAIN(TestRacyListing)
#include "tst_racylisting.moc"
