// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepexport.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweepstats.h"
#include "core/sweep/sweepstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cerrno>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

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
    return {series, workers, repeat, wall,
            QDateTime::fromMSecsSinceEpoch(1'790'000'100'000 + repeat * 1000 + workers, Qt::UTC)};
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
    void createIsExclusive();
    void sameSecondCreatesGetTheirOwnFiles();
    void secondWriterIsRefused();
    void disturbedRunsRoundTrip();
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
            QVERIFY2(load.issues[0].message.contains(QStringLiteral("incomplete")), qPrintable(load.issues[0].message));
        }
    }
}

void TestSweepFile::corruptLinesAreSkipped()
{
    const QByteArray valid = validFile(dir_);
    const QByteArray header = valid.left(valid.indexOf('\n') + 1);
    const QByteArray good =
        R"({"series":"processes","workers":1,"repeat":1,"wall":1.5,"finished":"2026-01-01T00:00:00.000Z"})";
    const QList<QByteArray> bad = {
        "not json",                                                                                        // 3
        "[1,2]",                                                                                           // 4
        R"({"series":"pool","workers":1,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",          // 5
        R"({"series":"processes","workers":0,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",     // 6
        R"({"series":"processes","workers":4,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",     // 7
        R"({"series":"processes","workers":1.5,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",   // 8
        R"({"series":"processes","workers":1e300,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})", // 9
        R"({"series":"processes","workers":2,"repeat":3,"wall":1,"finished":"2026-01-01T00:00:00Z"})",     // 10
        R"({"series":"processes","workers":2,"repeat":1,"wall":-1,"finished":"2026-01-01T00:00:00Z"})",    // 11
        R"({"series":"processes","workers":2,"repeat":1,"wall":"1","finished":"2026-01-01T00:00:00Z"})",   // 12
        R"({"series":"processes","workers":2,"repeat":1,"wall":1e300,"finished":"2026-01-01T00:00:00Z"})", // 13
        R"({"series":"processes","workers":2,"repeat":1,"wall":1,"finished":"yesterday"})",                // 14
        R"({"series":"sequential","workers":2,"repeat":1,"wall":1,"finished":"2026-01-01T00:00:00Z"})",    // 15
        good,                         // 16: duplicate
        QByteArray(5000, ' ') + good, // 17: too long
    };
    QByteArray bytes = header + good + '\n';
    for (const QByteArray &line : bad)
        bytes += line + '\n';
    bytes += "\n   \n"; // blank lines are no issue
    bytes +=
        R"({"series":"threads:switch=20:gil=off","workers":3,"repeat":2,"wall":0,"finished":"2026-01-01T00:00:01Z","extra":true})"
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
    QTest::addRow("no series")
        << edit("\"series\":[\"processes\",", "\"series\":[").replace("\"threads:gil=off:switch=20\"", "") + '\n'
        << QStringLiteral("series");
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
    auto olderFile = SweepStore::createFile(older, &error);
    QVERIFY2(olderFile, qPrintable(error));
    const QString olderPath = olderFile->path();
    SweepData newer = sampleData();
    newer.config.series = {SweepSeries{}};
    newer.config.maxWorkers = 1;
    newer.config.runs = 1;
    newer.machine.created = older.machine.created.addSecs(60);
    newer.runs = {runAt(0, 1, 1, 1.0)};
    auto newerFile = SweepStore::createFile(newer, &error);
    QVERIFY(newerFile);
    const QString newerPath = newerFile->path();
    QVERIFY(newerPath != olderPath);
    QVERIFY(newerPath.endsWith(QStringLiteral(".jsonl")));
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
    // A sweep still writing it: nothing to offer.
    QVERIFY(all[1].inUse);
    QVERIFY(!SweepStore::latestUnfinished());
    olderFile.reset();
    newerFile.reset();
    // The newest is complete, so the one to resume is the older.
    const auto unfinished = SweepStore::latestUnfinished();
    QVERIFY(unfinished);
    QCOMPARE(unfinished->path, olderPath);
    QVERIFY(!unfinished->inUse);
}

