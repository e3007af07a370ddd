// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Runs the real `concurrency-lab primes` (path in CONLAB_APP) through QProcess
// and checks what a user sees: stdout, stderr and the exit code.
#include "../common/proctools.h"
#include "../common/raceseeds.h"
#include "clitesthelpers.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <set>
#include <vector>

namespace {

// The book's sample, in its order, and its primes: copied from
// EXPERIMENTS.md rather than taken from core/, so the test checks the app
// against the book and not against itself.
const QList<quint64> kSample = {
    2ull,
    142702110479723ull,
    299593572317531ull,
    3333333333333301ull,
    3333333333333333ull,
    3333335652092209ull,
    4444444444444423ull,
    4444444444444444ull,
    4444444488888889ull,
    5555553133149889ull,
    5555555555555503ull,
    5555555555555555ull,
    6666666666666666ull,
    6666666666666719ull,
    6666667141414921ull,
    7777777536340681ull,
    7777777777777753ull,
    7777777777777777ull,
    9999999999999917ull,
    9999999999999999ull,
};
const std::set<quint64> kSamplePrimes = {
    2ull,
    142702110479723ull,
    299593572317531ull,
    3333333333333301ull,
    4444444444444423ull,
    5555555555555503ull,
    6666666666666719ull,
    7777777777777753ull,
    9999999999999917ull,
};

// f'{n:16}  {label} {elapsed:9.6f}s': "%9.6f" leaves 2 columns before the
// point, so 0 s prints as " 0.000000".
const QRegularExpression kResultLine(QStringLiteral(R"(^([ 0-9]{16})  ([P ]) ([ 0-9]\d\.\d{6})s$)"));

using namespace conlab::testing;

// The first n numbers from 10^6: small jobs, whose results come in a burst.
std::vector<std::uint64_t> smallRun(std::size_t n)
{
    std::vector<std::uint64_t> v(n);
    for (std::size_t k = 0; k < n; ++k)
        v[k] = 1'000'000 + k;
    return v;
}

CliRun runPrimes(const QStringList &args, int timeoutMs = 60'000, const QString &stdoutFile = {})
{
    return runCli(QStringLiteral("primes"), args, timeoutMs, stdoutFile);
}

QString headerFor(const QString &model, int count, int workers)
{
    if (model == u"sequential")
        return QStringLiteral("Checking %1 numbers sequentially:").arg(count);
    if (model == u"processes")
        return QStringLiteral("Checking %1 numbers with %2 processes:").arg(count).arg(workers);
    if (model == u"threads")
        return QStringLiteral("Checking %1 numbers with %2 threads:").arg(count).arg(workers);
    return QStringLiteral("Checking %1 numbers with a pool of %2 threads:").arg(count).arg(workers);
}

struct ResultLine
{
    quint64 n = 0;
    bool prime = false;
    double elapsed = 0;
};

// Parses one result line; false if it does not match the book's format.
bool parseResult(const QString &line, ResultLine &out)
{
    const QRegularExpressionMatch m = kResultLine.match(line);
    if (!m.hasMatch())
        return false;
    bool ok = false;
    out.n = m.captured(1).trimmed().toULongLong(&ok);
    if (!ok)
        return false;
    out.prime = m.captured(2) == u"P";
    out.elapsed = m.captured(3).trimmed().toDouble(&ok);
    return ok;
}

QList<quint64> sorted(QList<quint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns;
}

} // namespace

class TestCliPrimes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNamesTheCommand_data();
    void helpNamesTheCommand();
    void goldenFormat_data();
    void goldenFormat();
    void json_data();
    void json();
    void largestNumberStaysExact_data();
    void largestNumberStaysExact();
    void numbersFile_data();
    void numbersFile();
    void numbersFileRefused_data();
    void numbersFileRefused();
    void defaultWorkersIsCpuCount_data();
    void defaultWorkersIsCpuCount();
    void racyLosesResults();
    void racyHangsWithItsOwnExitCode();
    void racyLostInJson();
    void badInput_data();
    void badInput();
    void millionNumbers();
    void interrupt_data();
    void interrupt();
};

