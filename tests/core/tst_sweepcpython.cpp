// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The sweep's CPython series (processes:engine=cpython): its spec, its place
// in the results file, and real sweeps that run procs.py in real python3
// beside the emulation. No mocks: a missing python3 fails here, as on CI.
#include "core/cpython/pythonlocator.h"
#include "core/sweep/sweepexport.h"
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweeppython.h"
#include "core/sweep/sweeprunner.h"
#include "core/sweep/sweepstats.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {

const SweepSeries kEmulated{};
const SweepSeries kCPython{PrimesModel::Processes, {}, SweepSeries::Engine::CPython};

// Small numbers: the two counts of both series take about a second.
SweepData smallSweep()
{
    SweepData d;
    d.config.series = {kEmulated, kCPython};
    d.config.maxWorkers = 2;
    d.config.runs = 1;
    d.config.numbers = {7, 11, 1'000'003};
    d.machine = SweepMachine::current();
    return d;
}

} // namespace

class TestSweepCPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void specsParse_data();
    void specsParse();
    void badSpecsAreRefused_data();
    void badSpecsAreRefused();
    void labelNamesTheVersion();
    void tooManyNumbersForProcsPy();
    void fileKeepsTheVersion();
    void sweepRunsBothSeries();
    void resumeRunsWhatIsLeft();
    void missingInterpreterIsRefusedBeforeAnyRun();
    void otherMinorVersionIsRefused();

private:
    QTemporaryDir dir_;
};

void TestSweepCPython::initTestCase()
{
    QVERIFY(dir_.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONLAB_WORKER"), "run through ctest, which sets CONLAB_WORKER");
    const PythonInterpreter py = PythonLocator::find();
    QVERIFY2(py.ok(), qPrintable(u"python3 is needed (scripts/install-deps.sh installs it): " + py.error));
}

void TestSweepCPython::specsParse_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("cpython");
    QTest::addRow("cpython") << QStringLiteral("processes:engine=cpython") << QStringLiteral("processes:engine=cpython")
                             << true;
    QTest::addRow("any case, spaces") << QStringLiteral(" Processes:ENGINE=CPython ")
                                      << QStringLiteral("processes:engine=cpython") << true;
    QTest::addRow("emulated is the default")
        << QStringLiteral("processes:engine=emulated") << QStringLiteral("processes") << false;
    QTest::addRow("threads emulated") << QStringLiteral("threads:engine=emulated:gil=off")
                                      << QStringLiteral("threads:gil=off") << false;
    QTest::addRow("plain processes") << QStringLiteral("processes") << QStringLiteral("processes") << false;
}

void TestSweepCPython::specsParse()
{
    QFETCH(QString, written);
    QFETCH(QString, canonical);
    QFETCH(bool, cpython);
    QString why;
    const auto s = SweepSeries::parse(written, &why);
    QVERIFY2(s, qPrintable(why));
    QCOMPARE(s->spec(), canonical);
    QCOMPARE(s->isCPython(), cpython);
    // The canonical spec reads back as the same series.
    const auto again = SweepSeries::parse(s->spec(), &why);
    QVERIFY2(again, qPrintable(why));
    QVERIFY(*again == *s);
    QCOMPARE(s->isCPython(), *s == kCPython);
}

void TestSweepCPython::badSpecsAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::addRow("threads") << QStringLiteral("threads:engine=cpython") << QStringLiteral("processes only");
    QTest::addRow("pool") << QStringLiteral("pool:gil=off:engine=cpython") << QStringLiteral("processes only");
    QTest::addRow("executor") << QStringLiteral("coroutines-executor:engine=cpython")
                              << QStringLiteral("processes only");
    QTest::addRow("unknown engine") << QStringLiteral("processes:engine=pypy")
                                    << QStringLiteral("engine=emulated or engine=cpython");
    QTest::addRow("no value") << QStringLiteral("processes:engine") << QStringLiteral("engine=emulated or");
    QTest::addRow("twice") << QStringLiteral("processes:engine=cpython:engine=cpython") << QStringLiteral("once");
    QTest::addRow("gil on processes") << QStringLiteral("processes:engine=cpython:gil=off")
                                      << QStringLiteral("threads and pool only");
}

void TestSweepCPython::badSpecsAreRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QString why;
    QVERIFY(!SweepSeries::parse(spec, &why));
    QVERIFY2(why.contains(message), qPrintable(why));
    // The message quotes what was written and lists what is accepted.
    QVERIFY2(why.contains(spec.trimmed()), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("processes:engine=cpython")), qPrintable(why));
}

void TestSweepCPython::labelNamesTheVersion()
{
    QCOMPARE(kCPython.label(QStringLiteral("3.11.2")), QStringLiteral("procs.py in CPython 3.11"));
    QCOMPARE(kCPython.label(), QStringLiteral("procs.py in CPython"));
    QCOMPARE(kEmulated.label(QStringLiteral("3.11.2")), QStringLiteral("processes"));
}

void TestSweepCPython::tooManyNumbersForProcsPy()
{
    SweepConfig c = smallSweep().config;
    c.numbers.assign(SweepConfig::kMaxCPythonNumbers, 7);
    QCOMPARE(c.validate(), QString());
    c.numbers.push_back(7);
    QVERIFY2(c.validate().contains(QStringLiteral("procs.py")), qPrintable(c.validate()));
    c.series = {kEmulated};
    QCOMPARE(c.validate(), QString());
}

