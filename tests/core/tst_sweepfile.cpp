// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "sweep/sweepexport.h"
#include "sweep/sweepfile.h"
#include "sweep/sweepstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {

SweepData sampleData()
{
    SweepData d;
    d.config.series = {SweepSeries{PrimesModel::Processes, {}},
                       SweepSeries{PrimesModel::Threads, {false, std::chrono::milliseconds(20)}}};
    d.config.maxWorkers = 3;
    d.config.runs = 2;
    d.config.pace = Pace::cpython();
    d.config.numbers = {2, 3, 1'000'003, 18'446'744'073'709'551'615ull};
    d.machine.host = QStringLiteral("lab, \"pc\"\n7"); // the writer must escape it
    d.machine.cores = 6;
    d.machine.created = QDateTime::fromMSecsSinceEpoch(1'790'000'000'123, Qt::UTC);
    d.machine.appVersion = QStringLiteral("0.1.0");
    return d;
}

SweepRun runAt(int series, int workers, int repeat, double wall)
{
    return {series, workers, repeat, wall, QDateTime::fromMSecsSinceEpoch(1'790'000'100'000 + repeat * 1000 + workers, Qt::UTC)};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A small valid file: the header and three runs.
QByteArray validFile(const QTemporaryDir &dir, std::vector<SweepRun> *runs = nullptr)
{
    const QString path = dir.filePath(QStringLiteral("valid.jsonl"));
    QFile::remove(path);
    SweepData d = sampleData();
    QString error;
    auto file = SweepFile::create(path, d, &error);
    if (!file)
        return {};
    const std::vector<SweepRun> rs{runAt(0, 1, 1, 0.1 + 0.2), runAt(1, 3, 1, 12.5), runAt(0, 2, 2, 1e-7)};
    for (const SweepRun &r : rs)
        file->append(r, d.config, &error);
    if (runs)
        *runs = rs;
    return readAll(path);
}

} // namespace

class TestSweepFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void createWritesRunsAndRefusesExisting();
    void truncatedAtEveryByte();
    void corruptLinesAreSkipped();
    void badHeader_data();
    void badHeader();
    void appendAfterTornLine();
    void mutatedBytesNeverCrash();
    void storeListsNewestFirst();
    void exports();

private:
    QTemporaryDir dir_;
};

void TestSweepFile::roundTrip()
{
    QVERIFY(dir_.isValid());
    std::vector<SweepRun> runs;
    const QByteArray bytes = validFile(dir_, &runs);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(bytes.count('\n'), 4);
    QVERIFY(bytes.startsWith("{"));
    QVERIFY(bytes.contains("\"format\":\"concurrency-lab-sweep\""));

    const SweepLoad load = SweepFile::load(dir_.filePath(QStringLiteral("valid.jsonl")));
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.issues.empty());
    const SweepData want = sampleData();
    const SweepData &got = *load.data;
    QVERIFY(got.config.series == want.config.series);
    QCOMPARE(got.config.series[1].spec(), QStringLiteral("threads:gil=off:switch=20"));
    QCOMPARE(got.config.maxWorkers, 3);
    QCOMPARE(got.config.runs, 2);
    QVERIFY(got.config.pace == Pace::cpython());
    QVERIFY(got.config.numbers == want.config.numbers);
    QCOMPARE(got.machine.host, want.machine.host);
    QCOMPARE(got.machine.cores, 6);
    QCOMPARE(got.machine.created, want.machine.created);
    QCOMPARE(got.machine.appVersion, want.machine.appVersion);
    QCOMPARE(got.runs.size(), runs.size());
    for (std::size_t k = 0; k < runs.size(); ++k)
        QVERIFY2(got.runs[k] == runs[k], qPrintable(QString::number(k))); // wall bit for bit, time to the ms
}

void TestSweepFile::createWritesRunsAndRefusesExisting()
{
    const QString path = dir_.filePath(QStringLiteral("withruns.jsonl"));
    SweepData d = sampleData();
    d.runs = {runAt(1, 2, 2, 3.25)};
    QString error;
    QVERIFY(SweepFile::create(path, d, &error));
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data);
    QCOMPARE(load.data->runs.size(), 1u);
    QVERIFY(load.data->runs[0] == d.runs[0]);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral("withruns*")}, QDir::Files).size(), 1);

    QVERIFY(!SweepFile::create(path, d, &error));
    QVERIFY2(error.contains(QStringLiteral("withruns.jsonl")), qPrintable(error));
    QCOMPARE(SweepFile::load(path).data->runs.size(), 1u); // untouched

    SweepData bad = sampleData();
    bad.config.maxWorkers = 0;
    QVERIFY(!SweepFile::create(dir_.filePath(QStringLiteral("bad.jsonl")), bad, &error));
    QVERIFY(!QFile::exists(dir_.filePath(QStringLiteral("bad.jsonl"))));
}

