// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Runs the real `concurrency-lab primes|spinner --trace FILE` (CONLAB_APP)
// and checks the trace the way Perfetto's JSON importer reads it.
#include "../common/tracecheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using conlab::testing::checkTrace;

class TestCliTrace : public QObject
{
    Q_OBJECT

private:
    static int runApp(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CONLAB_APP"), args);
        if (!p.waitForFinished(120'000))
            return -1;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("CONLAB_APP"), "CONLAB_APP is not set; run this test through ctest");
    }

    void primesWritesValidTrace_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("jobTracks");
        QTest::addRow("sequential") << QStringList{QStringLiteral("--model"), QStringLiteral("sequential")} << 1;
        QTest::addRow("threads with the GIL") << QStringList{QStringLiteral("--model"), QStringLiteral("threads"),
                                                             QStringLiteral("--workers"), QStringLiteral("2")}
                                              << 2;
        QTest::addRow("processes") << QStringList{QStringLiteral("--model"), QStringLiteral("processes"),
                                                  QStringLiteral("--workers"), QStringLiteral("3")}
                                   << 3;
    }
    void primesWritesValidTrace()
    {
        QFETCH(QStringList, options);
        QFETCH(int, jobTracks);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QByteArray err;
        QCOMPARE(runApp(QStringList{QStringLiteral("primes"), QStringLiteral("--pace"), QStringLiteral("native"),
                                    QStringLiteral("--trace"), path}
                            + options,
                        &err),
                 0);
        const auto c = checkTrace(read(path));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        int jobs = 0, tracksWithJobs = 0;
        for (const auto &[track, count] : c.xPerTrack) {
            if (track.second < 1000) {
                jobs += count;
                ++tracksWithJobs;
            }
        }
        QCOMPARE(jobs, 20);
        QVERIFY(tracksWithJobs <= jobTracks);
        QVERIFY(c.counters >= 21); // queue depth at 0 and after each start
        QVERIFY(!c.processNames.isEmpty());

        // The metadata block says how the trace was made.
        const QJsonObject meta =
            QJsonDocument::fromJson(read(path)).object().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(u"model").toString(), options.at(1));
        QCOMPARE(meta.value(u"pace").toString(), QStringLiteral("native"));
        QVERIFY(!meta.value(u"app_version").toString().isEmpty());
        const QString command = meta.value(u"command").toString();
        QVERIFY2(command.startsWith(u"concurrency-lab primes --pace native --trace "), qPrintable(command));
        QVERIFY2(command.endsWith(options.join(u' ')), qPrintable(command));
        QVERIFY(meta.value(u"date").toString().endsWith(u'Z'));
    }

    void gzipTraceForGzName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json.gz"));
        QByteArray err;
        QCOMPARE(runApp({QStringLiteral("primes"), QStringLiteral("--pace"), QStringLiteral("native"),
                         QStringLiteral("--model"), QStringLiteral("threads"), QStringLiteral("--workers"),
                         QStringLiteral("2"), QStringLiteral("--trace"), path},
                        &err),
                 0);
        const QByteArray packed = read(path);
        QVERIFY(packed.startsWith("\x1f\x8b")); // gzip's magic
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        if (!gunzip.waitForStarted())
            QSKIP("gzip is not installed");
        QVERIFY(gunzip.waitForFinished(60'000));
        QCOMPARE(gunzip.exitCode(), 0);
        const QByteArray json = gunzip.readAllStandardOutput();
        const auto c = checkTrace(json);
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QVERIFY(c.complete >= 20); // the book's 20 numbers, plus GIL holds
        QVERIFY(c.threadNames.contains(QStringLiteral("Thread-2")));
        QCOMPARE(QJsonDocument::fromJson(json)
                     .object()
                     .value(QStringLiteral("metadata"))
                     .toObject()
                     .value(u"workers")
                     .toInt(),
                 2);
    }

    void unwritableTracePathIsAUsageError()
    {
        QByteArray err;
        QCOMPARE(runApp({QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("2"),
                         QStringLiteral("--trace"), QStringLiteral("/nonexistent-dir/out.json")},
                        &err),
                 2);
        QVERIFY2(err.contains("--trace"), err.constData());
    }

    void spinnerWritesValidTrace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spin.json"));
        QCOMPARE(runApp({QStringLiteral("spinner"), QStringLiteral("--model"), QStringLiteral("coroutine"),
                         QStringLiteral("--slow"), QStringLiteral("sleep"), QStringLiteral("--seconds"),
                         QStringLiteral("0.5"), QStringLiteral("--trace"), path}),
                 0);
        const auto c = checkTrace(read(path));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QVERIFY(c.instants >= 3); // frames every 0.1 s
        QVERIFY(c.complete > 1);  // the supervisor and the tasks' steps
        const QJsonObject meta =
            QJsonDocument::fromJson(read(path)).object().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(u"model").toString(), QStringLiteral("coroutine sleep"));
        QVERIFY(!meta.value(u"pace").toString().isEmpty());
        QVERIFY(meta.value(u"command").toString().startsWith(u"concurrency-lab spinner --model coroutine"));
    }
};

QTEST_GUILESS_MAIN(TestCliTrace)
#include "tst_cli_trace.moc"
