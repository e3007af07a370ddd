// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Runs the real `concurrency-lab sweep` (path in CONLAB_APP) through QProcess:
// what it refuses, what it prints and writes, and how a killed or interrupted
// sweep carries on. Every child runs without a display (DISPLAY and
// QT_QPA_PLATFORM removed) and with HOME and XDG_DATA_HOME in a temporary
// folder, so the app's data folder is the test's.
#include "../common/proctools.h"
#include "clitesthelpers.h"

#include "core/sweep/sweepfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <map>
#include <memory>
#include <set>
#include <tuple>

namespace {

using namespace conlab;
using namespace conlab::testing;

const QString kCsvHeader = QStringLiteral(
    "series,model,gil,workers,repeat,wall_s,pace,numbers_hash,machine,cores,date,crashes,stalls");
// A prime of about 6 million trial divisions: near 0.2 s a run at the
// cpython pace, whatever the worker count (one number, one worker busy).
const QString kSlowNumbers = QStringLiteral("142702110479723");

void startSweep(QProcess &p, const QStringList &args, const QString &home)
{
    p.setProgram(appPath());
    p.setArguments(QStringList{QStringLiteral("sweep")} + args);
    p.setProcessEnvironment(headlessEnv(home));
    p.start();
}

CliRun runSweep(const QStringList &args, const QString &home, int timeoutMs = 120'000)
{
    QProcess p;
    startSweep(p, args, home);
    return waitForCli(p, timeoutMs);
}

// Every results file under `home`, wherever the app data folder is.
QStringList resultsFiles(const QString &home)
{
    QStringList out;
    QDirIterator it(home, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

// Complete lines after the header: the runs a results file holds on disk.
int runLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return std::max(0, int(f.readAll().count('\n')) - 1);
}

// "workers median" lines -> {workers: median}.
std::map<int, double> medians(const QStringList &lines)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+) (\d+\.\d+)$)"));
    std::map<int, double> out;
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = re.match(l);
        if (m.hasMatch())
            out[m.captured(1).toInt()] = m.captured(2).toDouble();
    }
    return out;
}

using Point = std::tuple<int, int, int>;
std::set<Point> pointsOf(const SweepData &d)
{
    std::set<Point> out;
    for (const SweepRun &r : d.runs)
        out.insert({r.series, r.workers, r.repeat});
    return out;
}

// A results file written by the engine itself, holding `runs` of a
// processes sweep over 2 and 3 at 2 counts x 2 runs.
QString writeResults(const QString &dir, const std::vector<SweepRun> &runs)
{
    SweepData data;
    data.config.maxWorkers = 2;
    data.config.runs = 2;
    data.config.numbers = {2, 3};
    data.machine = SweepMachine::current();
    data.runs = runs;
    const QString path = dir + u"/given.jsonl";
    QString error;
    const auto file = SweepFile::create(path, data, &error);
    return file ? path : QString();
}

std::vector<SweepRun> fourRuns()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return {{0, 1, 1, 1.0, t}, {0, 2, 1, 0.5, t}, {0, 2, 2, 1.5, t}, {0, 1, 2, 3.0, t}};
}

// Waits until the CLI's results file holds at least `k` runs; its path.
QString waitForRuns(QProcess &p, const QString &home, int k, int timeoutMs = 60'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && p.state() == QProcess::Running) {
        const QStringList files = resultsFiles(home);
        if (files.size() == 1 && runLines(files.first()) >= k)
            return files.first();
        QThread::msleep(10);
    }
    return {};
}

// The CLI's children right now, with their start times.
std::vector<Recorded> snapshotChildren(qint64 pid)
{
    std::vector<Recorded> out;
    for (const ChildProcess &c : childrenOf(int(pid))) {
        const QList<QByteArray> f = statFields(c.pid);
        if (f.size() > 19)
            out.push_back({c.pid, f[19]});
    }
    return out;
}

