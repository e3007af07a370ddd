// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/csvexport.h"
#include "core/primes/primesrun.h"
#include "core/record/runrecording.h"
#include "core/report/spinnerjsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

class TestRunRecording : public QObject
{
    Q_OBJECT

private:
    static RunRecording primesSample()
    {
        RunRecording r;
        r.kind = RunRecording::Kind::Primes;
        r.title = QStringLiteral("Process pool");
        r.recordedAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
        r.primes.model = PrimesModel::Processes;
        r.primes.workers = 2;
        r.primes.racy = true;
        r.primes.pace = Pace::book();
        r.primes.numbers = {2, 18446744073709551615ull, 9999999999999999ull};
        r.results = {{2, true, 0.25, 1, 1'000, 250'001'000}, {18446744073709551615ull, false, 1e-6, 2, 5, 1'005}};
        RunSummary s;
        s.model = QStringLiteral("processes");
        s.workers = 2;
        s.numbers = 3;
        s.checked = 2;
        s.wall = 1.5;
        s.lost = {9999999999999999ull};
        GilStats gil;
        gil.threads.push_back({"Thread-1 (worker)", 10, 20, 3, 2, 1, 0});
        s.gil = gil;
        r.summary = s;
        r.gilHolds = {{0, 0, 100}, {0, 200, 300}};
        return r;
    }