void TestSweepFile::truncatedAtEveryByte()
{
    const QByteArray bytes = validFile(dir_);
    QVERIFY(!bytes.isEmpty());
    const qsizetype headerEnd = bytes.indexOf('\n');
    for (qsizetype k = 0; k <= bytes.size(); ++k) {
        const QByteArray cut = bytes.left(k);
        const SweepLoad load = SweepFile::parse(cut);
        if (k <= headerEnd) {
            QVERIFY2(!load.data, qPrintable(QString::number(k)));
            QVERIFY2(load.error.startsWith(QStringLiteral("line 1: ")), qPrintable(load.error));
            continue;
        }
        QVERIFY2(load.data, qPrintable(QString::number(k)));
        const qsizetype whole = cut.count('\n') - 1;
        QCOMPARE(qsizetype(load.data->runs.size()), whole);
        if (cut.endsWith('\n')) {
            QVERIFY(load.issues.empty());
        } else {
            QCOMPARE(load.issues.size(), 1u);
            QCOMPARE(load.issues[0].line, whole + 2);
            QVERIFY2(load.issues[0].message.contains(QStringLiteral("incomplete")),
                     qPrintable(load.issues[0].message));
        }
    }
}

void TestSweepFile::corruptLinesAreSkipped()
{
    const QByteArray valid = validFile(dir_);
    const QByteArray header = valid.left(valid.indexOf('\n') + 1);
    const QByteArray good = R"({"series":"processes","workers":1,"repeat":1,"wall":1.5,"finished":"2026-01-01T00:00:00.000Z"})";
    const QList<QByteArray> bad = {
        "not json",                                                                                      // 3
        "[1,2]",                                                                                         // 4
        R"({"series":"pool","workers":1,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",        // 5
        R"({"series":"processes","workers":0,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",   // 6
        R"({"series":"processes","workers":4,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",   // 7
        R"({"series":"processes","workers":1.5,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})", // 8
        R"({"series":"processes","workers":1e300,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})", // 9
        R"({"series":"processes","workers":2,"repeat":3,"wall":1,"finished":"2026-01-01T00:00:00Z"})",   // 10
        R"({"series":"processes","workers":2,"repeat":1,"wall":-1,"finished":"2026-01-01T00:00:00Z"})",  // 11
        R"({"series":"processes","workers":2,"repeat":1,"wall":"1","finished":"2026-01-01T00:00:00Z"})", // 12
        R"({"series":"processes","workers":2,"repeat":1,"wall":1e300,"finished":"2026-01-01T00:00:00Z"})", // 13
        R"({"series":"processes","workers":2,"repeat":1,"wall":1,"finished":"yesterday"})",               // 14
        R"({"series":"sequential","workers":2,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",  // 15
        good,                                                                                            // 16: duplicate
        QByteArray(5000, ' ') + good,                                                                    // 17: too long
    };
    QByteArray bytes = header + good + '\n';
    for (const QByteArray &line : bad)
        bytes += line + '\n';
    bytes += "\n   \n"; // blank lines are no issue
    bytes += R"({"series":"threads:switch=20:gil=off","workers":3,"repeat":2,"wall":0,"finished":"2026-01-01T00:00:01Z","extra":true})"
             "\n";
    const SweepLoad load = SweepFile::parse(bytes);
    QVERIFY2(load.data, qPrintable(load.error));
    QCOMPARE(load.data->runs.size(), 2u);
    QCOMPARE(load.data->runs[0].wall, 1.5);
    QCOMPARE(load.data->runs[1].series, 1); // found by meaning, whatever the option order
    QCOMPARE(load.data->runs[1].workers, 3);
    QCOMPARE(load.issues.size(), std::size_t(bad.size()));
    for (qsizetype k = 0; k < bad.size(); ++k) {
        const SweepFileIssue &issue = load.issues[std::size_t(k)];
        QCOMPARE(issue.line, k + 3);
        QVERIFY2(issue.message.startsWith(QStringLiteral("line %1: ").arg(k + 3)), qPrintable(issue.message));
    }
    QVERIFY(load.issues[2].message.contains(QStringLiteral("pool")));
    QVERIFY(load.issues[13].message.contains(QStringLiteral("second")));
}