bool workersGone(const std::vector<Recorded> &workers)
{
    for (const Recorded &w : workers) {
        const QList<QByteArray> f = statFields(w.pid);
        if (f.size() > 19 && f[19] == w.startTime && f[0] != "Z" && f[0] != "X")
            return false;
    }
    return true;
}

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help();
    void badInput_data();
    void badInput();
    void resumeConflicts_data();
    void resumeConflicts();
    void tinySweep();
    void severalSeriesAndJson();
    void cpythonSeries();
    void resumeFinishedReexports();
    void resumeReportsSkippedLines();
    void resumeAfterKill();
    void outputFailsAtEnd();
    void interrupt_data();
    void interrupt();
    void sameSecondSweepsGetTheirOwnFiles();
    void resumeOfAFileInUseIsRefused();
    void killedWorkerMarksTheRun();
};

void TestCliSweep::initTestCase()
{
    QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
    QVERIFY2(QFileInfo(appPath()).isExecutable(), qPrintable(appPath()));
}

void TestCliSweep::help()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const CliRun r = runSweep({QStringLiteral("--help")}, home.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *option : {"--series", "--max", "--runs", "--pace", "--resume", "--out", "--png", "--svg", "--pdf",
                               "--json", "--size", "--scale", "--speedup", "--band", "--ideal", "--book"})
        QVERIFY2(out.contains(QString::fromLatin1(option)), option);
    QVERIFY(resultsFiles(home.path()).isEmpty());
}

