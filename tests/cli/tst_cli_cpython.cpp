// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `--engine cpython` through the real binary (CONLAB_APP) and real python3
// (scripts/install-deps.sh installs it): the same formats as the emulation,
// text, --json and --trace, and clear refusals for what a listing cannot do.
#include "clitesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab::testing;

namespace {

const QString kNumbers = QStringLiteral("7,1000003,12,2");

// Every key of a JSON value, as paths ("summary.wall", "results[].n"), so
// two documents can be compared by shape.
void collectKeys(const QJsonValue &v, const QString &at, QSet<QString> &keys)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString path = at.isEmpty() ? it.key() : at + u'.' + it.key();
            keys.insert(path);
            collectKeys(it.value(), path, keys);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectKeys(e, at + QStringLiteral("[]"), keys);
    }
}

QSet<QString> keysOf(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QSet<QString> keys;
    if (error.error != QJsonParseError::NoError)
        return keys;
    collectKeys(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), {}, keys);
    return keys;
}

QString why(const CliRun &r)
{
    return QString::fromUtf8(r.err).right(600) + QStringLiteral(" (exit %1)").arg(r.exitCode);
}

} // namespace

class TestCliCPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void primesTextIsTheBooks_data();
    void primesTextIsTheBooks();
    void primesJsonHasTheEmulationsKeys();
    void primesTraceDrawsTheWorkers();
    void spinnerJsonHasTheEmulationsKeys();
    void refusals_data();
    void refusals();
    void missingInterpreterFailsClearly();
    void racyReportsItsOutcome();
};

void TestCliCPython::initTestCase()
{
    QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(),
             "python3 is not on PATH; scripts/install-deps.sh installs it");
}

void TestCliCPython::primesTextIsTheBooks_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("header");
    QTest::addRow("sequential") << QStringLiteral("sequential") << QStringLiteral("Checking 4 numbers sequentially:");
    QTest::addRow("processes") << QStringLiteral("processes") << QStringLiteral("Checking 4 numbers with 2 processes:");
    QTest::addRow("threads") << QStringLiteral("threads") << QStringLiteral("Checking 4 numbers with 2 threads:");
}

void TestCliCPython::primesTextIsTheBooks()
{
    QFETCH(QString, model);
    QFETCH(QString, header);
    const QRegularExpression result(QStringLiteral(R"(^ *(\d+)  ([P ]) +\d+\.\d{6}s$)"));
    const QRegularExpression footer(QStringLiteral(R"(^(Total time: \d+\.\d\ds|4 checks in \d+\.\d\ds)$)"));
    for (const QString &engine : {QStringLiteral("emulated"), QStringLiteral("cpython")}) {
        const CliRun r = runCli(QStringLiteral("primes"),
                                {QStringLiteral("--engine"), engine, QStringLiteral("--model"), model,
                                 QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--numbers"),
                                 kNumbers});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(engine + u": " + why(r)));
        const QStringList lines = linesOf(r.out);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), header);
        QSet<QString> primes;
        for (int i = 1; i <= 4; ++i) {
            const auto m = result.match(lines[i]);
            QVERIFY2(m.hasMatch(), qPrintable(engine + u": " + lines[i]));
            if (m.captured(2) == u"P")
                primes.insert(m.captured(1));
        }
        QCOMPARE(primes, (QSet<QString>{QStringLiteral("7"), QStringLiteral("1000003"), QStringLiteral("2")}));
        QVERIFY2(footer.match(lines.last()).hasMatch(), qPrintable(engine + u": " + lines.last()));
    }
}

void TestCliCPython::primesJsonHasTheEmulationsKeys()
{
    const QStringList args{QStringLiteral("--model"), QStringLiteral("processes"), QStringLiteral("--workers"),
                           QStringLiteral("2"),       QStringLiteral("--numbers"), kNumbers,
                           QStringLiteral("--json")};
    const CliRun emulated = runCli(QStringLiteral("primes"), args);
    const CliRun cpython = runCli(QStringLiteral("primes"),
                                  args + QStringList{QStringLiteral("--engine"), QStringLiteral("cpython")});
    QVERIFY2(emulated.exitCode == 0, qPrintable(why(emulated)));
    QVERIFY2(cpython.exitCode == 0, qPrintable(why(cpython)));
    const QSet<QString> keys = keysOf(cpython.out);
    QVERIFY2(keys.contains(QStringLiteral("results[].worker")), qPrintable(QString::fromUtf8(cpython.out)));
    QCOMPARE(keys, keysOf(emulated.out));
    const QJsonObject doc = QJsonDocument::fromJson(cpython.out).object();
    QCOMPARE(doc.value(QStringLiteral("engine")).toString(), QStringLiteral("cpython"));
    QCOMPARE(QJsonDocument::fromJson(emulated.out).object().value(QStringLiteral("engine")).toString(),
             QStringLiteral("emulated"));
    const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 4);
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const int worker = o.value(QStringLiteral("worker")).toInt();
        QVERIFY2(worker == 1 || worker == 2, qPrintable(QString::number(worker)));
        QVERIFY(o.value(QStringLiteral("start")).toDouble() <= o.value(QStringLiteral("end")).toDouble());
    }
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("checked")).toInt(), 4);
}