void TestSweepFile::badHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = validFile(dir_).split('\n').first();
    const auto edit = [&](const char *from, const char *to) {
        QByteArray h = good;
        h.replace(from, to);
        return h;
    };
    QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::addRow("no newline") << good << QStringLiteral("incomplete");
    QTest::addRow("not json") << QByteArray("hello\n") << QStringLiteral("JSON");
    QTest::addRow("array") << QByteArray("[]\n") << QStringLiteral("object");
    QTest::addRow("other format") << edit("concurrency-lab-sweep", "something-else") + '\n' << QStringLiteral("format");
    QTest::addRow("newer version") << edit("\"version\":1", "\"version\":2") + '\n' << QStringLiteral("newer");
    QTest::addRow("no series") << edit("\"series\":[\"processes\",", "\"series\":[") .replace("\"threads:gil=off:switch=20\"", "") + '\n' << QStringLiteral("series");
    QTest::addRow("sequential") << edit("\"processes\"", "\"sequential\"") + '\n' << QStringLiteral("sequential");
    QTest::addRow("twice") << edit("\"threads:gil=off:switch=20\"", "\"processes\"") + '\n' << QStringLiteral("twice");
    QTest::addRow("max 0") << edit("\"max\":3", "\"max\":0") + '\n' << QStringLiteral("max");
    QTest::addRow("max 257") << edit("\"max\":3", "\"max\":257") + '\n' << QStringLiteral("max");
    QTest::addRow("runs 1001") << edit("\"runs\":2", "\"runs\":1001") + '\n' << QStringLiteral("runs");
    QTest::addRow("pace") << edit("\"pace\":\"cpython\"", "\"pace\":\"warp\"") + '\n' << QStringLiteral("warp");
    QTest::addRow("numbers") << edit("\"numbers\":\"2 ", "\"numbers\":\"2x ") + '\n' << QStringLiteral("numbers");
    QTest::addRow("hash") << edit("\"numbers\":\"2 ", "\"numbers\":\"4 ") + '\n' << QStringLiteral("numbers_hash");
    QTest::addRow("created") << edit("\"created\":\"2026", "\"created\":\"x2026") + '\n' << QStringLiteral("created");
}

void TestSweepFile::badHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, mentions);
    const SweepLoad load = SweepFile::parse(header);
    QVERIFY(!load.data);
    QVERIFY2(load.error.startsWith(u"line 1: "), qPrintable(load.error));
    QVERIFY2(load.error.contains(mentions), qPrintable(load.error));
}

void TestSweepFile::appendAfterTornLine()
{
    const QString path = dir_.filePath(QStringLiteral("torn.jsonl"));
    const QByteArray valid = validFile(dir_);
    const QByteArray torn = valid + R"({"series":"processes","work)";
    writeAll(path, torn);
    QCOMPARE(SweepFile::load(path).issues.size(), 1u);

    QString error;
    auto file = SweepFile::openForAppend(path, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(readAll(path), valid); // the torn line is gone at once
    const SweepData d = SweepFile::load(path).data.value();
    QVERIFY(file->append(runAt(1, 1, 2, 2.0), d.config, &error));
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data);
    QVERIFY(load.issues.empty());
    QCOMPARE(load.data->runs.size(), 4u);
    QVERIFY(load.data->runs.back() == runAt(1, 1, 2, 2.0));
    QVERIFY(readAll(path).endsWith('\n'));

    // A file without even a whole header cannot be resumed.
    const QString headless = dir_.filePath(QStringLiteral("headless.jsonl"));
    writeAll(headless, "{\"format\":");
    QVERIFY(!SweepFile::openForAppend(headless, &error));
    QVERIFY2(error.contains(QStringLiteral("headless.jsonl")), qPrintable(error));
    QVERIFY(!SweepFile::openForAppend(dir_.filePath(QStringLiteral("missing.jsonl")), &error));
}

void TestSweepFile::mutatedBytesNeverCrash()
{
    // A small fuzz run in the test suite; the libFuzzer target goes further.
    const QByteArray valid = validFile(dir_);
    QRandomGenerator rng(20261123);
    for (int round = 0; round < 3000; ++round) {
        QByteArray b = valid;
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(rng.bounded(quint32(b.size())));
            switch (rng.bounded(4)) {
            case 0: b[at] = char(rng.bounded(256)); break;
            case 1: b.remove(at, qsizetype(rng.bounded(20))); break;
            case 2: b.insert(at, "\n9e999,\"\\u0000"); break;
            default: b.insert(at, b.mid(qsizetype(rng.bounded(quint32(b.size()))), 30)); break;
            }
            if (b.isEmpty())
                b = "{";
        }
        const SweepLoad load = SweepFile::parse(b);
        QVERIFY(load.data.has_value() != !load.error.isEmpty());
        if (load.data)
            QVERIFY(load.data->runs.size() <= std::size_t(load.data->config.totalRuns()));
    }
}