void TestCliSweep::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("phrase");
    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    // Outputs named here must never be created; they live in a folder the
    // test removes afterwards.
    const QString tmp = QDir::tempPath() + u"/conlab-sweep-badinput";
    QTest::addRow("max 0") << QStringList{s("--max"), s("0")} << s("--max") << s("from 1 to 256");
    QTest::addRow("max 257") << QStringList{s("--max"), s("257")} << s("--max") << s("from 1 to 256");
    QTest::addRow("max abc") << QStringList{s("--max"), s("abc")} << s("--max") << s("'abc'");
    QTest::addRow("runs 0") << QStringList{s("--runs"), s("0")} << s("--runs") << s("from 1 to 1000");
    QTest::addRow("runs 1001") << QStringList{s("--runs"), s("1001")} << s("--runs") << s("from 1 to 1000");
    QTest::addRow("unknown series") << QStringList{s("--series"), s("fibers")} << s("--series") << s("'fibers'");
    QTest::addRow("sequential series") << QStringList{s("--series"), s("sequential")} << s("--series")
                                       << s("sequential");
    QTest::addRow("gil on processes") << QStringList{s("--series"), s("processes:gil=off")} << s("--series")
                                      << s("threads and pool only");
    // Named as written, with the range: never a clamped stand-in value.
    QTest::addRow("switch 1e308") << QStringList{s("--series"), s("threads:switch=1e308")} << s("'1e308'")
                                  << s("out of range: use 1 to 1000 ms");
    QTest::addRow("switch 0.5") << QStringList{s("--series"), s("threads:switch=0.5")} << s("'0.5'")
                                << s("out of range: use 1 to 1000 ms");
    QTest::addRow("cpython threads") << QStringList{s("--series"), s("threads:engine=cpython")} << s("--series")
                                     << s("processes only");
    QTest::addRow("python without cpython")
        << QStringList{s("--python"), s("/usr/bin/python3")} << s("--python") << s("engine=cpython");
    QTest::addRow("series twice") << QStringList{s("--series"), s("threads"), s("--series"), s("threads")}
                                  << s("--series") << s("twice");
    QTest::addRow("pace warp") << QStringList{s("--pace"), s("warp")} << s("--pace") << s("'warp'");
    QTest::addRow("bad number") << QStringList{s("--numbers"), s("2,3,x7")} << s("--numbers") << s("'x7'");
    QTest::addRow("png folder missing") << QStringList{s("--png"), s("/nonexistent/dir/fig.png")} << s("--png")
                                        << s("does not exist");
    QTest::addRow("svg folder missing") << QStringList{s("--svg"), s("/nonexistent/fig.svg")} << s("--svg")
                                        << s("does not exist");
    QTest::addRow("pdf folder missing") << QStringList{s("--pdf"), s("/nonexistent/fig.pdf")} << s("--pdf")
                                        << s("does not exist");
    QTest::addRow("csv folder missing") << QStringList{s("--out"), s("/nonexistent/r.csv")} << s("--out")
                                        << s("does not exist");
    QTest::addRow("csv is a folder") << QStringList{s("--out"), QDir::tempPath()} << s("--out") << s("folder");
    QTest::addRow("png under a file") << QStringList{s("--png"), appPath() + u"/fig.png"} << s("--png")
                                      << s("not a folder");
    QTest::addRow("same file twice") << QStringList{s("--png"), tmp + u"/x", s("--svg"), tmp + u"/x"} << s("--svg")
                                     << s("same file");
    QTest::addRow("chart option without chart") << QStringList{s("--speedup")} << s("--speedup") << s("--png");
    QTest::addRow("band wide") << QStringList{s("--png"), tmp + u"/f.png", s("--band"), s("wide")} << s("--band")
                               << s("'wide'");
    QTest::addRow("size tiny") << QStringList{s("--png"), tmp + u"/f.png", s("--size"), s("10x10")} << s("--size")
                               << s("'10x10'");
    QTest::addRow("size word") << QStringList{s("--png"), tmp + u"/f.png", s("--size"), s("big")} << s("--size")
                               << s("WIDTHxHEIGHT");
    QTest::addRow("scale 0") << QStringList{s("--png"), tmp + u"/f.png", s("--scale"), s("0")} << s("--scale")
                             << s("'0'");
    QTest::addRow("scale for svg") << QStringList{s("--svg"), tmp + u"/f.svg", s("--scale"), s("2")} << s("--scale")
                                   << s("--png only");
    QTest::addRow("resume missing") << QStringList{s("--resume"), s("/nonexistent/sweep.jsonl")} << s("--resume")
                                    << s("/nonexistent/sweep.jsonl");
    QTest::addRow("resume not a sweep") << QStringList{s("--resume"), appPath()} << s("--resume") << appPath();
    QTest::addRow("stray word") << QStringList{s("banana")} << s("'banana'") << s("--series");
    QTest::addRow("unknown option") << QStringList{s("--frobnicate")} << s("frobnicate") << s("Unknown option");
}