void TestCliPrimes::initTestCase()
{
    QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
    QVERIFY2(QFileInfo(appPath()).isExecutable(), qPrintable(appPath()));
}

void TestCliPrimes::goldenFormat_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("header");
    QTest::addRow("sequential") << QStringLiteral("sequential") << QStringLiteral("Checking 20 numbers sequentially:");
    QTest::addRow("threads") << QStringLiteral("threads") << QStringLiteral("Checking 20 numbers with 2 threads:");
    QTest::addRow("processes") << QStringLiteral("processes")
                               << QStringLiteral("Checking 20 numbers with 2 processes:");
    QTest::addRow("pool") << QStringLiteral("pool") << QStringLiteral("Checking 20 numbers with a pool of 2 threads:");
}

void TestCliPrimes::goldenFormat()
{
    QFETCH(QString, model);
    QFETCH(QString, header);
    const CliRun r = runPrimes({QStringLiteral("--model"), model, QStringLiteral("--workers"), QStringLiteral("2")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(r.out.endsWith('\n'));

    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines.first(), header);

    QList<quint64> seen;
    double sum = 0, longest = 0;
    for (qsizetype k = 1; k <= 20; ++k) {
        ResultLine res;
        QVERIFY2(parseResult(lines[k], res), qPrintable(u"line " + QString::number(k + 1) + u": '" + lines[k] + u'\''));
        QCOMPARE(res.prime, kSamplePrimes.count(res.n) == 1);
        QVERIFY(res.elapsed >= 0);
        sum += res.elapsed;
        longest = std::max(longest, res.elapsed);
        seen << res.n;
    }
    if (model == u"sequential")
        QCOMPARE(seen, kSample); // the input order
    else
        QCOMPARE(sorted(seen), sorted(kSample));

    const QString footer = lines.last();
    const QRegularExpression footerRe(model == u"sequential" ? QStringLiteral(R"(^Total time: (\d+\.\d\d)s$)")
                                                             : QStringLiteral(R"(^20 checks in (\d+\.\d\d)s$)"));
    const QRegularExpressionMatch m = footerRe.match(footer);
    QVERIFY2(m.hasMatch(), qPrintable(footer));
    const double wall = m.captured(1).toDouble();
    // The wall clock holds every check (sequential) or at least the longest;
    // 0.006 covers the footer's rounding to 2 decimals.
    const double floor = model == u"sequential" ? sum : longest;
    QVERIFY2(wall + 0.006 >= floor, qPrintable(QStringLiteral("wall %1 s < %2 s").arg(wall).arg(floor)));
}

void TestCliPrimes::json_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("workers");
    QTest::addRow("sequential") << QStringLiteral("sequential") << 1;
    QTest::addRow("threads") << QStringLiteral("threads") << 2;
    QTest::addRow("processes") << QStringLiteral("processes") << 2;
    QTest::addRow("pool") << QStringLiteral("pool") << 2;
}