void TestSweepCPython::fileKeepsTheVersion()
{
    SweepData d = smallSweep();
    d.machine.cpython = QStringLiteral("3.11.2");
    d.runs = {{1, 1, 1, 0.25, QDateTime::currentDateTimeUtc()}};
    const QString path = dir_.filePath(QStringLiteral("version.jsonl"));
    QString error;
    QVERIFY2(SweepFile::create(path, d, &error), qPrintable(error));
    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.issues.empty());
    QVERIFY(load.data->config.series == d.config.series);
    QCOMPARE(load.data->machine.cpython, QStringLiteral("3.11.2"));
    QCOMPARE(load.data->runs.size(), std::size_t(1));
    QCOMPARE(load.data->runs[0].series, 1);
    const QJsonObject json = QJsonDocument::fromJson(SweepExport::json(*load.data, {})).object();
    QCOMPARE(json[u"machine"][u"cpython"].toString(), QStringLiteral("3.11.2"));
    QCOMPARE(json[u"config"][u"series"][1][u"engine"].toString(), QStringLiteral("cpython"));

    // Without a CPython series the header has no such key, as before.
    SweepData plain = smallSweep();
    plain.config.series = {kEmulated};
    const QString plainPath = dir_.filePath(QStringLiteral("plain.jsonl"));
    QVERIFY2(SweepFile::create(plainPath, plain, &error), qPrintable(error));
    QFile f(plainPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("cpython"));
}

void TestSweepCPython::sweepRunsBothSeries()
{
    SweepData d = smallSweep();
    QCOMPARE(SweepPython::prepare(d), QString());
    const PythonInterpreter py = PythonLocator::find();
    QCOMPARE(d.machine.cpython, QStringLiteral("%1.%2.%3").arg(py.major).arg(py.minor).arg(py.micro));
    const QString path = dir_.filePath(QStringLiteral("both.jsonl"));
    QString error;
    auto file = SweepFile::create(path, d, &error);
    QVERIFY2(file, qPrintable(error));
    SweepRunner runner(d, std::move(file));
    std::vector<SweepRun> seen;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &r, const SweepProgress &) { seen.push_back(r); });
    QVERIFY2(outcome.complete, qPrintable(outcome.error));
    QCOMPARE(seen.size(), std::size_t(4));
    // The series take turns at each count, never at once.
    QCOMPARE(seen[0].series, 0);
    QCOMPARE(seen[1].series, 1);
    QCOMPARE(seen[0].workers, seen[1].workers);

    const SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QCOMPARE(load.data->runs.size(), std::size_t(4));
    const std::vector<SeriesStats> stats = sweepStatistics(*load.data);
    QCOMPARE(stats.size(), std::size_t(2));
    for (const SeriesStats &s : stats) {
        QCOMPARE(s.counts.size(), std::size_t(2));
        for (const CountStats &c : s.counts)
            QVERIFY2(c.median > 0, qPrintable(QString::number(s.series)));
    }
}

void TestSweepCPython::resumeRunsWhatIsLeft()
{
    // A file with the first run of each series only, as a stopped sweep leaves it.
    SweepData d = smallSweep();
    QCOMPARE(SweepPython::prepare(d), QString());
    d.runs = {{0, 1, 1, 0.01, QDateTime::currentDateTimeUtc()}, {1, 1, 1, 0.09, QDateTime::currentDateTimeUtc()}};
    const QString path = dir_.filePath(QStringLiteral("resume.jsonl"));
    QString error;
    QVERIFY2(SweepFile::create(path, d, &error), qPrintable(error));

    SweepLoad load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    SweepData resumed = *load.data;
    QCOMPARE(SweepPython::prepare(resumed), QString());
    auto file = SweepFile::openForAppend(path, &error);
    QVERIFY2(file, qPrintable(error));
    SweepRunner runner(resumed, std::move(file));
    std::vector<SweepRun> seen;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &r, const SweepProgress &) { seen.push_back(r); });
    QVERIFY2(outcome.complete, qPrintable(outcome.error));
    QCOMPARE(seen.size(), std::size_t(2));
    for (const SweepRun &r : seen)
        QCOMPARE(r.workers, 2);
    load = SweepFile::load(path);
    QVERIFY2(load.data, qPrintable(load.error));
    QVERIFY(load.data->complete());
    QCOMPARE(load.data->machine.cpython, d.machine.cpython);
}

void TestSweepCPython::missingInterpreterIsRefusedBeforeAnyRun()
{
    SweepData d = smallSweep();
    d.config.cpython.interpreter = dir_.filePath(QStringLiteral("no-such-python3"));
    const QString why = SweepPython::prepare(d);
    QVERIFY2(why.contains(d.config.cpython.interpreter), qPrintable(why));
    QVERIFY(d.machine.cpython.isEmpty());

    // The runner checks too, before its first run (the emulated one here).
    const QString path = dir_.filePath(QStringLiteral("missing.jsonl"));
    QString error;
    auto file = SweepFile::create(path, d, &error);
    QVERIFY2(file, qPrintable(error));
    SweepRunner runner(d, std::move(file));
    int runs = 0;
    const SweepOutcome outcome = runner.exec([&](const SweepRun &, const SweepProgress &) { ++runs; });
    QVERIFY(!outcome.complete);
    QVERIFY2(outcome.error.contains(d.config.cpython.interpreter), qPrintable(outcome.error));
    QCOMPARE(runs, 0);

    // Without a CPython series nothing is asked.
    d.config.series = {kEmulated};
    QCOMPARE(SweepPython::prepare(d), QString());
}

void TestSweepCPython::otherMinorVersionIsRefused()
{
    SweepData d = smallSweep();
    d.machine.cpython = QStringLiteral("2.7.18");
    const QString why = SweepPython::prepare(d);
    QVERIFY2(why.contains(QStringLiteral("2.7.18")), qPrintable(why));
    QCOMPARE(d.machine.cpython, QStringLiteral("2.7.18"));
}

QTEST_GUILESS_MAIN(TestSweepCPython)
#include "tst_sweepcpython.moc"