void TestCliSweep::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, phrase);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString tmp = QDir::tempPath() + u"/conlab-sweep-badinput";
    QVERIFY(QDir().mkpath(tmp));
    const auto cleanup = qScopeGuard([&tmp] { QDir(tmp).removeRecursively(); });

    const CliRun r = runSweep(args, home.path(), 30'000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"concurrency-lab sweep: error: "), qPrintable(err));
    QVERIFY2(err.contains(token), qPrintable(u"no '" + token + u"' in: " + err));
    QVERIFY2(err.contains(phrase), qPrintable(u"no '" + phrase + u"' in: " + err));
    QVERIFY2(err.contains(u"--help"), qPrintable(err));
    // Nothing ran: no results file, and no output file either.
    QVERIFY2(resultsFiles(home.path()).isEmpty(), qPrintable(resultsFiles(home.path()).join(u", ")));
    QCOMPARE(QDir(tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestCliSweep::resumeConflicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    QTest::addRow("max") << QStringList{s("--max"), s("3")} << s("--max 3");
    QTest::addRow("runs") << QStringList{s("--runs"), s("5")} << s("--runs 5");
    QTest::addRow("series") << QStringList{s("--series"), s("threads")} << s("--series");
    QTest::addRow("pace") << QStringList{s("--pace"), s("book")} << s("--pace");
    QTest::addRow("numbers") << QStringList{s("--numbers"), s("2,5")} << s("--numbers");
}

void TestCliSweep::resumeConflicts()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = writeResults(home.path(), {fourRuns().front()});
    QVERIFY(!path.isEmpty());
    const QByteArray before = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const CliRun r = runSweep(QStringList{QStringLiteral("--resume"), path} + args, home.path(), 30'000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"concurrency-lab sweep: error: "), qPrintable(err));
    QVERIFY2(err.contains(token) && err.contains(u"conflicts"), qPrintable(err));
    QVERIFY2(err.contains(path), qPrintable(err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // untouched
    QCOMPARE(resultsFiles(home.path()), QStringList{path});
}

void TestCliSweep::tinySweep()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString csv = home.filePath(QStringLiteral("r.csv"));
    const QString png = home.filePath(QStringLiteral("fig.png"));
    const QString svg = home.filePath(QStringLiteral("fig.svg"));
    const QString pdf = home.filePath(QStringLiteral("fig.pdf"));
    // No DISPLAY and no QT_QPA_PLATFORM (headlessEnv): the chart still renders.
    const CliRun r = runSweep({QStringLiteral("--numbers"), QStringLiteral("2,3,1000003"), QStringLiteral("--max"),
                               QStringLiteral("2"), QStringLiteral("--runs"), QStringLiteral("2"),
                               QStringLiteral("--out"), csv, QStringLiteral("--png"), png, QStringLiteral("--size"),
                               QStringLiteral("800x450"), QStringLiteral("--scale"), QStringLiteral("2"),
                               QStringLiteral("--svg"), svg, QStringLiteral("--pdf"), pdf},
                              home.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QStringList files = resultsFiles(home.path());
    QCOMPARE(files.size(), 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"results: " + files.first()), qPrintable(err));
    // One progress line per run through a pipe.
    QCOMPARE(err.count(QRegularExpression(QStringLiteral(R"(\[\d/4\] processes +workers \d +run \d/2 +\d+\.\d{3} s)"))),
             4);

    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 2);
    const std::map<int, double> printed = medians(lines);
    QCOMPARE(printed.size(), std::size_t(2));
    QVERIFY(printed.count(1) && printed.count(2));

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList rows = linesOf(csvFile.readAll());
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), kCsvHeader);
    std::map<int, std::vector<double>> walls;
    for (qsizetype k = 1; k < rows.size(); ++k) {
        const QStringList f = rows[k].split(u',');
        QCOMPARE(f.size(), 13);
        QCOMPARE(f[0], QStringLiteral("processes"));
        walls[f[3].toInt()].push_back(f[5].toDouble());
    }
    QCOMPARE(walls.size(), std::size_t(2));
    for (const auto &[workers, w] : walls) {
        QCOMPARE(w.size(), std::size_t(2));
        const double median = (w[0] + w[1]) / 2;
        QVERIFY2(std::abs(printed.at(workers) - median) <= 0.001 + 0.01 * median,
                 qPrintable(QStringLiteral("%1 workers: printed %2, CSV median %3")
                                .arg(workers)
                                .arg(printed.at(workers))
                                .arg(median)));
    }

    const QImage image(png);
    QVERIFY2(!image.isNull(), "the PNG does not load");
    QCOMPARE(image.size(), QSize(1600, 900));

    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QXmlStreamReader xml(svgBytes);
    bool sawSvg = false;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg")
            sawSvg = true;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QVERIFY(QSvgRenderer(svgBytes).isValid());

    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF"));

    const SweepLoad load = SweepFile::load(files.first());
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.issues.empty());
    QVERIFY(load.data->complete());
    QCOMPARE(pointsOf(*load.data).size(), std::size_t(4));
}