    static RunRecording spinnerSample()
    {
        RunRecording r;
        r.kind = RunRecording::Kind::Spinner;
        r.title = QStringLiteral("Power napping");
        r.recordedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0, 125), Qt::UTC);
        r.spinner.model = SpinnerModel::Coroutine;
        r.spinner.slow = SlowKind::Nap;
        r.spinner.pace = Pace::book();
        r.spinner.gil.enabled = false;
        r.spinner.gil.switchInterval = std::chrono::milliseconds(20);
        r.spinner.seconds = 2.5;
        r.spinner.number = 18446744073709551615ull;
        r.spinner.message = QStringLiteral("napping!");
        SpinnerReport rep;
        rep.spinnerRepr = QStringLiteral("<Task pending name='Task-2' coro=<spin() running>>");
        rep.answer = 42;
        rep.frames = {{0, 1'000, '\\'}, {1, 101'000'000, '|'}, {2, 901'000'000, '/'}};
        rep.elapsed = 1.0;
        rep.expectedFrames = 10;
        rep.maxGapNs = 800'000'000;
        r.report = rep;
        return r;
    }

private slots:
    void primesRoundTrip()
    {
        const RunRecording original = primesSample();
        QString error;
        const auto back = RunRecording::fromJson(original.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->title, original.title);
        QCOMPARE(back->recordedAt, original.recordedAt);
        QCOMPARE(back->primes.model, PrimesModel::Processes);
        QVERIFY(back->primes.racy);
        QVERIFY(back->primes.pace == Pace::book());
        QCOMPARE(back->primes.numbers, original.primes.numbers);
        QCOMPARE(back->results.size(), std::size_t(2));
        QCOMPARE(back->results[1].n, 18446744073709551615ull); // exact, not a double
        QCOMPARE(back->results[0].endNs, 250'001'000);
        QCOMPARE(back->results[0].elapsed, 0.25);
        QVERIFY(back->results[0].prime);
        QVERIFY(!back->results[1].prime);
        QVERIFY(back->summary);
        QCOMPARE(back->summary->lost, original.summary->lost);
        QCOMPARE(back->summary->wall, 1.5);
        QVERIFY(back->summary->gil);
        QCOMPARE(back->summary->gil->threads.at(0).name, std::string("Thread-1 (worker)"));
        QCOMPARE(back->gilHolds, original.gilHolds);
    }

    void primesCrashesRoundTrip()
    {
        RunRecording original = primesSample();
        WorkerCrash c;
        c.cause = WorkerCrash::Cause::Unresponsive;
        c.worker = 2;
        c.pid = 4242;
        c.signal = 9;
        c.n = 18446744073709551557ull;
        c.attempt = 2;
        c.tNs = 1'234'567'891;
        c.message = QStringLiteral("worker 2 (pid 4242) gave no answer within 10 s");
        WorkerCrash idle;
        idle.worker = 1;
        idle.exitCode = 3;
        original.summary->crashes = {c, idle};
        QString error;
        const auto back = RunRecording::fromJson(original.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->summary->crashes.size(), std::size_t(2));
        const WorkerCrash &b = back->summary->crashes[0];
        QCOMPARE(b.cause, c.cause);
        QCOMPARE(b.worker, 2);
        QCOMPARE(b.pid, qint64(4242));
        QCOMPARE(b.signal, 9);
        QCOMPARE(b.exitCode, -1);
        QCOMPARE(b.n, c.n); // exact, not a double
        QCOMPARE(b.attempt, 2);
        QCOMPARE(b.tNs, c.tNs);
        QCOMPARE(b.message, c.message);
        QVERIFY(!back->summary->crashes[1].n.has_value());
        QCOMPARE(back->summary->crashes[1].exitCode, 3);
    }

    void spinnerRoundTrip()
    {
        RunRecording r;
        r.kind = RunRecording::Kind::Spinner;
        SpinnerReport rep;
        rep.spinnerRepr = QStringLiteral("<Thread(Thread-1 (spin), initial)>");
        rep.answer = 42;
        rep.frames = {{0, 100, '|'}, {1, 200, '\\'}};
        rep.elapsed = 3.0;
        r.report = rep;
        aio::LoopEvent e;
        e.taskId = 2;
        e.taskName = "Task-2";
        e.coroName = "spin";
        e.startNs = 5;
        e.endNs = 9;
        // A view's detail: a ready-queue sample keeps its length.
        aio::LoopEvent queued = e;
        queued.kind = aio::LoopEvent::Kind::ReadyQueue;
        queued.queued = 3;
        r.loopEvents = {e, queued};
        QString error;
        const auto back = RunRecording::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind, RunRecording::Kind::Spinner);
        QCOMPARE(back->report->spinnerRepr, rep.spinnerRepr);
        QCOMPARE(back->report->frames.size(), std::size_t(2));
        QCOMPARE(back->report->frames[1].glyph, '\\');
        QCOMPARE(back->loopEvents.at(0).coroName, std::string("spin"));
        QCOMPARE(back->loopEvents.at(0).endNs, 9);
        QCOMPARE(back->loopEvents.at(0).queued, 0u);
        QCOMPARE(back->loopEvents.at(1).kind, aio::LoopEvent::Kind::ReadyQueue);
        QCOMPARE(back->loopEvents.at(1).queued, 3u);
    }

    void spinnerConfigRoundTrip()
    {
        const RunRecording original = spinnerSample();
        QString error;
        const auto back = RunRecording::fromJson(original.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->spinner.model, SpinnerModel::Coroutine);
        QCOMPARE(back->spinner.slow, SlowKind::Nap);
        QVERIFY(back->spinner.pace == Pace::book());
        QVERIFY(!back->spinner.gil.enabled);
        QCOMPARE(back->spinner.gil.switchInterval, std::chrono::microseconds(20'000));
        QCOMPARE(back->spinner.seconds, 2.5);
        QCOMPARE(back->spinner.number, 18446744073709551615ull); // exact, not a double
        QCOMPARE(back->spinner.message, QStringLiteral("napping!"));
        QCOMPARE(back->recordedAt, original.recordedAt);
        QCOMPARE(back->report->frames.size(), std::size_t(3));
        QCOMPARE(back->report->frames[2].tNs, 901'000'000);
        QCOMPARE(back->report->frames[0].glyph, '\\');
        QCOMPARE(back->report->maxGapNs, 800'000'000);
    }

    void badSpinnerFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = spinnerSample().toJson();
        const auto edit = [&good](const char *from, const char *to) {
            QByteArray b = good;
            b.replace(from, to);
            return b;
        };
        QTest::addRow("unknown model") << edit("\"model\":\"coroutine\"", "\"model\":\"fiber\"")
                                       << QStringLiteral("spinnerConfig.model");
        QTest::addRow("nap on a thread") << edit("\"model\":\"coroutine\"", "\"model\":\"thread\"")
                                         << QStringLiteral("nap");
        QTest::addRow("two numbers") << edit("\"18446744073709551615\"", "\"2 3\"") << QStringLiteral("exactly one");
        QTest::addRow("frames out of order") << edit("[1000,101000000,", "[1000,-5,") << QStringLiteral("frameNs[1]");
        QTest::addRow("negative elapsed") << edit("\"elapsed\":1", "\"elapsed\":-1") << QStringLiteral("elapsed");
        QTest::addRow("endless elapsed") << edit("\"elapsed\":1", "\"elapsed\":1e300") << QStringLiteral("elapsed");
        QTest::addRow("glyphs short") << edit("\"frameGlyph\":\"\\\\|/\"", "\"frameGlyph\":\"|/\"")
                                      << QStringLiteral("frameGlyph");
        // Written before the spinner pages saved runs: no config, loads.
        QByteArray old = good;
        const qsizetype at = old.indexOf("\"spinnerConfig\":");
        QVERIFY(at > 0);
        old.remove(at, old.indexOf('}', at) - at + 2);
        QTest::addRow("no config") << old << QString();
    }
    void badSpinnerFilesGiveClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const auto r = RunRecording::fromJson(json, &error);
        if (mentions.isEmpty()) {
            QVERIFY2(r, qPrintable(error + u'\n' + QString::fromUtf8(json)));
            QCOMPARE(r->spinner.model, SpinnerModel::Thread); // the defaults
            QCOMPARE(r->report->frames.size(), std::size_t(3));
            return;
        }
        QVERIFY2(!r, json.constData());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void spinnerExports()
    {
        const RunRecording r = spinnerSample();
        // CSV: one row per frame, the gap since the frame before (the
        // first one's since the start), so the stall is one large value.
        const QList<QByteArray> lines = CsvExport::spinnerFrames(*r.report).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("frame,glyph,t_s,gap_ms"));
        QCOMPARE(lines[1], QByteArray("0,\\,0.000001000,0.001"));
        QCOMPARE(lines[2], QByteArray("1,|,0.101000000,100.999"));
        QCOMPARE(lines[3], QByteArray("2,/,0.901000000,800.000"));
        SpinnerReport comma = *r.report;
        comma.frames = {{0, 5, ','}};
        QCOMPARE(CsvExport::spinnerFrames(comma).split('\n').value(1), QByteArray("0,\",\",0.000000005,0.000"));

        // JSON: the CLI's schema, with the config's choices.
        const QJsonObject o = QJsonDocument::fromJson(SpinnerJsonReport::build(r.spinner, *r.report)).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("concurrency-lab.spinner/1"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("coroutine"));
        QCOMPARE(o.value(QStringLiteral("slow")).toString(), QStringLiteral("nap"));
        QCOMPARE(o.value(QStringLiteral("pace")).toString(), QStringLiteral("book"));
        QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("max_gap_ms")).toDouble(), 800.0);
        QCOMPARE(o.value(QStringLiteral("frame_times_s")).toArray().at(2).toDouble(), 0.901);
        QVERIFY(o.value(QStringLiteral("error")).isNull());
    }

    void realRunRoundTrip()
    {
        PrimesConfig cfg;
        cfg.model = PrimesModel::Sequential;
        cfg.pace = Pace::native();
        cfg.numbers = {2, 3, 4, 5, 6, 7};
        PrimesRun run(cfg);
        RunRecording r;
        r.primes = cfg;
        r.summary = run.exec([&](const PrimeResult &res) { r.results.push_back(res); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        QString error;
        QVERIFY2(r.save(path, &error), qPrintable(error));
        const auto back = RunRecording::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->results.size(), std::size_t(6));
        QCOMPARE(back->summary->checked, 6);
    }

    // Format 2 holds the CPython side; a run without one stays format 1,
    // which older builds open, and both read back.
    void cpythonSideRoundTrips()
    {
        RunRecording primes = primesSample();
        QVERIFY(primes.toJson().contains("\"concurrency-lab.recording/1\""));
        CPythonSide side;
        side.end = CPythonSide::End::Finished;
        side.interpreter = QStringLiteral("CPython 3.11.2 (/usr/bin/python3)");
        side.commandLine = QStringLiteral("python3 -u primes_procs.py 2 2 18446744073709551615");
        side.seconds = 0.75;
        side.results = {{18446744073709551615ull, false, 2e-6, 2, 7, 9}, {2, true, 0.5, 1, 10, 500'000'010}};
        RunSummary s;
        s.model = QStringLiteral("processes");
        s.workers = 2;
        s.numbers = 2;
        s.checked = 2;
        s.wall = 0.7;
        side.summary = s;
        primes.cpython = side;
        const QByteArray json = primes.toJson();
        QVERIFY(json.contains("\"concurrency-lab.recording/2\""));
        QString error;
        const auto back = RunRecording::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->cpython);
        QCOMPARE(back->cpython->end, CPythonSide::End::Finished);
        QCOMPARE(back->cpython->interpreter, side.interpreter);
        QCOMPARE(back->cpython->commandLine, side.commandLine);
        QCOMPARE(back->cpython->seconds, 0.75);
        QCOMPARE(back->cpython->results.size(), std::size_t(2));
        QCOMPARE(back->cpython->results[0].n, 18446744073709551615ull);
        QCOMPARE(back->cpython->results[1].endNs, std::int64_t(500'000'010));
        QCOMPARE(back->cpython->summary->wall, 0.7);
        QCOMPARE(back->results.size(), primes.results.size()); // the emulated side is untouched

        RunRecording spinner = spinnerSample();
        CPythonSide failed;
        failed.end = CPythonSide::End::NotStarted;
        failed.error = QStringLiteral("GIL off needs a free-threaded CPython");
        failed.report = SpinnerReport{};
        failed.report->error = failed.error;
        spinner.cpython = failed;
        const auto spinnerBack = RunRecording::fromJson(spinner.toJson(), &error);
        QVERIFY2(spinnerBack, qPrintable(error));
        QVERIFY(spinnerBack->cpython);
        QCOMPARE(spinnerBack->cpython->end, CPythonSide::End::NotStarted);
        QCOMPARE(spinnerBack->cpython->error, failed.error);
        QVERIFY(spinnerBack->cpython->report);
        QCOMPARE(spinnerBack->report->frames.size(), std::size_t(3));

        // A format-1 file has no CPython side, even if one was pasted in.
        QByteArray old = primesSample().toJson();
        old.chop(1);
        old += ",\"cpython\":{\"end\":\"finished\"}}";
        const auto oldBack = RunRecording::fromJson(old, &error);
        QVERIFY2(oldBack, qPrintable(error));
        QVERIFY(!oldBack->cpython);

        QByteArray badEnd = json;
        badEnd.replace("\"end\":\"finished\"", "\"end\":\"exploded\"");
        QVERIFY(!RunRecording::fromJson(badEnd, &error));
        QVERIFY2(error.contains(QStringLiteral("cpython.end")), qPrintable(error));
        QByteArray mismatch = json;
        mismatch.replace("recording/2", "recording/1");
        QVERIFY(!RunRecording::fromJson(mismatch, &error));
        QVERIFY2(error.contains(QStringLiteral("not supported")), qPrintable(error));
    }

    // The last run of a repeated racy series keeps the series' tallies:
    // format 3, written only when there are some.
    void raceTalliesRoundTrip()
    {
        RunRecording primes = primesSample();
        RaceTally emulation(3);
        RaceVerdict lost;
        lost.outcome = RaceOutcome::Lost;
        lost.seed = 77;
        lost.lost = {1'000'003, 1'000'033};
        emulation.add(lost);
        emulation.add(RaceVerdict{});
        emulation.add(RaceVerdict{});
        RaceTally cpython(3);
        cpython.add(RaceVerdict{});
        cpython.addUnjudged();
        cpython.stop();
        primes.raceTallies = RaceTallies{emulation, cpython};
        const QByteArray json = primes.toJson();
        QVERIFY(json.contains("\"concurrency-lab.recording/3\""));
        QString error;
        const auto back = RunRecording::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->raceTallies);
        QCOMPARE(back->raceTallies->emulation.text(), emulation.text());
        QVERIFY(back->raceTallies->cpython);
        QCOMPARE(back->raceTallies->cpython->toJson(), cpython.toJson());
        QCOMPARE(back->results.size(), primes.results.size());

        // Damaged, the file is refused with the field named.
        QByteArray bad = json;
        QVERIFY(bad.contains("\"lost\":1"));
        bad.replace("\"lost\":1", "\"lost\":-1");
        QVERIFY(!RunRecording::fromJson(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("raceTally.emulation.lost")), qPrintable(error));
        // A format-2 file has no tallies, even if some were pasted in.
        QByteArray older = json;
        older.replace("recording/3", "recording/2");
        older.replace("\"version\":3", "\"version\":2");
        const auto olderBack = RunRecording::fromJson(older, &error);
        QVERIFY2(olderBack, qPrintable(error));
        QVERIFY(!olderBack->raceTallies);
    }

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = primesSample().toJson();
        QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::addRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("no JSON object");
        QTest::addRow("other schema") << QByteArray(R"({"schema":"something/1"})")
                                      << QStringLiteral("not a Concurrency Lab");
        QTest::addRow("future version") << QByteArray(R"({"schema":"concurrency-lab.recording/9","version":9})")
                                        << QStringLiteral("not supported");
        QByteArray wrongLength = good;
        wrongLength.replace("\"startNs\":[1000,5]", "\"startNs\":[1000]");
        QTest::addRow("column too short") << wrongLength << QStringLiteral("results.startNs");
        QByteArray badNumber = good;
        badNumber.replace("18446744073709551615 ", "18446744073709551616 ");
        QTest::addRow("n overflows") << badNumber << QStringLiteral("config.numbers");
        QByteArray huge = good;
        huge.replace("\"workers\":2", "\"workers\":1e300");
        QTest::addRow("huge worker count") << huge << QString(); // clamped, loads
        QByteArray badModel = good;
        badModel.replace("\"model\":\"processes\"", "\"model\":\"fibers\"");
        QTest::addRow("unknown model") << badModel << QStringLiteral("fibers");
        // Before: any character but '1' was read as "not prime", silently.
        QByteArray badVerdict = good;
        QVERIFY(badVerdict.contains("\"prime\":\"10\""));
        badVerdict.replace("\"prime\":\"10\"", "\"prime\":\"1x\"");
        QTest::addRow("prime holds a letter") << badVerdict << QStringLiteral("results.prime");
    }
    void badFilesGiveClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        const auto r = RunRecording::fromJson(json, &error);
        if (mentions.isEmpty()) {
            QVERIFY2(r, qPrintable(error));
            return;
        }
        QVERIFY(!r);
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void everyTruncationFailsCleanly()
    {
        // No prefix of a valid file may crash the reader.
        const QByteArray good = primesSample().toJson();
        for (qsizetype n = 0; n < good.size(); n += 7) {
            QString error;
            QVERIFY(!RunRecording::fromJson(good.left(n), &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!RunRecording::load(QStringLiteral("/nonexistent/run.json"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunRecording)
#include "tst_runrecording.moc"