void TestCliPrimes::json()
{
    QFETCH(QString, model);
    QFETCH(int, workers);
    const CliRun r = runPrimes(
        {QStringLiteral("--model"), model, QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"schema").toString(), QStringLiteral("concurrency-lab.primes/1"));
    QCOMPARE(root.value(u"engine").toString(), QStringLiteral("emulated"));
    QCOMPARE(root.value(u"model").toString(), model);
    QCOMPARE(root.value(u"workers").toInt(), workers);
    QCOMPARE(root.value(u"pace").toString(), QStringLiteral("native"));
    QCOMPARE(root.value(u"racy").toBool(true), false);

    const QJsonArray results = root.value(u"results").toArray();
    QCOMPARE(results.size(), 20);
    const QStringList keys = {QStringLiteral("elapsed"), QStringLiteral("end"),   QStringLiteral("n"),
                              QStringLiteral("n_text"),  QStringLiteral("prime"), QStringLiteral("start"),
                              QStringLiteral("worker")};
    QList<quint64> seen;
    double lastEnd = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QStringList got = o.keys();
        got.sort();
        QCOMPARE(got, keys);
        QVERIFY(o.value(u"n").isDouble()); // JSON numbers, not strings
        const quint64 n = static_cast<quint64>(o.value(u"n").toInteger(-1));
        // The exact copy for readers that round numbers above 2^53.
        QCOMPARE(o.value(u"n_text").toString().toULongLong(), n);
        seen << n;
        QCOMPARE(o.value(u"prime").toBool(), kSamplePrimes.count(n) == 1);
        const int worker = o.value(u"worker").toInt(-1);
        if (model == u"sequential")
            QCOMPARE(worker, 0);
        else
            QVERIFY2(worker >= 1 && worker <= 2, qPrintable(QString::number(worker)));
        const double elapsed = o.value(u"elapsed").toDouble(-1);
        const double start = o.value(u"start").toDouble(-1);
        const double end = o.value(u"end").toDouble(-1);
        QVERIFY(elapsed >= 0);
        QVERIFY(start >= 0);
        QVERIFY(end >= start);
        QVERIFY2(std::abs((end - start) - elapsed) < 1e-5,
                 qPrintable(QStringLiteral("%1: end - start = %2, elapsed %3").arg(n).arg(end - start).arg(elapsed)));
        lastEnd = std::max(lastEnd, end);
    }
    if (model == u"sequential")
        QCOMPARE(seen, kSample);
    else
        QCOMPARE(sorted(seen), sorted(kSample));

    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"numbers").toInt(), 20);
    QCOMPARE(summary.value(u"checked").toInt(), 20);
    QCOMPARE(summary.value(u"cancelled").toBool(true), false);
    QVERIFY(summary.value(u"error").isNull());
    QCOMPARE(summary.value(u"lost").toArray().size(), 0);
    QCOMPARE(summary.value(u"unchecked").toArray().size(), 0);
    QCOMPARE(summary.value(u"lost_text").toArray().size(), 0);
    QCOMPARE(summary.value(u"unchecked_text").toArray().size(), 0);
    QVERIFY(summary.value(u"wall").toDouble() + 1e-6 >= lastEnd);
}

void TestCliPrimes::largestNumberStaysExact_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("sequential") << QStringLiteral("sequential");
    QTest::addRow("processes") << QStringLiteral("processes");
}

void TestCliPrimes::largestNumberStaysExact()
{
    QFETCH(QString, model);
    // 2^64 - 1 = 3 * 5 * 17 * 257 * 641 * 65537 * 6700417; a double would
    // print it as 18446744073709551616 or 1.8446744073709552e+19.
    const CliRun r = runPrimes({QStringLiteral("--model"), model, QStringLiteral("--workers"), QStringLiteral("2"),
                                QStringLiteral("--json"), QStringLiteral("--numbers"),
                                QStringLiteral("18446744073709551615,2")});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("{\"n\":18446744073709551615,\"n_text\":\"18446744073709551615\",\"prime\":false,"),
             r.out.constData());
    QVERIFY2(r.out.contains("{\"n\":2,\"n_text\":\"2\",\"prime\":true,"), r.out.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(u"summary").toObject().value(u"checked").toInt(), 2);
}

void TestCliPrimes::numbersFile_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("sequential") << QStringLiteral("sequential");
    QTest::addRow("processes") << QStringLiteral("processes");
}

void TestCliPrimes::numbersFile()
{
    QFETCH(QString, model);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("2\n142_702_110_479_723\r\n\n  3_333_333_333_333_333 , 5\t1_000_003\n4_444_444_444_444_444\n");
    file.close();

    const CliRun r = runPrimes({QStringLiteral("--model"), model, QStringLiteral("--workers"), QStringLiteral("2"),
                                QStringLiteral("--numbers-file"), path});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.first(), headerFor(model, 6, 2));
    const QList<quint64> expected = {2, 142702110479723ull, 3333333333333333ull, 5, 1000003, 4444444444444444ull};
    const std::set<quint64> primes = {2, 142702110479723ull, 5, 1000003};
    QList<quint64> seen;
    for (qsizetype k = 1; k <= 6; ++k) {
        ResultLine res;
        QVERIFY2(parseResult(lines[k], res), qPrintable(lines[k]));
        QCOMPARE(res.prime, primes.count(res.n) == 1);
        seen << res.n;
    }
    if (model == u"sequential")
        QCOMPARE(seen, expected);
    else
        QCOMPARE(sorted(seen), sorted(expected));
}