void TestCliSweep::severalSeriesAndJson()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList args = {QStringLiteral("--series"),  QStringLiteral("processes,threads:gil=off"),
                              QStringLiteral("--numbers"), QStringLiteral("2,3,1000003"),
                              QStringLiteral("--max"),     QStringLiteral("2"),
                              QStringLiteral("--runs"),    QStringLiteral("1")};
    const CliRun r = runSweep(args, home.path());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 6);
    QString why;
    QCOMPARE(lines[0], u"# " + SweepSeries::parse(QStringLiteral("processes"), &why)->spec());
    QCOMPARE(lines[3], u"# " + SweepSeries::parse(QStringLiteral("threads:gil=off"), &why)->spec());
    QCOMPARE(medians(lines.mid(1, 2)).size(), std::size_t(2));
    QCOMPARE(medians(lines.mid(4, 2)).size(), std::size_t(2));

    // The finished file again, as JSON.
    const QStringList files = resultsFiles(home.path());
    QCOMPARE(files.size(), 1);
    const CliRun j = runSweep({QStringLiteral("--resume"), files.first(), QStringLiteral("--json")}, home.path());
    QVERIFY(j.finished);
    QVERIFY2(j.exitCode == 0, j.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(j.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
}

// processes:engine=cpython beside the emulated series, in real python3:
// refused up front without an interpreter, medians for both, and a file
// cut after its first runs resumes.
void TestCliSweep::cpythonSeries()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString cpython = QStringLiteral("processes:engine=cpython");
    QStringList args = {QStringLiteral("--series"),  QStringLiteral("processes,") + cpython,
                        QStringLiteral("--numbers"), QStringLiteral("7,11,1000003"),
                        QStringLiteral("--max"),     QStringLiteral("2"),
                        QStringLiteral("--runs"),    QStringLiteral("1")};

    const QString missing = home.filePath(QStringLiteral("no-python3"));
    const CliRun refused = runSweep(args + QStringList{QStringLiteral("--python"), missing}, home.path());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(QString::fromUtf8(refused.err).contains(missing), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(resultsFiles(home.path()).isEmpty(), "a refused sweep made a results file");

    const CliRun r = runSweep(args, home.path());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("in CPython 3.")), r.err.constData());
    QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0], QStringLiteral("# processes"));
    QCOMPARE(lines[3], u"# " + cpython);
    QCOMPARE(medians(lines.mid(1, 2)).size(), std::size_t(2));
    QCOMPARE(medians(lines.mid(4, 2)).size(), std::size_t(2));

    // The header and the runs at 1 worker only: a sweep stopped halfway.
    const QStringList files = resultsFiles(home.path());
    QCOMPARE(files.size(), 1);
    QFile f(files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> fileLines = f.readAll().split('\n');
    f.close();
    QVERIFY2(fileLines[0].contains("\"cpython\":\"3."), fileLines[0].constData());
    QByteArray cut = fileLines[0] + '\n';
    for (const QByteArray &l : fileLines.mid(1))
        if (l.contains("\"workers\":1,"))
            cut += l + '\n';
    QCOMPARE(cut.count('\n'), 3);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(cut);
    f.close();

    const CliRun resumed = runSweep({QStringLiteral("--resume"), files.first()}, home.path());
    QVERIFY(resumed.finished);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(QString::fromUtf8(resumed.err).contains(QStringLiteral("2 runs to do")), resumed.err.constData());
    QCOMPARE(runLines(files.first()), 4);
    lines = linesOf(resumed.out);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[3], u"# " + cpython);
    QCOMPARE(medians(lines.mid(4, 2)).size(), std::size_t(2));
}

void TestCliSweep::resumeFinishedReexports()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = writeResults(home.path(), fourRuns());
    QVERIFY(!path.isEmpty());
    const QString csv = home.filePath(QStringLiteral("again.csv"));
    const CliRun r = runSweep({QStringLiteral("--resume"), path, QStringLiteral("--out"), csv}, home.path());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Medians of {1.0, 3.0} and {0.5, 1.5}: nothing ran again.
    const std::map<int, double> printed = medians(linesOf(r.out));
    QCOMPARE(printed, (std::map<int, double>{{1, 2.0}, {2, 1.0}}));
    QCOMPARE(runLines(path), 4);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(linesOf(f.readAll()).size(), 5);
}