void TestCliCPython::primesTraceDrawsTheWorkers()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cpython.json"));
    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--engine"), QStringLiteral("cpython"), QStringLiteral("--model"),
                             QStringLiteral("pool"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--numbers"), kNumbers, QStringLiteral("--trace"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(why(r)));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray events =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("traceEvents")).toArray();
    int checks = 0;
    for (const QJsonValue &v : events)
        if (v.toObject().value(QStringLiteral("ph")).toString() == u"X")
            ++checks;
    QVERIFY2(checks >= 4, qPrintable(QString::number(checks)));
}

void TestCliCPython::spinnerJsonHasTheEmulationsKeys()
{
    // S7: is_prime called straight from the coroutine. No frame in CPython,
    // as in the emulation (at native pace there, to be quick).
    const QStringList args{QStringLiteral("--model"), QStringLiteral("coroutine"), QStringLiteral("--slow"),
                           QStringLiteral("prime"), QStringLiteral("--json")};
    const CliRun emulated = runCli(QStringLiteral("spinner"),
                                   args + QStringList{QStringLiteral("--pace"), QStringLiteral("native")});
    const CliRun cpython = runCli(QStringLiteral("spinner"),
                                  args + QStringList{QStringLiteral("--engine"), QStringLiteral("cpython")});
    QVERIFY2(emulated.exitCode == 0, qPrintable(why(emulated)));
    QVERIFY2(cpython.exitCode == 0, qPrintable(why(cpython)));
    QSet<QString> cpythonKeys = keysOf(cpython.out);
    QSet<QString> emulatedKeys = keysOf(emulated.out);
    QVERIFY(cpythonKeys.contains(QStringLiteral("frames")));
    QCOMPARE(cpythonKeys, emulatedKeys);
    const QJsonObject doc = QJsonDocument::fromJson(cpython.out).object();
    QCOMPARE(doc.value(QStringLiteral("engine")).toString(), QStringLiteral("cpython"));
    QCOMPARE(QJsonDocument::fromJson(emulated.out).object().value(QStringLiteral("engine")).toString(),
             QStringLiteral("emulated"));
    QCOMPARE(doc.value(QStringLiteral("frames")).toInt(-1), 0);
    QCOMPARE(doc.value(QStringLiteral("answer")).toInt(), 42);
    QCOMPARE(doc.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("never_appears"));
}

void TestCliCPython::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString cpython = QStringLiteral("cpython");
    QTest::addRow("primes --pace") << QStringList{u"primes"_qs, u"--engine"_qs, cpython, u"--pace"_qs, u"book"_qs}
                                   << QStringLiteral("--pace does not apply to --engine cpython");
    QTest::addRow("spinner --seconds") << QStringList{u"spinner"_qs, u"--engine"_qs, cpython, u"--seconds"_qs, u"1"_qs}
                                       << QStringLiteral("--seconds does not apply to --engine cpython");
    QTest::addRow("spinner --number") << QStringList{u"spinner"_qs, u"--engine"_qs, cpython, u"--slow"_qs,
                                                     u"prime"_qs,   u"--number"_qs, u"7"_qs}
                                      << QStringLiteral("--number does not apply to --engine cpython");
    QTest::addRow("--python without cpython") << QStringList{u"primes"_qs, u"--python"_qs, u"/usr/bin/python3"_qs}
                                              << QStringLiteral("--python applies to --engine cpython only");
    QTest::addRow("unknown engine") << QStringList{u"spinner"_qs, u"--engine"_qs, u"pypy"_qs}
                                    << QStringLiteral("choose one of emulated, cpython");
}

void TestCliCPython::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(args.takeFirst(), args);
    QCOMPARE(r.exitCode, 2); // the usage error's code
    QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(why(r)));
    QVERIFY(r.out.isEmpty());
}

void TestCliCPython::missingInterpreterFailsClearly()
{
    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--engine"), QStringLiteral("cpython"), QStringLiteral("--python"),
                             QStringLiteral("/nonexistent/python3"), QStringLiteral("--numbers"), QStringLiteral("7")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("/nonexistent/python3")), qPrintable(why(r)));
    QVERIFY(r.out.isEmpty());
}

// The racy listing in real CPython reports its outcome as the emulation
// does: a "race:" line naming complete, lost or hung, and exit 3 exactly
// when it hung (then ended after its grace time). Which one comes is
// CPython's business; 400 small numbers make "lost" the likely one.
void TestCliCPython::racyReportsItsOutcome()
{
    const CliRun r = runCli(QStringLiteral("primes"),
                            {QStringLiteral("--engine"), QStringLiteral("cpython"), QStringLiteral("--model"),
                             QStringLiteral("processes"), QStringLiteral("--workers"), QStringLiteral("2"),
                             QStringLiteral("--racy"), QStringLiteral("--sample"), QStringLiteral("small"),
                             QStringLiteral("--grace"), QStringLiteral("5")},
                            120'000);
    QVERIFY(r.finished);
    const QString err = QString::fromUtf8(r.err);
    static const QRegularExpression raceLine(QStringLiteral("^race: (complete|lost|hung) \\("),
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = raceLine.match(err);
    QVERIFY2(m.hasMatch(), r.err.constData());
    QVERIFY2(!err.contains(u"--race-seed"), "a CPython run has no seed to replay");
    if (m.captured(1) == u"hung")
        QCOMPARE(r.exitCode, 3);
    else
        QVERIFY2(r.exitCode == 0, r.err.constData());
    if (m.captured(1) == u"lost")
        QVERIFY2(err.contains(u"lost "), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCPython)
#include "tst_cli_cpython.moc"