void TestCliPrimes::numbersFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("phrases");
    QTest::addRow("empty file") << QByteArray() << QStringList{QStringLiteral("holds no numbers")};
    QTest::addRow("only separators") << QByteArray(" ,\n\n") << QStringList{QStringLiteral("holds no numbers")};
    QTest::addRow("bad token on line 3") << QByteArray("2\n3\n12a4\n")
                                         << QStringList{QStringLiteral("'12a4'"), QStringLiteral("number 3"),
                                                        QStringLiteral("line 3, column 1")};
    QTest::addRow("overflow on line 2") << QByteArray("2, 3\n5, 99_999_999_999_999_999_999\n")
                                        << QStringList{QStringLiteral("'99_999_999_999_999_999_999'"),
                                                       QStringLiteral("number 4"), QStringLiteral("line 2, column 4"),
                                                       QStringLiteral("too large")};
}

void TestCliPrimes::numbersFileRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, phrases);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const CliRun r = runPrimes({QStringLiteral("--numbers-file"), path});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(u"--numbers-file"), qPrintable(err));
    for (const QString &phrase : phrases)
        QVERIFY2(err.contains(phrase), qPrintable(u"no '" + phrase + u"' in: " + err));
    if (phrases.first() == u"holds no numbers")
        QVERIFY2(err.contains(path), qPrintable(err));
}

void TestCliPrimes::defaultWorkersIsCpuCount_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("processes") << QStringLiteral("processes");
    QTest::addRow("threads") << QStringLiteral("threads");
    QTest::addRow("pool") << QStringLiteral("pool");
}

void TestCliPrimes::defaultWorkersIsCpuCount()
{
    QFETCH(QString, model);
    const int cpus = QThread::idealThreadCount();
    QVERIFY(cpus >= 1);
    const CliRun r = runPrimes({QStringLiteral("--model"), model});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 22);
    QCOMPARE(lines.first(), headerFor(model, 20, cpus));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^20 checks in \d+\.\d\ds$)")).match(lines.last()).hasMatch(),
             qPrintable(lines.last()));
}

void TestCliPrimes::racyLosesResults()
{
    // 20 small numbers: their results come in a burst, and with a seed that
    // loses, the queue is empty while some are still on the way.
    QList<quint64> given;
    QStringList list;
    for (quint64 n = 1'000'000; n < 1'000'020; ++n) {
        given << n;
        list << QString::number(n);
    }
    const std::uint64_t seed = raceSeedFor(conlab::RaceOutcome::Lost, smallRun(20), 2);
    QVERIFY(seed != 0);
    const CliRun r = runPrimes({QStringLiteral("--model"), QStringLiteral("processes"), QStringLiteral("--workers"),
                                QStringLiteral("2"), QStringLiteral("--racy"), QStringLiteral("--race-seed"),
                                QString::number(seed), QStringLiteral("--numbers"), list.join(u',')});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QStringList lines = linesOf(r.out);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.first(), QStringLiteral("Checking 20 numbers with 2 processes:"));
    QList<quint64> printed;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        ResultLine res;
        if (!parseResult(lines[k], res))
            break;
        QCOMPARE(res.prime, res.n == 1'000'003);
        printed << res.n;
    }
    QVERIFY2(printed.size() < 20, qPrintable(QString::fromUtf8(r.out)));
    // The footer of py36/procs.py, after the printed results.
    const qsizetype after = printed.size() + 1;
    QVERIFY2(after >= lines.size() - 1, qPrintable(QString::fromUtf8(r.out)));
    QCOMPARE(after, lines.size() - 1);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^Total time: \d+\.\d\ds$)")).match(lines.last()).hasMatch(),
             qPrintable(lines.last()));
    QVERIFY2(r.err.contains("race: lost"), r.err.constData());

    // "lost 2 results still in flight when the report loop stopped: a, b"
    const QString err = QString::fromUtf8(r.err);
    const QRegularExpression lostRe(QStringLiteral(R"(lost (\d+) results [^:]*: ([0-9, ]+)$)"),
                                    QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = lostRe.match(err);
    QVERIFY2(m.hasMatch(), qPrintable(err));
    QList<quint64> lost;
    const QStringList parts = m.captured(2).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        lost << p.trimmed().toULongLong(&ok);
        QVERIFY2(ok, qPrintable(p));
    }
    QCOMPARE(m.captured(1).toInt(), lost.size());
    QVERIFY(!lost.isEmpty());
    QCOMPARE(sorted(printed + lost), sorted(given));
}