void TestCliSweep::resumeReportsSkippedLines()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = writeResults(home.path(), fourRuns());
    QVERIFY(!path.isEmpty());
    // Line 3 (the second run) becomes garbage: that run is done again.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    QVERIFY(lines.size() >= 5);
    lines[2] = "{\"this is\": not json";
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();

    const CliRun r = runSweep({QStringLiteral("--resume"), path}, home.path());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path + u":3:"), qPrintable(err));
    QCOMPARE(medians(linesOf(r.out)).size(), std::size_t(2));
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data);
    QCOMPARE(pointsOf(*load.data).size(), std::size_t(4));
    QCOMPARE(load.data->runs.size(), std::size_t(4));
}

void TestCliSweep::resumeAfterKill()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList args = {QStringLiteral("--pace"),    QStringLiteral("cpython"),
                              QStringLiteral("--numbers"), kSlowNumbers,
                              QStringLiteral("--max"),     QStringLiteral("3"),
                              QStringLiteral("--runs"),    QStringLiteral("4")};
    QProcess p;
    const KillAtExit killChild(p);
    startSweep(p, args, home.path());
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const QString path = waitForRuns(p, home.path(), 2);
    QVERIFY2(!path.isEmpty(), p.readAllStandardError().constData());

    // Kill it mid-run, its workers up.
    QTRY_VERIFY_WITH_TIMEOUT(!childrenOf(int(pid)).isEmpty(), 10'000);
    const std::vector<Recorded> workers = snapshotChildren(pid);
    const int seen = runLines(path);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(!workers.empty());
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY2(seen >= 2 && seen < 12, qPrintable(QString::number(seen)));
    // The workers die with their parent (PR_SET_PDEATHSIG).
    QTRY_VERIFY_WITH_TIMEOUT(workersGone(workers), 5'000);

    SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    const std::size_t kept = load.data->runs.size();
    // At most the run in flight is lost; one more may have landed after the count.
    QVERIFY2(kept >= std::size_t(seen) && kept <= std::size_t(seen) + 1,
             qPrintable(QStringLiteral("%1 runs seen, %2 loaded").arg(seen).arg(kept)));
    QVERIFY(load.issues.size() <= 1);
    const std::vector<SweepRun> before = load.data->runs;

    // A new sweep mentions the unfinished one.
    const CliRun other = runSweep({QStringLiteral("--numbers"), QStringLiteral("2"), QStringLiteral("--max"),
                                   QStringLiteral("1"), QStringLiteral("--runs"), QStringLiteral("1")},
                                  home.path());
    QVERIFY(other.finished);
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY2(QString::fromUtf8(other.err).contains(u"an unfinished sweep is in " + path), other.err.constData());

    const CliRun r = runSweep({QStringLiteral("--resume"), path}, home.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(medians(linesOf(r.out)).size(), std::size_t(3));

    load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.issues.empty());
    QCOMPARE(load.data->runs.size(), std::size_t(12));
    const std::set<Point> points = pointsOf(*load.data);
    QCOMPARE(points.size(), std::size_t(12));
    for (int w = 1; w <= 3; ++w)
        for (int k = 1; k <= 4; ++k)
            QVERIFY(points.count({0, w, k}));
    // What was saved before the kill is still there, first.
    QVERIFY(std::equal(before.begin(), before.end(), load.data->runs.begin()));
}

void TestCliSweep::outputFailsAtEnd()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString outDir = home.filePath(QStringLiteral("slides"));
    QVERIFY(QDir().mkpath(outDir));
    const QString png = outDir + u"/fig.png";
    QProcess p;
    const KillAtExit killChild(p);
    startSweep(p,
               {QStringLiteral("--pace"), QStringLiteral("cpython"), QStringLiteral("--numbers"), kSlowNumbers,
                QStringLiteral("--max"), QStringLiteral("2"), QStringLiteral("--runs"), QStringLiteral("2"),
                QStringLiteral("--png"), png},
               home.path());
    QVERIFY(p.waitForStarted(10'000));
    const QString path = waitForRuns(p, home.path(), 1);
    QVERIFY2(!path.isEmpty(), p.readAllStandardError().constData());
    // The folder was there when the sweep started; it is gone at the end.
    QVERIFY(QDir(outDir).removeRecursively());
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(u"--png") && err.contains(png), qPrintable(err));
    QVERIFY2(err.contains(u"safe in " + path), qPrintable(err));
    QCOMPARE(medians(linesOf(p.readAllStandardOutput())).size(), std::size_t(2));
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data);
    QVERIFY(load.data->complete());
    QVERIFY(!QFileInfo::exists(png));
}