void TestSweepFile::storeListsNewestFirst()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = SweepStore::directory();
    QVERIFY(QDir(dir).exists());
    QVERIFY(dir.endsWith(QStringLiteral("/sweeps")));
    for (const QString &name : QDir(dir).entryList(QDir::Files)) // left by an earlier run
        QFile::remove(dir + u'/' + name);

    QString error;
    SweepData older = sampleData(); // 2 series x 3 counts x 2 runs: 12 runs to do
    const QString olderPath = SweepStore::newFilePath();
    QVERIFY2(SweepFile::create(olderPath, older, &error), qPrintable(error));
    const QString newerPath = SweepStore::newFilePath();
    QVERIFY(newerPath != olderPath);
    QVERIFY(newerPath.endsWith(QStringLiteral(".jsonl")));
    SweepData newer = sampleData();
    newer.config.series = {SweepSeries{}};
    newer.config.maxWorkers = 1;
    newer.config.runs = 1;
    newer.machine.created = older.machine.created.addSecs(60);
    newer.runs = {runAt(0, 1, 1, 1.0)};
    QVERIFY(SweepFile::create(newerPath, newer, &error));
    writeAll(dir + QStringLiteral("/junk.jsonl"), "not a sweep\n"); // not listed

    const QList<SweepListing> all = SweepStore::list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].path, newerPath);
    QCOMPARE(all[0].created, newer.machine.created);
    QCOMPARE(all[0].series, QStringList{QStringLiteral("processes")});
    QCOMPARE(all[0].done, 1);
    QCOMPARE(all[0].total, 1);
    QVERIFY(all[0].complete());
    QCOMPARE(all[1].path, olderPath);
    QCOMPARE(all[1].done, 0);
    QCOMPARE(all[1].total, 12);
    // The newest is complete, so the one to resume is the older.
    const auto unfinished = SweepStore::latestUnfinished();
    QVERIFY(unfinished);
    QCOMPARE(unfinished->path, olderPath);
}

void TestSweepFile::exports()
{
    SweepData d = sampleData();
    d.machine.host = QStringLiteral("lab, \"pc\"");
    d.runs = {runAt(1, 2, 1, 0.5), runAt(0, 1, 1, 40.81), runAt(0, 1, 2, 40.0), runAt(1, 2, 2, 0.0041234)};
    const QByteArray csv = SweepExport::tidyCsv(d);
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.size(), 6); // header, 4 runs, the empty rest after the last newline
    QCOMPARE(rows[0], QByteArray("series,model,gil,workers,repeat,wall_s,pace,numbers_hash,machine,cores,date"));
    const QByteArray hash = numbersHash(d.config.numbers).toLatin1();
    QCOMPARE(hash.size(), 16);
    QCOMPARE(rows[1], "threads:gil=off:switch=20,threads,off,2,1,0.500000,cpython," + hash
                          + ",\"lab, \"\"pc\"\"\",6,2026-09-21T14:15:01.002Z");
    QVERIFY(rows[2].startsWith("processes,processes,,1,1,40.810000,cpython,"));

    const std::vector<SeriesStats> stats = sweepStatistics(d);
    QCOMPARE(SweepExport::medianLines(stats, 0), QByteArray("1 40.405\n"));
    QCOMPARE(SweepExport::medianLines(stats, 1), QByteArray("2 0.252\n"));
    QCOMPARE(SweepExport::medianLines(stats, 5), QByteArray());

    const QJsonObject json = QJsonDocument::fromJson(SweepExport::json(d, stats)).object();
    QCOMPARE(json.value(u"runs").toArray().size(), 4);
    QCOMPARE(json.value(u"machine").toObject().value(u"cores").toInt(), 6);
    const QJsonArray seriesStats = json.value(u"stats").toArray();
    QCOMPARE(seriesStats.size(), 2);
    QCOMPARE(seriesStats[0].toObject().value(u"best_workers").toInt(), 1);
    QCOMPARE(seriesStats[1].toObject().value(u"series").toString(), QStringLiteral("threads:gil=off:switch=20"));
    QCOMPARE(seriesStats[1].toObject().value(u"counts").toArray()[0].toObject().value(u"median").toDouble(),
             (0.5 + 0.0041234) / 2);
}

QTEST_GUILESS_MAIN(TestSweepFile)
#include "tst_sweepfile.moc"
