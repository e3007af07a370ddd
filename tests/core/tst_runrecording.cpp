#include "primes/primesrun.h"
#include "record/runrecording.h"

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
        r.loopEvents = {e};
        QString error;
        const auto back = RunRecording::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kind, RunRecording::Kind::Spinner);
        QCOMPARE(back->report->spinnerRepr, rep.spinnerRepr);
        QCOMPARE(back->report->frames.size(), std::size_t(2));
        QCOMPARE(back->report->frames[1].glyph, '\\');
        QCOMPARE(back->loopEvents.at(0).coroName, std::string("spin"));
        QCOMPARE(back->loopEvents.at(0).endNs, 9);
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

    void badFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = primesSample().toJson();
        QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::addRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::addRow("array") << QByteArray("[1,2]") << QStringLiteral("no JSON object");
        QTest::addRow("other schema") << QByteArray(R"({"schema":"something/1"})") << QStringLiteral("not a Concurrency Lab");
        QTest::addRow("future version")
            << QByteArray(R"({"schema":"concurrency-lab.recording/9","version":9})") << QStringLiteral("not supported");
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