void TestCliSweep::interrupt_data()
{
    QTest::addColumn<int>("sig");
    QTest::addRow("SIGINT") << int(SIGINT);
    QTest::addRow("SIGTERM") << int(SIGTERM);
}

void TestCliSweep::interrupt()
{
    QFETCH(int, sig);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    const KillAtExit killChild(p);
    startSweep(p,
               {QStringLiteral("--pace"), QStringLiteral("cpython"), QStringLiteral("--numbers"), kSlowNumbers,
                QStringLiteral("--max"), QStringLiteral("3"), QStringLiteral("--runs"), QStringLiteral("4")},
               home.path());
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const QString path = waitForRuns(p, home.path(), 1);
    QVERIFY2(!path.isEmpty(), p.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(blocksTermSignals(pid), 10'000);
    // Signal while a run is in flight, its workers up.
    QTRY_VERIFY_WITH_TIMEOUT(!childrenOf(int(pid)).isEmpty(), 10'000);
    const std::vector<Recorded> workers = snapshotChildren(pid);
    interruptCli(p, pid, sig);
    if (QTest::currentTestFailed())
        return;
    verifyWorkersGone(workers);

    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"interrupted"), qPrintable(err));
    QVERIFY2(err.contains(u"--resume"), qPrintable(err));
    QVERIFY2(err.contains(path) || err.contains(u'\'' + path + u'\''), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const SweepLoad load = SweepFile::load(path);
    QVERIFY(load.data);
    QVERIFY(load.issues.empty());
    QVERIFY(!load.data->runs.empty());
    QVERIFY(!load.data->complete());
}

// The issue's case: sweeps started together share the data folder (names
// go down to the second); each must get its own file and keep every run.
void TestCliSweep::sameSecondSweepsGetTheirOwnFiles()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QStringList series = {QStringLiteral("processes"), QStringLiteral("threads:gil=on"),
                                QStringLiteral("pool:gil=on")};
    std::vector<std::unique_ptr<QProcess>> procs;
    std::vector<std::unique_ptr<KillAtExit>> guards;
    for (const QString &s : series) {
        procs.push_back(std::make_unique<QProcess>());
        guards.push_back(std::make_unique<KillAtExit>(*procs.back()));
        startSweep(*procs.back(),
                   {QStringLiteral("--series"), s, QStringLiteral("--max"), QStringLiteral("2"),
                    QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--numbers"), QStringLiteral("7")},
                   home.path());
    }
    for (auto &p : procs) {
        const CliRun r = waitForCli(*p, 120'000);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QStringList files = resultsFiles(home.path());
    QCOMPARE(files.size(), series.size());
    QStringList found;
    for (const QString &f : files) {
        const SweepLoad load = SweepFile::load(f);
        QVERIFY2(load.data, qPrintable(load.error));
        QVERIFY2(load.issues.empty(), qPrintable(f));
        QCOMPARE(load.data->runs.size(), std::size_t(4));
        QVERIFY(load.data->complete());
        found << load.data->config.series.front().spec();
    }
    found.sort();
    QStringList expected = series;
    expected.sort();
    QCOMPARE(found, expected);
}

// While a sweep writes a results file (here: the test process holds it, as
// a running sweep in the window or another CLI does), --resume of that file
// is refused before anything runs, instead of doing the missing runs twice.
void TestCliSweep::resumeOfAFileInUseIsRefused()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = writeResults(home.path(), {fourRuns()[0]});
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QString error;
    auto writer = SweepFile::openForAppend(path, &error);
    QVERIFY2(writer, qPrintable(error));

    const CliRun refused = runSweep({QStringLiteral("--resume"), path}, home.path());
    QVERIFY(refused.finished);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(QString::fromUtf8(refused.err).contains(u"another sweep is writing it"), refused.err.constData());
    QVERIFY2(refused.out.isEmpty(), refused.out.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // nothing appended, nothing cut
    f.close();
    // A new sweep does not offer a file in use for resuming either.
    const CliRun other = runSweep({QStringLiteral("--numbers"), QStringLiteral("2"), QStringLiteral("--max"),
                                   QStringLiteral("1"), QStringLiteral("--runs"), QStringLiteral("1")},
                                  home.path());
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QVERIFY2(!QString::fromUtf8(other.err).contains(u"an unfinished sweep"), other.err.constData());

    writer.reset(); // that sweep ends
    const CliRun resumed = runSweep({QStringLiteral("--resume"), path}, home.path());
    QVERIFY(resumed.finished);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(SweepFile::load(path).data->runs.size(), std::size_t(4));
}

// A worker killed mid-run: the run completes with a fresh worker but times
// the recovery. The CLI says so on that run's line, marks it in the file
// and leaves it out of the median.
void TestCliSweep::killedWorkerMarksTheRun()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess p;
    const KillAtExit killChild(p);
    startSweep(p,
               {QStringLiteral("--series"), QStringLiteral("processes"), QStringLiteral("--pace"),
                QStringLiteral("cpython"), QStringLiteral("--numbers"),
                kSlowNumbers + u',' + kSlowNumbers + u',' + kSlowNumbers, QStringLiteral("--max"), QStringLiteral("1"),
                QStringLiteral("--runs"), QStringLiteral("2")},
               home.path());
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    // The first worker (the first run's), 100 ms into its work.
    int worker = 0;
    QTRY_VERIFY_WITH_TIMEOUT((worker =
                                  [&] {
                                      for (const ChildProcess &c : childrenOf(int(pid)))
                                          if (c.state != 'Z')
                                              return c.pid;
                                      return 0;
                                  }())
                                 != 0,
                             30'000);
    QThread::msleep(100);
    QCOMPARE(::kill(worker, SIGKILL), 0);
    const CliRun r = waitForCli(p, 120'000);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QRegularExpression(QStringLiteral(R"(run 1/2 .*DISTURBED \(1 worker(\(s\))? crashed\))"))),
             qPrintable(err));
    QVERIFY2(err.contains(u"left out of the medians"), qPrintable(err));

    const QStringList files = resultsFiles(home.path());
    QCOMPARE(files.size(), 1);
    const SweepLoad load = SweepFile::load(files.first());
    QVERIFY2(load.data, qPrintable(load.error));
    QCOMPARE(load.data->runs.size(), std::size_t(2));
    QCOMPARE(load.data->runs[0].crashes, 1);
    QVERIFY(!load.data->runs[1].disturbed());
    // The median is the clean run's alone.
    const std::map<int, double> m = medians(linesOf(r.out));
    QCOMPARE(m.size(), std::size_t(1));
    QVERIFY2(std::abs(m.at(1) - load.data->runs[1].wall) < 0.001,
             qPrintable(QStringLiteral("%1 vs %2").arg(m.at(1)).arg(load.data->runs[1].wall)));
}

QTEST_MAIN(TestCliSweep)

#include "tst_cli_sweep.moc"