// Many processes creating one name at the same instant, as two sweeps
// started in the same second (the window and the CLI share the folder) do:
// one gets the file, the others are told it exists, and the file holds the
// winner's sweep, whole.
void TestSweepFile::createIsExclusive()
{
    const QString path = dir_.filePath(QStringLiteral("contested.jsonl"));
    constexpr int kCreators = 6;
    int go[2];
    QCOMPARE(::pipe(go), 0);
    std::vector<pid_t> kids;
    for (int k = 0; k < kCreators; ++k) {
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            ::close(go[1]);
            char c;
            while (::read(go[0], &c, 1) < 0 && errno == EINTR) {
            } // end of file: all start together
            SweepData d = sampleData();
            d.runs = {runAt(0, 1, 1, double(k + 1))}; // tells the creators apart
            QString error;
            const bool made = SweepFile::create(path, d, &error) != nullptr;
            ::_exit(made ? 0 : error.contains(u"already exists") ? 3 : 4);
        }
        kids.push_back(pid);
    }
    ::close(go[0]);
    ::close(go[1]);
    int winner = -1;
    int refused = 0;
    for (int k = 0; k < kCreators; ++k) {
        int status = 0;
        QCOMPARE(::waitpid(kids[std::size_t(k)], &status, 0), kids[std::size_t(k)]);
        QVERIFY(WIFEXITED(status));
        if (WEXITSTATUS(status) == 0) {
            QVERIFY2(winner < 0, "two processes created the same file");
            winner = k;
        } else {
            QCOMPARE(WEXITSTATUS(status), 3);
            ++refused;
        }
    }
    QVERIFY(winner >= 0);
    QCOMPARE(refused, kCreators - 1);
    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QCOMPARE(load.data->runs.size(), 1u);
    QCOMPARE(load.data->runs[0].wall, double(winner + 1));
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir_.path()).entryList({QStringLiteral("contested*")}, QDir::Files).size(), 1);
}

// The store's names go down to the second; sweeps started together each
// get a file of their own (-2, -3, ...) and keep every run.
void TestSweepFile::sameSecondCreatesGetTheirOwnFiles()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = SweepStore::directory();
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        QFile::remove(dir + u'/' + name);
    constexpr int kSweeps = 6;
    std::atomic<int> ready{0};
    std::vector<std::unique_ptr<SweepFile>> files(kSweeps);
    std::vector<QString> errors(kSweeps);
    std::vector<std::thread> threads;
    for (int k = 0; k < kSweeps; ++k) {
        threads.emplace_back([&, k] {
            SweepData d = sampleData();
            ++ready;
            while (ready.load() < kSweeps)
                std::this_thread::yield();
            files[std::size_t(k)] = SweepStore::createFile(d, &errors[std::size_t(k)]);
        });
    }
    for (std::thread &t : threads)
        t.join();
    std::set<QString> paths;
    for (int k = 0; k < kSweeps; ++k) {
        QVERIFY2(files[std::size_t(k)], qPrintable(errors[std::size_t(k)]));
        paths.insert(files[std::size_t(k)]->path());
    }
    QCOMPARE(int(paths.size()), kSweeps);
    // Each sweep writes its runs into its own file; all of them are kept.
    const SweepData d = sampleData();
    for (int k = 0; k < kSweeps; ++k) {
        QString error;
        QVERIFY2(files[std::size_t(k)]->append(runAt(0, 1, 1, double(k + 1)), d.config, &error), qPrintable(error));
    }
    files.clear();
    std::set<double> walls;
    for (const QString &path : paths) {
        QVERIFY(path.startsWith(dir + u"/sweep-"));
        const SweepLoad load = SweepFile::load(path);
        QVERIFY2(load.data, qPrintable(load.error));
        QCOMPARE(load.data->runs.size(), 1u);
        walls.insert(load.data->runs[0].wall);
    }
    QCOMPARE(int(walls.size()), kSweeps);
    QCOMPARE(SweepStore::list().size(), kSweeps);
}

