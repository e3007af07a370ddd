// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// `concurrency-lab fidelity` as a smoke test: one round with real python3
// and the emulation produces every row of the table, each with one run per
// engine and a verdict. Its bands are a benchmark's business, not this
// test's: a loaded CI machine may well make a row differ.
#include "clitesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace conlab::testing;

class TestCliFidelity : public QObject
{
    Q_OBJECT
private slots:
    void oneRoundHasEveryRow();
    void missingInterpreterIsAnError();
    void badRoundsAreRefused();
};

namespace {
const QStringList kRows = {u"S1"_qs, u"S2"_qs,       u"S3"_qs,    u"S4"_qs, u"S5"_qs, u"S6"_qs, u"S7"_qs,
                           u"S8"_qs, u"S6 300ms"_qs, u"S8/S7"_qs, u"P1"_qs, u"P2"_qs, u"P3"_qs, u"P5"_qs};
// Small numbers keep P1 to P3 quick; the spinner rows take their 1 to 3 s.
const QStringList kQuick = {u"--rounds"_qs, u"1"_qs, u"--numbers"_qs, u"1000003,1000033,1000037,1000039"_qs};
} // namespace

void TestCliFidelity::oneRoundHasEveryRow()
{
    const CliRun r = runCli(u"fidelity"_qs, kQuick + QStringList{u"--json"_qs}, 300'000);
    QVERIFY2(r.finished, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject top = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(top.value(u"schema").toString(), u"concurrency-lab.fidelity/1"_qs);
    QCOMPARE(top.value(u"rounds").toInt(), 1);
    QVERIFY2(top.value(u"interpreter").toString().startsWith(u"CPython 3."), r.out.constData());
    const QJsonArray rows = top.value(u"rows").toArray();
    QStringList keys;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString key = row.value(u"key").toString();
        keys << key;
        const QString verdict = row.value(u"verdict").toString();
        QVERIFY2(QStringList({u"agree"_qs, u"differ"_qs, u"no_data"_qs}).contains(verdict), qPrintable(key));
        QVERIFY2(!row.value(u"why").toString().isEmpty(), qPrintable(key));
        if (key == u"S8/S7")
            continue;
        for (const char16_t *side : {u"cpython", u"emulated"}) {
            const QJsonObject s = row.value(QStringView(side)).toObject();
            const QJsonArray runs = s.value(u"runs").toArray();
            QVERIFY2(runs.size() == 1, qPrintable(key));
            // Every run of the smoke test finishes: a failure would be an
            // "error" in place of the figures.
            const QJsonObject run = runs.first().toObject();
            QVERIFY2(!run.contains(u"error"), qPrintable(key + u": " + run.value(u"error").toString()));
            QVERIFY2(run.value(u"seconds").toDouble() >= 0, qPrintable(key));
            if (key.startsWith(u'S'))
                QVERIFY2(run.contains(u"frames") && run.contains(u"spinner"), qPrintable(key));
            if (key == u"P5")
                QVERIFY2(QStringList({u"complete"_qs, u"lost"_qs, u"hung"_qs}).contains(run.value(u"race").toString()),
                         qPrintable(key));
        }
    }
    QCOMPARE(keys, kRows);
    // Progress went to stderr, one line per run: 13 rows, 2 engines.
    QCOMPARE(QString::fromUtf8(r.err).count(QStringLiteral("/26] ")), 26);
    // The never-appears rows in CPython too: the emulation's faithfulness
    // is the point of the command.
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row.value(u"key").toString() == u"S4" || row.value(u"key").toString() == u"S7")
            QCOMPARE(row.value(u"cpython").toObject().value(u"max_frames").toInt(), 0);
    }
}

void TestCliFidelity::missingInterpreterIsAnError()
{
    QTemporaryDir dir;
    const CliRun r = runCli(u"fidelity"_qs, {u"--python"_qs, dir.filePath(u"no-python"_qs)});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no-python"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliFidelity::badRoundsAreRefused()
{
    const CliRun r = runCli(u"fidelity"_qs, {u"--rounds"_qs, u"0"_qs});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--rounds"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliFidelity)
#include "tst_cli_fidelity.moc"
