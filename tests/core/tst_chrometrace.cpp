// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "../common/tracecheck.h"

#include "core/export/chrometrace.h"
#include "core/export/csvexport.h"
#include "core/export/gzip.h"
#include "core/export/jsonstring.h"
#include "core/export/primestrace.h"
#include "core/export/spinnertrace.h"
#include "core/primes/primesrun.h"

#include <QDateTime>
#include <QProcess>
#include <QSet>
#include <QSysInfo>
#include <QTest>
#include <mutex>
#include <zlib.h>

using namespace conlab;
using conlab::testing::checkTrace;

namespace {

// Reads a gzip stream with zlib's inflate, independently of Gzip::compress:
// an empty result says the stream was not a whole gzip member.
QByteArray inflateGzip(const QByteArray &packed)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
    z.avail_in = static_cast<uInt>(packed.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, static_cast<qsizetype>(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QJsonArray traceEvents(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("traceEvents")).toArray();
}

// A processes run of two workers and a threads run of two, with a GIL hold.
QByteArray smallRun(PrimesModel model, const TraceMetadata &metadata = {})
{
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 2;
    cfg.numbers = {2, 3};
    const std::vector<PrimeResult> results = {{2, true, 0.000001, 1, 0, 1000}, {3, true, 0.000001, 2, 0, 1000}};
    RunSummary summary;
    summary.numbers = 2;
    summary.checked = 2;
    summary.wall = 0.000002;
    const std::vector<GilHold> holds = model == PrimesModel::Threads ? std::vector<GilHold>{{0, 0, 500}}
                                                                     : std::vector<GilHold>{};
    return PrimesTrace::build(cfg, results, holds, &summary, {}, metadata);
}

} // namespace

class TestChromeTrace : public QObject
{
    Q_OBJECT

private slots:
    void microsAreExact_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QByteArray>("us");
        QTest::addRow("zero") << qint64(0) << QByteArray("0");
        QTest::addRow("whole") << qint64(5'000) << QByteArray("5");
        QTest::addRow("fraction") << qint64(1'234'567) << QByteArray("1234.567");
        QTest::addRow("leading zeros") << qint64(1'005) << QByteArray("1.005");
        QTest::addRow("negative") << qint64(-1'500) << QByteArray("-1.500");
        QTest::addRow("hours") << qint64(7'200'000'000'001) << QByteArray("7200000000.001");
    }
    void microsAreExact()
    {
        QFETCH(qint64, ns);
        QFETCH(QByteArray, us);
        QCOMPARE(ChromeTrace::micros(ns), us);
    }

    void namesAreEscaped()
    {
        ChromeTrace t;
        t.threadName(1, 2, QStringLiteral("quote \" backslash \\ tab \t 线程"));
        const auto c = checkTrace(t.finish());
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.threadNames, QStringList{QStringLiteral("quote \" backslash \\ tab \t 线程")});
    }

    // Every hand-written JSON goes through jsonString(); what it writes must
    // parse back to the same text, whatever the text holds.
    void jsonStringRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // after parsing
        QTest::addRow("non-BMP") << QStringLiteral("grin \U0001F600 and \U00020BB7")
                                 << QStringLiteral("grin \U0001F600 and \U00020BB7");
        QTest::addRow("quote and backslash")
            << QStringLiteral("say \"hi\" C:\\dir\\") << QStringLiteral("say \"hi\" C:\\dir\\");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(0x7f);
        QTest::addRow("control characters") << controls << controls;
        QTest::addRow("line and paragraph separators")
            << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\u2028b\u2029c");
        QTest::addRow("CJK and accents") << QStringLiteral("线程 café") << QStringLiteral("线程 café");
        // A lone surrogate has no UTF-8 form: it becomes U+FFFD.
        QTest::addRow("lone high surrogate")
            << (QStringLiteral("a") + QChar(0xD83D) + QStringLiteral("b")) << QStringLiteral("a\uFFFDb");
        QTest::addRow("lone low surrogate at the end")
            << (QStringLiteral("a") + QChar(0xDE00)) << QStringLiteral("a\uFFFD");
        QTest::addRow("pair in the wrong order")
            << (QString(QChar(0xDE00)) + QChar(0xD83D)) << QStringLiteral("\uFFFD\uFFFD");
        QTest::addRow("empty") << QString() << QString();
    }
    void jsonStringRoundTrips()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QByteArray json = jsonString(text);
        QVERIFY(QUtf8StringView(json).isValidUtf8());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson('[' + json + ']', &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u' ' + QString::fromUtf8(json)));
        QCOMPARE(doc.array().at(0).toString(), expected);
        // No raw control character is left for a strict reader to reject.
        for (const char c : json)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20, json.constData());
    }

    void jsonStringWritesUtf8NotEscapes()
    {
        // Readers see the character itself: 4 bytes of UTF-8 for U+1F600.
        QCOMPARE(jsonString(QStringLiteral("\U0001F600")), QByteArray("\"\xF0\x9F\x98\x80\""));
        QCOMPARE(jsonString(QStringLiteral("\x01\n")), QByteArray("\"\\u0001\\n\""));
    }

    void traceKeepsNonBmpNames()
    {
        // The trace writer used to turn each half of a surrogate pair into '?'.
        ChromeTrace t;
        t.threadName(1, 2, QStringLiteral("spinner \U0001F600"));
        const auto c = checkTrace(t.finish());
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.threadNames, QStringList{QStringLiteral("spinner \U0001F600")});
    }

    void metadataBlock()
    {
        TraceMetadata m = TraceMetadata::forThisMachine();
        m.appVersion = QStringLiteral("9.8.7");
        m.command = QStringLiteral("concurrency-lab primes --numbers '2 3' \U0001F600");
        const QByteArray json = smallRun(PrimesModel::Threads, m);
        QVERIFY2(checkTrace(json).ok(), json.constData());
        const QJsonObject meta = QJsonDocument::fromJson(json).object().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(u"app_version").toString(), QStringLiteral("9.8.7"));
        QCOMPARE(meta.value(u"command").toString(), m.command);
        QCOMPARE(meta.value(u"model").toString(), QStringLiteral("threads")); // from the config
        QCOMPARE(meta.value(u"pace").toString(), QStringLiteral("native"));
        QCOMPARE(meta.value(u"workers").toInt(), 2);
        QCOMPARE(meta.value(u"host").toString(), QSysInfo::machineHostName());
        QVERIFY(meta.value(u"cpu_count").toInt() >= 1);
        QVERIFY(!meta.value(u"os").toString().isEmpty());
        QVERIFY(meta.value(u"kernel").toString().startsWith(QSysInfo::kernelType()));
        const QString date = meta.value(u"date").toString();
        QVERIFY2(date.endsWith(u'Z'), qPrintable(date)); // ISO 8601, UTC
        const QDateTime when = QDateTime::fromString(date, Qt::ISODate);
        QVERIFY(when.isValid());
        QVERIFY(std::abs(when.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        // Flat strings and numbers only: Perfetto lists each member.
        for (auto it = meta.begin(); it != meta.end(); ++it)
            QVERIFY2(it.value().isString() || it.value().isDouble(), qPrintable(it.key()));
        // The short form labels the run's process (chrome://tracing shows it).
        bool labelled = false;
        for (const QJsonValue &v : traceEvents(json)) {
            const QJsonObject e = v.toObject();
            if (e.value(u"name").toString() == u"process_labels") {
                QCOMPARE(e.value(u"args").toObject().value(u"labels").toString(),
                         QStringLiteral("threads, pace native, 2 workers"));
                labelled = true;
            }
        }
        QVERIFY(labelled);
    }

    void spinnerMetadata()
    {
        TraceMetadata m;
        m.command = QStringLiteral("concurrency-lab spinner --model thread");
        m.pace = QStringLiteral("book");
        SpinnerReport report;
        report.frames.push_back({0, 100'000'000, '|'});
        const QByteArray json = SpinnerTrace::build(QStringLiteral("thread sleep"), report, {}, {}, m);
        const QJsonObject meta = QJsonDocument::fromJson(json).object().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(u"model").toString(), QStringLiteral("thread sleep"));
        QCOMPARE(meta.value(u"pace").toString(), QStringLiteral("book"));
        QCOMPARE(meta.value(u"command").toString(), m.command);
        QVERIFY(!meta.contains(u"workers"));
    }

    // Perfetto's JSON importer names a counter track "<name> <args key>",
    // one track per key, so each counter has one key and the two read as
    // one phrase.
    void counterTracksReadWell()
    {
        SpinnerReport report;
        for (int k = 0; k < 3; ++k)
            report.frames.push_back({k, k * 100'000'000LL, '|'});
        QSet<QString> tracks;
        for (const QByteArray &json :
             {smallRun(PrimesModel::Threads), SpinnerTrace::build(QStringLiteral("thread"), report, {}, {})}) {
            for (const QJsonValue &v : traceEvents(json)) {
                const QJsonObject e = v.toObject();
                if (e.value(u"ph").toString() != u"C")
                    continue;
                const QJsonObject args = e.value(u"args").toObject();
                QCOMPARE(args.size(), 1);
                tracks.insert(e.value(u"name").toString() + u' ' + args.begin().key());
            }
        }
        QCOMPARE(tracks, (QSet<QString>{QStringLiteral("queue depth"), QStringLiteral("frame gap (ms)")}));
    }

    // Perfetto takes the thread whose tid is its pid for the process's main
    // thread; so must every trace, and no event may sit on tid 0.
    void mainThreadHasTidOfItsPid_data()
    {
        QTest::addColumn<int>("modelId");
        QTest::addColumn<int>("processes"); // how many processes the trace names
        QTest::addRow("threads") << int(PrimesModel::Threads) << 1;
        QTest::addRow("pool") << int(PrimesModel::Pool) << 1;
        QTest::addRow("processes") << int(PrimesModel::Processes) << 3;
        QTest::addRow("sequential") << int(PrimesModel::Sequential) << 1;
    }
    void mainThreadHasTidOfItsPid()
    {
        QFETCH(int, modelId);
        QFETCH(int, processes);
        const QByteArray json = smallRun(static_cast<PrimesModel>(modelId));
        QVERIFY(checkTrace(json).ok());
        QSet<int> pids, mainThreads;
        for (const QJsonValue &v : traceEvents(json)) {
            const QJsonObject e = v.toObject();
            const int pid = e.value(u"pid").toInt(), tid = e.value(u"tid").toInt();
            QVERIFY2(tid != 0, qPrintable(e.value(u"name").toString()));
            pids.insert(pid);
            if (e.value(u"name").toString() == u"thread_name") {
                const QString name = e.value(u"args").toObject().value(u"name").toString();
                QCOMPARE(name == u"MainThread", tid == pid);
                if (tid == pid)
                    mainThreads.insert(pid);
            }
        }
        QCOMPARE(pids.size(), processes);
        QCOMPARE(mainThreads, pids);
    }

    void gzipFileNames()
    {
        QVERIFY(Gzip::wanted(u"run.json.gz"));
        QVERIFY(Gzip::wanted(u"RUN.JSON.GZ"));
        QVERIFY(!Gzip::wanted(u"run.json"));
        QVERIFY(!Gzip::wanted(u"run.gzip"));
        QCOMPARE(Gzip::forPath(u"run.json", "{}"), QByteArray("{}"));
    }

    void gzipReadsBackWithGzip()
    {
        // Larger than one deflate input chunk (1 MiB), to cover the chunking.
        PrimesConfig cfg;
        cfg.model = PrimesModel::Threads;
        cfg.workers = 4;
        std::vector<PrimeResult> results;
        for (std::uint64_t n = 0; n < 40'000; ++n) {
            cfg.numbers.push_back(n);
            const auto t = static_cast<std::int64_t>(n) * 1000;
            results.push_back({n, false, 0.000001, int(n % 4) + 1, t, t + 900});
        }
        RunSummary summary;
        summary.numbers = summary.checked = static_cast<qsizetype>(results.size());
        const QByteArray json = PrimesTrace::build(cfg, results, {}, &summary);
        QVERIFY(json.size() > 2 * 1024 * 1024);
        const QByteArray packed = Gzip::forPath(u"big.json.gz", json);
        QVERIFY(packed.startsWith("\x1f\x8b")); // the gzip magic
        QVERIFY(packed.size() < json.size() / 4);
        QCOMPARE(inflateGzip(packed), json);
#if defined(__SANITIZE_THREAD__)
        // TSan cannot follow a fork from a threaded process (QProcess's
        // child dies with "starting new threads after multi-threaded
        // fork"); the in-process read above still checks the stream.
        QSKIP("the gzip tool is not run under ThreadSanitizer");
#endif
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
        if (!gunzip.waitForStarted())
            QSKIP("gzip is not installed");
        gunzip.write(packed);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished(60'000));
        QCOMPARE(gunzip.exitCode(), 0);
        QCOMPARE(gunzip.readAllStandardOutput(), json);
    }

    void detectsPartialOverlap()
    {
        ChromeTrace t;
        t.complete(QStringLiteral("a"), QStringLiteral("c"), 1, 1, 0, 1000);
        t.complete(QStringLiteral("b"), QStringLiteral("c"), 1, 1, 500, 1000);
        QVERIFY(!checkTrace(t.finish()).ok());
    }

    void syntheticPrimesRun()
    {
        PrimesConfig cfg;
        cfg.model = PrimesModel::Threads;
        cfg.workers = 2;
        cfg.numbers = {2, 3, 5, 7};
        // Jobs back to back on each worker; GIL holds interleave across
        // threads and overlap the jobs in time, on tracks of their own.
        const std::vector<PrimeResult> results = {{2, true, 0.000001, 1, 0, 1000},
                                                  {3, true, 0.000001, 2, 0, 1500},
                                                  {5, true, 0.000001, 1, 1000, 3000},
                                                  {7, true, 0.000001, 2, 1500, 3000}};
        const std::vector<GilHold> holds = {{0, 0, 700}, {1, 700, 1400}, {0, 1400, 2100}, {1, 2100, 3000}};
        RunSummary summary;
        summary.numbers = 4;
        summary.checked = 4;
        summary.wall = 0.000003;
        const auto c = checkTrace(PrimesTrace::build(cfg, results, holds, &summary));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.complete, 8);
        QCOMPARE(c.counters, 5); // depth at 0, then one step per start
        QVERIFY(c.threadNames.contains(QStringLiteral("Thread-1")));
        QCOMPARE(c.xPerTrack.size(), std::size_t(4)); // 2 job tracks + 2 GIL tracks
    }

    void workerCrashIsAnInstantOnItsTrack()
    {
        PrimesConfig cfg;
        cfg.model = PrimesModel::Processes;
        cfg.workers = 2;
        cfg.numbers = {2, 3};
        const std::vector<PrimeResult> results = {{2, true, 0.000001, 1, 0, 1000}, {3, true, 0.000001, 2, 5000, 6000}};
        RunSummary summary;
        summary.numbers = 2;
        summary.checked = 2;
        summary.wall = 0.000007;
        WorkerCrash crash;
        crash.worker = 2;
        crash.pid = 4321;
        crash.signal = 9;
        crash.n = 3;
        crash.attempt = 1;
        crash.tNs = 4000;
        crash.message = QStringLiteral("worker 2 (pid 4321) was killed by signal 9 (Killed) while checking 3");
        summary.crashes.push_back(crash);
        const QByteArray json = PrimesTrace::build(cfg, results, {}, &summary);
        const auto c = checkTrace(json);
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.instants, 1);
        const QJsonArray events = QJsonDocument::fromJson(json).object().value(QStringLiteral("traceEvents")).toArray();
        const auto it = std::find_if(events.begin(), events.end(), [](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("name")).toString() == u"worker crashed";
        });
        QVERIFY(it != events.end());
        const QJsonObject e = it->toObject();
        QCOMPARE(e.value(QStringLiteral("ph")).toString(), QStringLiteral("i"));
        QCOMPARE(e.value(QStringLiteral("pid")).toInt(), PrimesTrace::kRunPid + 2); // Process-2's track
        QCOMPARE(e.value(QStringLiteral("tid")).toInt(), PrimesTrace::kRunPid + 2); // its main thread
        QCOMPARE(e.value(QStringLiteral("ts")).toDouble(), 4.0);
        const QJsonObject args = e.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("n")).toString(), QStringLiteral("3"));
        QCOMPARE(args.value(QStringLiteral("pid")).toInt(), 4321);
        QCOMPARE(args.value(QStringLiteral("signal")).toInt(), 9);
        QCOMPARE(args.value(QStringLiteral("cause")).toString(), QStringLiteral("died"));
        QCOMPARE(args.value(QStringLiteral("message")).toString(), crash.message);
    }

    void realRuns_data()
    {
        QTest::addColumn<int>("modelId");
        QTest::addColumn<bool>("gil");
        QTest::addRow("sequential") << int(PrimesModel::Sequential) << false;
        QTest::addRow("threads, GIL on") << int(PrimesModel::Threads) << true;
        QTest::addRow("pool, GIL on") << int(PrimesModel::Pool) << true;
        QTest::addRow("processes") << int(PrimesModel::Processes) << false;
    }
    void realRuns()
    {
        QFETCH(int, modelId);
        const auto model = static_cast<PrimesModel>(modelId);
        QFETCH(bool, gil);
        PrimesConfig cfg;
        cfg.model = model;
        cfg.workers = 3;
        cfg.gil.enabled = gil;
        cfg.pace = Pace::native();
        for (std::uint64_t n = 1'000'000'000'000ull; cfg.numbers.size() < 40; ++n)
            cfg.numbers.push_back(n);
        cfg.numbers.push_back(9999999999999917ull);
        PrimesRun run(cfg);
        std::mutex m;
        std::vector<GilHold> holds;
        run.setGilObserver([&](const GilHold &h) {
            std::lock_guard lock(m);
            holds.push_back(h);
        });
        std::vector<PrimeResult> results;
        const RunSummary summary = run.exec([&](const PrimeResult &r) { results.push_back(r); });
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(results.size(), cfg.numbers.size());
        QCOMPARE(holds.empty(), !gil);
        const auto c = checkTrace(PrimesTrace::build(cfg, results, holds, &summary));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.complete, static_cast<int>(results.size() + holds.size()));
        if (model == PrimesModel::Processes)
            QVERIFY(c.processNames.contains(QStringLiteral("Process-3")));
    }

    void spinnerRun()
    {
        SpinnerReport report;
        report.elapsed = 3.0;
        report.answer = 42;
        for (int k = 0; k < 30; ++k)
            report.frames.push_back({k, k * 100'000'000LL, "\\|/-"[k % 4]});
        std::vector<aio::LoopEvent> loop;
        for (int k = 0; k < 10; ++k) {
            aio::LoopEvent e;
            e.taskId = 1 + static_cast<std::uint64_t>(k % 2);
            e.taskName = "Task-" + std::to_string(e.taskId);
            e.coroName = k % 2 ? "spin" : "supervisor";
            e.startNs = k * 1'000'000LL;
            e.endNs = e.startNs + 500'000;
            loop.push_back(e);
        }
        const std::vector<GilHold> holds = {{0, 0, 5'000'000}, {1, 5'000'000, 5'100'000}};
        const auto c = checkTrace(SpinnerTrace::build(QStringLiteral("thread"), report, holds, loop));
        QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.instants, 30);
        QCOMPARE(c.counters, 31);
        QCOMPARE(c.complete, 1 + 2 + 10);
        QVERIFY(c.threadNames.contains(QStringLiteral("Task-2 (spin)")));
    }

    void csvHasHeaderAndExactNumbers()
    {
        const QByteArray csv = CsvExport::results({{18446744073709551615ull, false, 0.5, 2, 1'000'000, 501'000'000}});
        QCOMPARE(csv,
                 QByteArray("n,prime,elapsed_s,worker,start_s,end_s\n"
                            "18446744073709551615,false,0.500000000,2,0.001000000,0.501000000\n"));
    }
};

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrometrace.moc"
