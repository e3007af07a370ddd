// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/report/bookformat.h"
#include "core/report/jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace conlab;

class TestBookFormat : public QObject
{
    Q_OBJECT
private slots:
    void resultLine_data();
    void resultLine();
    void headers();
    void footers();
    void jsonKeepsBigNumbersExact();
};

void TestBookFormat::resultLine_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<QString>("line");
    // The lines printed by the book's scripts: f'{n:16}  {label} {elapsed:9.6f}s'
    QTest::addRow("small prime") << quint64(2) << true << 0.0 << QStringLiteral("               2  P  0.000000s");
    QTest::addRow("composite") << quint64(4444444444444444) << false << 0.0000021
                               << QStringLiteral("4444444444444444     0.000002s");
    QTest::addRow("slow prime") << quint64(9999999999999917) << true << 3.2573061
                                << QStringLiteral("9999999999999917  P  3.257306s");
    QTest::addRow("over ten seconds") << quint64(142702110479723) << true << 12.5
                                      << QStringLiteral(" 142702110479723  P 12.500000s");
    QTest::addRow("wider than 16") << quint64(18446744073709551615ull) << false << 0.1
                                   << QStringLiteral("18446744073709551615     0.100000s");
}

void TestBookFormat::resultLine()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QFETCH(double, elapsed);
    QFETCH(QString, line);
    PrimeResult r;
    r.n = n;
    r.prime = prime;
    r.elapsed = elapsed;
    QCOMPARE(BookFormat::resultLine(r), line);
}

void TestBookFormat::headers()
{
    QCOMPARE(BookFormat::header(PrimesModel::Sequential, 20, 1), QStringLiteral("Checking 20 numbers sequentially:"));
    QCOMPARE(BookFormat::header(PrimesModel::Processes, 20, 2),
             QStringLiteral("Checking 20 numbers with 2 processes:"));
    QCOMPARE(BookFormat::header(PrimesModel::Threads, 20, 4), QStringLiteral("Checking 20 numbers with 4 threads:"));
}

void TestBookFormat::footers()
{
    RunSummary s;
    s.wall = 13.6049;
    s.checked = 20;
    QCOMPARE(BookFormat::footer(PrimesModel::Sequential, s), QStringLiteral("Total time: 13.60s"));
    s.wall = 8.179;
    QCOMPARE(BookFormat::footer(PrimesModel::Processes, s), QStringLiteral("20 checks in 8.18s"));
    QCOMPARE(BookFormat::footer(PrimesModel::Threads, s), QStringLiteral("20 checks in 8.18s"));
}

void TestBookFormat::jsonKeepsBigNumbersExact()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    JsonReport report(cfg);
    PrimeResult r;
    r.n = 18446744073709551615ull;
    r.worker = 2;
    r.startNs = 1'000'000;
    r.endNs = 3'000'000;
    r.elapsed = 0.002;
    report.add(r);
    RunSummary s;
    s.numbers = 2;
    s.checked = 1;
    s.wall = 0.5;
    s.error = QStringLiteral("worker 1 said \"no\" \U0001F600\n"); // quotes, a non-BMP character, a line break
    s.unchecked = {7};
    WorkerCrash crash;
    crash.worker = 2;
    crash.pid = 777;
    crash.signal = 9;
    crash.n = 18446744073709551615ull;
    crash.attempt = 3;
    crash.tNs = 250'000'000;
    crash.message = QStringLiteral("worker 2 \"died\"");
    s.crashes = {crash};
    const QByteArray json = report.finish(s);
    QVERIFY(json.contains("\"n\":18446744073709551615,"));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"schema").toString(), QStringLiteral("concurrency-lab.primes/1"));
    QCOMPARE(root.value(u"model").toString(), QStringLiteral("processes"));
    QCOMPARE(root.value(u"workers").toInt(), 2);
    const QJsonObject first = root.value(u"results").toArray().first().toObject();
    QCOMPARE(first.value(u"worker").toInt(), 2);
    QCOMPARE(first.value(u"n_text").toString(), QStringLiteral("18446744073709551615"));
    QCOMPARE(first.value(u"start").toDouble(), 0.001);
    QCOMPARE(first.value(u"end").toDouble(), 0.003);
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"error").toString(), s.error);
    QCOMPARE(summary.value(u"unchecked").toArray().first().toInt(), 7);
    QCOMPARE(summary.value(u"unchecked_text").toArray(), QJsonArray{QStringLiteral("7")});
    const QJsonArray crashes = summary.value(u"crashes").toArray();
    QCOMPARE(crashes.size(), 1);
    const QJsonObject c = crashes.first().toObject();
    QCOMPARE(c.value(u"worker").toInt(), 2);
    QCOMPARE(c.value(u"pid").toInt(), 777);
    QCOMPARE(c.value(u"cause").toString(), QStringLiteral("died"));
    QCOMPARE(c.value(u"signal").toInt(), 9);
    QCOMPARE(c.value(u"exit_code").toInt(), -1);
    QVERIFY(json.contains("\"n\":18446744073709551615,\"n_text\":\"18446744073709551615\",\"attempt\":3")); // exact
    QCOMPARE(c.value(u"n_text").toString(), QStringLiteral("18446744073709551615"));
    QCOMPARE(c.value(u"t").toDouble(), 0.25);
    QCOMPARE(c.value(u"message").toString(), crash.message);
}

QTEST_GUILESS_MAIN(TestBookFormat)
#include "tst_bookformat.moc"