// The book's 20 with a seed that hangs: every result is printed while a pill
// is still queued. The run shows the hang, ends it, and exits with 3.
void TestCliPrimes::racyHangsWithItsOwnExitCode()
{
    const std::uint64_t seed = raceSeedFor(conlab::RaceOutcome::Hung, {kSample.begin(), kSample.end()}, 2);
    QVERIFY(seed != 0);
    const CliRun r = runPrimes({QStringLiteral("--model"), QStringLiteral("processes"), QStringLiteral("--workers"),
                                QStringLiteral("2"), QStringLiteral("--racy"), QStringLiteral("--race-seed"),
                                QString::number(seed), QStringLiteral("--json")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 3, r.err.constData());
    QVERIFY2(r.err.contains("race: hung"), r.err.constData());
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject summary = doc.object().value(u"summary").toObject();
    const QJsonObject race = summary.value(u"race").toObject();
    QCOMPARE(race.value(u"outcome").toString(), QStringLiteral("hung"));
    QCOMPARE(race.value(u"seed").toInteger(), qint64(seed));
    QCOMPARE(race.value(u"printed").toInt(), 20);
    QVERIFY(race.value(u"pills_left").toInt() >= 1);
    QVERIFY(race.value(u"why").toString().contains(u"pill"));
    // Every result was printed: none lost, none unchecked.
    QCOMPARE(doc.object().value(u"results").toArray().size(), 20);
    QVERIFY(summary.value(u"lost").toArray().isEmpty());
}

// --json carries a lost outcome with its numbers.
void TestCliPrimes::racyLostInJson()
{
    const std::uint64_t seed = raceSeedFor(conlab::RaceOutcome::Lost, smallRun(400), 2);
    QVERIFY(seed != 0);
    const CliRun r = runPrimes({QStringLiteral("--model"), QStringLiteral("processes"), QStringLiteral("--workers"),
                                QStringLiteral("2"), QStringLiteral("--racy"), QStringLiteral("--race-seed"),
                                QString::number(seed), QStringLiteral("--sample"), QStringLiteral("small"),
                                QStringLiteral("--json")});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject race = root.value(u"summary").toObject().value(u"race").toObject();
    QCOMPARE(race.value(u"outcome").toString(), QStringLiteral("lost"));
    const qsizetype lost = race.value(u"lost").toArray().size();
    QVERIFY(lost > 0);
    QCOMPARE(root.value(u"results").toArray().size() + lost, 400);
    QCOMPARE(root.value(u"summary").toObject().value(u"lost").toArray().size(), lost);
}

void TestCliPrimes::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("phrase");
    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    QTest::addRow("empty numbers") << QStringList{s("--numbers"), QString()} << s("--numbers") << s("no numbers given");
    QTest::addRow("only commas") << QStringList{s("--numbers"), s(",,")} << s("--numbers") << s("no numbers given");
    QTest::addRow("sign") << QStringList{s("--numbers=-5")} << s("'-5'") << s("signs are not allowed");
    QTest::addRow("plus sign") << QStringList{s("--numbers"), s("+7")} << s("'+7'") << s("signs are not allowed");
    QTest::addRow("letters") << QStringList{s("--numbers"), s("12a4")} << s("'12a4'") << s("only the digits 0-9");
    QTest::addRow("third number") << QStringList{s("--numbers"), s("2,3,x7")} << s("'x7'") << s("number 3");
    QTest::addRow("decimal point") << QStringList{s("--numbers"), s("2.5")} << s("'2.5'")
                                   << s("not a whole decimal number");
    QTest::addRow("stray underscore") << QStringList{s("--numbers"), s("1__000")} << s("'1__000'")
                                      << s("between two digits");
    QTest::addRow("overflow") << QStringList{s("--numbers"), s("18446744073709551616")} << s("'18446744073709551616'")
                              << s("too large");
    QTest::addRow("workers 0") << QStringList{s("--workers"), s("0")} << s("'0'") << s("from 1 to 256");
    QTest::addRow("workers 257") << QStringList{s("--workers"), s("257")} << s("'257'") << s("from 1 to 256");
    QTest::addRow("workers abc") << QStringList{s("--workers"), s("abc")} << s("'abc'") << s("from 1 to 256");
    QTest::addRow("model fibers") << QStringList{s("--model"), s("fibers")} << s("'fibers'")
                                  << s("sequential, threads, processes, pool");
    QTest::addRow("pace warp") << QStringList{s("--pace"), s("warp")} << s("'warp'") << s("native, cpython, book");
    QTest::addRow("pace 0") << QStringList{s("--pace"), s("0")} << s("'0'") << s("from 1 to 1000");
    QTest::addRow("missing file") << QStringList{s("--numbers-file"), s("/nonexistent/file")} << s("/nonexistent/file")
                                  << s("cannot read");
    QTest::addRow("numbers and file") << QStringList{s("--numbers"), s("2"), s("--numbers-file"), s("x")}
                                      << s("--numbers-file") << s("cannot be used together");
    QTest::addRow("unknown option") << QStringList{s("--frobnicate")} << s("frobnicate") << s("Unknown option");
    QTest::addRow("stray word") << QStringList{s("banana")} << s("'banana'") << s("numbers go after --numbers");
    QTest::addRow("stray number") << QStringList{s("--model"), s("threads"), s("17")} << s("'17'")
                                  << s("numbers go after --numbers");
    QTest::addRow("racy with threads") << QStringList{s("--racy"), s("--model"), s("threads")} << s("--racy")
                                       << s("--model processes only");
    QTest::addRow("racy sequential") << QStringList{s("--racy")} << s("--racy") << s("--model processes only");
}