// A file a sweep is writing cannot be opened for a second writer (a second
// --resume would do every missing run twice); once the first is done, it can.
void TestSweepFile::secondWriterIsRefused()
{
    const QString path = dir_.filePath(QStringLiteral("busy.jsonl"));
    const SweepData d = sampleData();
    QString error;
    auto first = SweepFile::create(path, d, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(SweepFile::isInUse(path));
    QVERIFY(!SweepFile::openForAppend(path, &error));
    QVERIFY2(error.contains(u"another sweep is writing it"), qPrintable(error));
    QVERIFY2(error.contains(u"busy.jsonl"), qPrintable(error));

    first.reset(); // the sweep ends
    QVERIFY(!SweepFile::isInUse(path));
    auto second = SweepFile::openForAppend(path, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(SweepFile::isInUse(path));
    QVERIFY(!SweepFile::openForAppend(path, &error)); // and it holds the lock in turn
    QVERIFY(second->append(runAt(0, 1, 1, 2.0), d.config, &error));
    QCOMPARE(SweepFile::load(path).data->runs.size(), 1u);
}

// The marks of a run that lost workers: written only when set, read back,
// absent in older files, and checked like every other field.
void TestSweepFile::disturbedRunsRoundTrip()
{
    const QString path = dir_.filePath(QStringLiteral("disturbed.jsonl"));
    SweepData d = sampleData();
    d.machine.host = QStringLiteral("lab"); // one CSV row per line below
    SweepRun crashed = runAt(0, 1, 1, 13.8);
    crashed.crashes = 2;
    SweepRun stalled = runAt(0, 2, 1, 14.0);
    stalled.stalls = 1;
    d.runs = {runAt(0, 3, 1, 4.3), crashed, stalled};
    QString error;
    QVERIFY2(SweepFile::create(path, d, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(!lines[1].contains("crashes") && !lines[1].contains("stalls")); // an ordinary line, as before
    QVERIFY2(lines[2].contains("\"crashes\":2"), lines[2].constData());
    QVERIFY2(lines[3].contains("\"stalls\":1"), lines[3].constData());
    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QCOMPARE(load.data->runs.size(), 3u);
    QVERIFY(!load.data->runs[0].disturbed());
    QVERIFY(load.data->runs[1] == crashed);
    QVERIFY(load.data->runs[1].disturbed());
    QVERIFY(load.data->runs[2] == stalled);
    QVERIFY(load.data->runs[2].disturbed());

    // Bad values are skipped lines, like any bad field.
    QByteArray bad = lines[0] + '\n';
    bad +=
        R"({"series":"processes","workers":1,"repeat":2,"wall":1,"finished":"2026-09-21T14:15:01.002Z","crashes":-1})"
        "\n";
    bad +=
        R"({"series":"processes","workers":2,"repeat":2,"wall":1,"finished":"2026-09-21T14:15:01.002Z","stalls":"x"})"
        "\n";
    bad += R"({"series":"processes","workers":3,"repeat":2,"wall":1,"finished":"2026-09-21T14:15:01.002Z","stalls":0})"
           "\n";
    const SweepLoad parsed = SweepFile::parse(bad);
    QVERIFY(parsed.data);
    QCOMPARE(parsed.issues.size(), 2u);
    QVERIFY2(parsed.issues[0].message.contains(u"crashes"), qPrintable(parsed.issues[0].message));
    QVERIFY2(parsed.issues[1].message.contains(u"stalls"), qPrintable(parsed.issues[1].message));
    QCOMPARE(parsed.data->runs.size(), 1u);
    QVERIFY(!parsed.data->runs[0].disturbed());

    // Exports carry the marks; the tidy CSV's last two columns.
    const QList<QByteArray> rows = SweepExport::tidyCsv(d).split('\n');
    QVERIFY2(rows[1].endsWith(",0,0"), rows[1].constData());
    QVERIFY2(rows[2].endsWith(",2,0"), rows[2].constData());
    QVERIFY2(rows[3].endsWith(",0,1"), rows[3].constData());
    const QJsonArray runs =
        QJsonDocument::fromJson(SweepExport::json(d, sweepStatistics(d))).object().value(u"runs").toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs[0].toObject().value(u"disturbed").toBool(true), false);
    QCOMPARE(runs[1].toObject().value(u"disturbed").toBool(), true);
    QCOMPARE(runs[1].toObject().value(u"crashes").toInt(), 2);
    QCOMPARE(runs[2].toObject().value(u"stalls").toInt(), 1);
}

void TestSweepFile::exports()
{
    SweepData d = sampleData();
    d.machine.host = QStringLiteral("lab, \"pc\"");
    d.runs = {runAt(1, 2, 1, 0.5), runAt(0, 1, 1, 40.81), runAt(0, 1, 2, 40.0), runAt(1, 2, 2, 0.0041234)};
    const QByteArray csv = SweepExport::tidyCsv(d);
    const QList<QByteArray> rows = csv.split('\n');
    QCOMPARE(rows.size(), 6); // header, 4 runs, the empty rest after the last newline
    QCOMPARE(rows[0],
             QByteArray("series,model,gil,workers,repeat,wall_s,pace,numbers_hash,machine,cores,date,crashes,stalls"));
    const QByteArray hash = numbersHash(d.config.numbers).toLatin1();
    QCOMPARE(hash.size(), 16);
    QCOMPARE(rows[1],
             "threads:gil=off:switch=20,threads,off,2,1,0.500000,cpython," + hash
                 + ",\"lab, \"\"pc\"\"\",6,2026-09-21T14:15:01.002Z,0,0");
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