void TestCliPrimes::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, phrase);
    const CliRun r = runPrimes(args, 30'000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing ran
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"concurrency-lab primes: error: "), qPrintable(err));
    QVERIFY2(err.contains(token), qPrintable(u"no '" + token + u"' in: " + err));
    QVERIFY2(err.contains(phrase), qPrintable(u"no '" + phrase + u"' in: " + err));
    QVERIFY2(err.contains(u"--help"), qPrintable(err));
}

// Every subcommand's help starts with the line a user would type, not the
// path the program was started by.
void TestCliPrimes::helpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"primes", "spinner", "sweep"})
        QTest::addRow("%s", c) << QString::fromLatin1(c);
}

void TestCliPrimes::helpNamesTheCommand()
{
    QFETCH(QString, command);
    const CliRun r = runCli(command, {QStringLiteral("--help")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QString first = QString::fromUtf8(r.out).section(u'\n', 0, 0);
    QCOMPARE(first, QStringLiteral("Usage: concurrency-lab %1 [options]").arg(command));
}

void TestCliPrimes::millionNumbers()
{
    constexpr int kCount = 1'000'000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(QStringLiteral("million.txt"));
    const QString output = dir.filePath(QStringLiteral("million.json"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text;
        text.reserve(7'000'000);
        for (int k = 0; k < kCount; ++k) {
            text += QByteArray::number(k);
            text += '\n';
        }
        QCOMPARE(file.write(text), text.size());
    }

    const CliRun r = runPrimes({QStringLiteral("--model"), QStringLiteral("processes"), QStringLiteral("--workers"),
                                QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("--numbers-file"), input},
                               120'000, output);
    QVERIFY2(r.finished, "a million numbers took more than 120 s");
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    qInfo("a million numbers through 2 processes: %.1f s", double(r.ms) / 1000);

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    const QJsonObject summary = root.value(u"summary").toObject();
    QCOMPARE(summary.value(u"numbers").toInteger(), kCount);
    QCOMPARE(summary.value(u"checked").toInteger(), kCount);
    QVERIFY(summary.value(u"error").isNull());

    const QJsonArray results = root.value(u"results").toArray();
    QCOMPARE(results.size(), kCount);
    // Each number exactly once, and pi(10^6) = 78498 of them prime.
    std::vector<signed char> answer(kCount, -1);
    int primes = 0;
    std::set<int> workers;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const qint64 n = o.value(u"n").toInteger(-1);
        QVERIFY2(n >= 0 && n < kCount, qPrintable(QString::number(n)));
        QVERIFY2(answer[size_t(n)] == -1, qPrintable(QStringLiteral("%1 reported twice").arg(n)));
        const bool prime = o.value(u"prime").toBool();
        answer[size_t(n)] = prime ? 1 : 0;
        primes += prime;
        workers.insert(o.value(u"worker").toInt());
    }
    QCOMPARE(primes, 78498);
    QCOMPARE(workers, (std::set<int>{1, 2}));
    const std::vector<std::pair<int, bool>> known = {{0, false},     {1, false},     {2, true},       {3, true},
                                                     {4, false},     {9, false},     {561, false},    {7919, true},
                                                     {104729, true}, {999983, true}, {999999, false}, {998001, false}};
    for (const auto &[n, prime] : known)
        QVERIFY2(answer[size_t(n)] == (prime ? 1 : 0), qPrintable(QString::number(n)));
}

void TestCliPrimes::interrupt_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("sig");
    QTest::addRow("processes SIGINT") << QStringLiteral("processes") << int(SIGINT);
    QTest::addRow("processes SIGTERM") << QStringLiteral("processes") << int(SIGTERM);
    QTest::addRow("sequential SIGINT") << QStringLiteral("sequential") << int(SIGINT);
    QTest::addRow("threads SIGINT") << QStringLiteral("threads") << int(SIGINT);
    QTest::addRow("pool SIGTERM") << QStringLiteral("pool") << int(SIGTERM);
}

void TestCliPrimes::interrupt()
{
    QFETCH(QString, model);
    QFETCH(int, sig);
    // At the book's pace the sample takes about 40 s: the signal lands mid-run.
    QProcess p;
    p.setProgram(appPath());
    p.setArguments(longPrimesArgs(model));
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const KillAtExit killChild(p);

    // The header is printed once the signal handling is in place.
    const QString header = headerFor(model, 20, 2);
    QByteArray out;
    QDeadlineTimer deadline(15'000);
    while (!out.contains('\n') && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith(QByteArray(header.toUtf8() + '\n')), out.constData());
    // /proc tells when the CLI handles the signals itself.
    QTRY_VERIFY_WITH_TIMEOUT(blocksTermSignals(pid), 10'000);

    std::vector<Recorded> workers;
    if (model == u"processes")
        recordWorkers(pid, 2, workers);
    if (QTest::currentTestFailed())
        return;
    interruptCli(p, pid, sig);
    if (QTest::currentTestFailed())
        return;

    out += p.readAllStandardOutput();
    const QStringList lines = linesOf(out);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first(), header);
    qsizetype results = 0;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        ResultLine res;
        QVERIFY2(parseResult(lines[k], res), qPrintable(lines[k])); // no footer after a cancel
        QCOMPARE(res.prime, kSamplePrimes.count(res.n) == 1);
        ++results;
    }
    QVERIFY(results < 20);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("cancelled; %1 of 20 numbers checked").arg(results)), qPrintable(err));

    verifyWorkersGone(workers);
}

QTEST_GUILESS_MAIN(TestCliPrimes)
#include "tst_cli_primes.moc"
