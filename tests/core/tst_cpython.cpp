// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The listings run in real CPython (python3 on PATH; scripts/install-deps.sh
// installs it) and print the book's lines, and core/cpython reads them back
// into the engine's own results and frames: numbers and verdicts, not times.
#include "core/cpython/bookline.h"
#include "core/cpython/childprocess.h"
#include "core/cpython/cpythonprimesrun.h"
#include "core/cpython/cpythonspinnerrun.h"
#include "core/cpython/listingrunner.h"
#include "core/cpython/listingstage.h"
#include "core/cpython/pythonlocator.h"
#include "core/cpython/spinnerstream.h"
#include "core/process/workerlocator.h"
#include "core/spinner/coroutinelisting.h"
#include "core/spinner/spinnerverdict.h"
#include "kernel/monotonic.h"
#include "kernel/trialdivision.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace conlab;

Q_DECLARE_METATYPE(conlab::PrimesModel)
Q_DECLARE_METATYPE(conlab::SpinnerModel)
Q_DECLARE_METATYPE(conlab::SlowKind)
Q_DECLARE_METATYPE(conlab::ChildExit::End)

namespace {

// Processes of group `pgid` still alive (zombies waiting for a reaper do not count).
int liveInGroup(qint64 pgid)
{
    int live = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != "Z")
            ++live;
    }
    return live;
}

const std::vector<std::uint64_t> kSmall{7, 1'000'003, 12, 2, 7};

} // namespace

class TestCPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bookLines_data();
    void bookLines();
    void spinnerStreamStampsFramesAsTheyArrive();
    void stagedFilesAreTheTextThePaneShows();
    void primesListingsRun_data();
    void primesListingsRun();
    void spinnerListingsRun_data();
    void spinnerListingsRun();
    void switchIntervalAndWorkersAreInPlainSight();
    void configsTheListingsCannotRunAreRefused();
    void withoutPython3TheErrorSaysHowToGetIt();
    void gilOffNeedsAFreeThreadedInterpreter();
    void graceLimitEndsARunAsDidNotFinish();
    void cancelKillsTheWholeGroup();
    void aFailingListingReportsItsStderr();
    void theGuardEndsAsItsProgramEnded_data();
    void theGuardEndsAsItsProgramEnded();
    void theGuardReportsAProgramThatCannotStart();
    void theGuardStartsNothingOnceItsAppIsGone();
    void stderrWrittenBeforeALineIsReadBeforeIt();
};

void TestCPython::initTestCase()
{
    const PythonInterpreter py = PythonLocator::find();
    QVERIFY2(py.ok(),
             qPrintable(py.error
                        + QStringLiteral(" -- these tests run the listings in real CPython; "
                                         "scripts/install-deps.sh installs python3")));
    qInfo("%s", qPrintable(py.describe()));
}

void TestCPython::bookLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("n");
    QTest::addColumn<bool>("prime");
    QTest::addColumn<double>("seconds");
    using K = BookLine::Kind;
    QTest::addRow("prime") << QStringLiteral("               2  P  0.000001s") << int(K::Result) << u"2"_qs << true
                           << 1e-6;
    QTest::addRow("composite") << QStringLiteral("3333335652092209     0.875029s") << int(K::Result)
                               << u"3333335652092209"_qs << false << 0.875029;
    QTest::addRow("slow") << QStringLiteral("9999999999999917  P 12.345678s") << int(K::Result)
                          << u"9999999999999917"_qs << true << 12.345678;
    QTest::addRow("huge") << QStringLiteral("18446744073709551557  P  1.000000s") << int(K::Result)
                          << u"18446744073709551557"_qs << true << 1.0;
    QTest::addRow("sequential footer") << QStringLiteral("Total time: 13.60s") << int(K::Footer) << QString() << false
                                       << 13.6;
    QTest::addRow("pool footer") << QStringLiteral("20 checks in 8.18s") << int(K::Footer) << QString() << false
                                 << 8.18;
    QTest::addRow("header") << QStringLiteral("Checking 20 numbers with 2 processes:") << int(K::Header) << QString()
                            << false << 0.0;
    QTest::addRow("other") << QStringLiteral("2 P 0.1s") << int(K::Other) << QString() << false << 0.0;
}

void TestCPython::bookLines()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, n);
    QFETCH(bool, prime);
    QFETCH(double, seconds);
    const BookLine b = BookLine::parse(line);
    QCOMPARE(int(b.kind), kind);
    if (b.kind == BookLine::Kind::Result) {
        QCOMPARE(QString::number(b.n), n);
        QCOMPARE(b.prime, prime);
    }
    QCOMPARE(b.seconds, seconds);
}

void TestCPython::spinnerStreamStampsFramesAsTheyArrive()
{
    QList<QPair<char, qint64>> frames;
    QString repr;
    int cleared = 0, answer = 0;
    SpinnerStream::Sink sink;
    sink.onObject = [&](const QString &r, std::int64_t) { repr = r; };
    sink.onFrame = [&](char g, std::int64_t t) { frames.append({g, t}); };
    sink.onCleared = [&](std::int64_t) { ++cleared; };
    sink.onAnswer = [&](int a, std::int64_t) { answer = a; };
    SpinnerStream s(QStringLiteral("thinking!"), sink);
    // A frame split over two reads counts when its last byte arrives; one
    // whole in a read counts at once, not at the next \r.
    s.feed("spinner object: <Thread(Thread-1 (spin), initial)>\n\r\\ thin", 10);
    s.feed("king!", 20);
    s.feed("\r| thinking!", 30);
    s.feed("\r           \rAnswer: 42\n", 40);
    s.finish(50);
    QCOMPARE(repr, QStringLiteral("<Thread(Thread-1 (spin), initial)>"));
    QCOMPARE(frames, (QList<QPair<char, qint64>>{{'\\', 20}, {'|', 30}}));
    QCOMPARE(cleared, 1);
    QCOMPARE(answer, 42);
}

void TestCPython::stagedFilesAreTheTextThePaneShows()
{
    const ListingStage stage;
    QVERIFY2(stage.ok(), qPrintable(stage.error()));
    const QStringList files = QDir(QStringLiteral(":/listings")).entryList({QStringLiteral("*.py")});
    QVERIFY(files.size() >= 17);
    for (const QString &file : files) {
        QFile staged(stage.path(file));
        QVERIFY2(staged.open(QIODevice::ReadOnly), qPrintable(file));
        const QString text = QString::fromUtf8(staged.readAll());
        QCOMPARE(text, ListingStage::source(file));
        QVERIFY2(!text.contains(QStringLiteral("{{")), qPrintable(file));
    }
    // Every listing a model runs is staged, under the name the pane uses.
    for (const PrimesModelTraits &t : PrimesModels::all())
        QVERIFY(files.contains(ListingCommand::primesFile(t.model, false)));
}

void TestCPython::primesListingsRun_data()
{
    QTest::addColumn<PrimesModel>("model");
    for (const PrimesModelTraits &t : PrimesModels::all())
        QTest::addRow("%s", qPrintable(QString::fromUtf16(t.name))) << t.model;
}

void TestCPython::primesListingsRun()
{
    QFETCH(PrimesModel, model);
    PrimesConfig cfg;
    cfg.model = model;
    cfg.workers = 2;
    cfg.numbers = kSmall;
    CPythonPrimesRun run(cfg);
    QStringList lines;
    run.setLineObserver([&](const QString &line) { lines << line; });
    std::vector<PrimeResult> results;
    const RunSummary summary = run.exec([&](const PrimeResult &r) { results.push_back(r); });
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(run.outcome().end, ListingOutcome::End::Finished);

    // The book's lines and nothing else: header, one line per number, footer.
    QCOMPARE(lines.size(), qsizetype(kSmall.size() + 2));
    QCOMPARE(BookLine::parse(lines.first()).kind, BookLine::Kind::Header);
    QCOMPARE(BookLine::parse(lines.last()).kind, BookLine::Kind::Footer);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Checking 5 numbers ")), qPrintable(lines.first()));
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        QVERIFY2(BookLine::parse(lines[i]).kind == BookLine::Kind::Result, qPrintable(lines[i]));

    // Read back as the engine's results: every number once, right answers,
    // and the timeline's worker and times from the listing's stderr.
    QCOMPARE(summary.checked, qsizetype(kSmall.size()));
    std::vector<std::uint64_t> seen;
    const bool oneLane = PrimesModels::runsOnOneThread(model);
    for (const PrimeResult &r : results) {
        seen.push_back(r.n);
        QCOMPARE(r.prime, isPrime(r.n));
        QVERIFY(r.startNs >= 0 && r.startNs <= r.endNs);
        // Timed from the listing's own clock, as its footer is (printed to
        // 0.01 s), not from the interpreter's start.
        QVERIFY2(r.endNs <= static_cast<std::int64_t>((summary.wall + 0.01) * 1e9),
                 qPrintable(QStringLiteral("%1 ends at %2 s, the footer says %3 s")
                                .arg(r.n)
                                .arg(static_cast<double>(r.endNs) / 1e9)
                                .arg(summary.wall)));
        if (oneLane)
            QCOMPARE(r.worker, 0);
        else
            QVERIFY2(r.worker >= 1 && r.worker <= 2, qPrintable(QString::number(r.worker)));
    }
    std::vector<std::uint64_t> expected = kSmall;
    std::sort(seen.begin(), seen.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(seen, expected);
    QCOMPARE(summary.model, PrimesModels::name(model));
    QCOMPARE(summary.workers, PrimesModels::workers(model, 2));
    QVERIFY(summary.lost.empty() && summary.unchecked.empty());
    QVERIFY(!summary.gil); // CPython does not tell its GIL holds
}

void TestCPython::spinnerListingsRun_data()
{
    QTest::addColumn<SpinnerModel>("model");
    QTest::addColumn<SlowKind>("slow");
    QTest::addColumn<bool>("frames");
    QTest::addColumn<QString>("repr");
    const QString thread = QStringLiteral("<Thread(Thread-1 (spin), initial)>");
    const QString process = QStringLiteral("<Process name='Process-1' parent=");
    const QString task = QStringLiteral("<Task pending name='Task-2' coro=<spin() running at ");
    QTest::addRow("S1 thread sleep") << SpinnerModel::Thread << SlowKind::Sleep << true << thread;
    QTest::addRow("S2 process sleep") << SpinnerModel::Process << SlowKind::Sleep << true << process;
    QTest::addRow("S3 coroutine sleep") << SpinnerModel::Coroutine << SlowKind::Sleep << true << task;
    QTest::addRow("S4 coroutine blocking sleep") << SpinnerModel::Coroutine << SlowKind::BlockingSleep << false << task;
    QTest::addRow("S5 process prime") << SpinnerModel::Process << SlowKind::Prime << true << process;
    QTest::addRow("S6 thread prime") << SpinnerModel::Thread << SlowKind::Prime << true << thread;
    QTest::addRow("S7 coroutine prime") << SpinnerModel::Coroutine << SlowKind::Prime << false << task;
    QTest::addRow("S8 coroutine nap") << SpinnerModel::Coroutine << SlowKind::Nap << true << task;
    QTest::addRow("executor") << SpinnerModel::Coroutine << SlowKind::Executor << true << task;
}

void TestCPython::spinnerListingsRun()
{
    QFETCH(SpinnerModel, model);
    QFETCH(SlowKind, slow);
    QFETCH(bool, frames);
    QFETCH(QString, repr);
    SpinnerConfig cfg;
    cfg.model = model;
    cfg.slow = slow;
    CPythonSpinnerRun run(cfg);
    int observed = 0, cleared = 0;
    SpinnerObserver observer;
    observer.onFrame = [&](const SpinnerFrame &) { ++observed; };
    observer.onCleared = [&] { ++cleared; };
    const SpinnerReport report = run.exec(observer);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.outcome().file, spinnerListingFile(model, slow));
    QCOMPARE(report.answer, 42);
    QVERIFY2(report.spinnerRepr.startsWith(repr), qPrintable(report.spinnerRepr));
    // CPython's own repr names the file and line the engine's table says.
    if (model == SpinnerModel::Coroutine)
        QVERIFY2(report.spinnerRepr.endsWith(u'/' + coroutineSpinPlace(slow).location() + QStringLiteral(">>")),
                 qPrintable(report.spinnerRepr));
    QCOMPARE(observed, int(report.frames.size()));
    if (frames) {
        QVERIFY2(!report.frames.empty(), qPrintable(run.outcome().stderrTail));
        QCOMPARE(cleared, 1); // the spinner wiped its line when it stopped
        // The glyphs in the book's order, each frame after the one before.
        for (std::size_t i = 0; i < report.frames.size(); ++i) {
            QCOMPARE(report.frames[i].glyph, "\\|/-"[i % 4]);
            if (i > 0)
                QVERIFY(report.frames[i].tNs >= report.frames[i - 1].tNs);
        }
    } else {
        // S4 and S7: the spinner never appears in CPython either.
        QCOMPARE(report.frames.size(), std::size_t(0));
        QCOMPARE(cleared, 0);
        QCOMPARE(SpinnerVerdict::classify(report), std::optional(SpinnerOutcome::NeverAppears));
    }
}

void TestCPython::switchIntervalAndWorkersAreInPlainSight()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Threads;
    cfg.workers = 3;
    cfg.numbers = {7, 11};
    cfg.gil.switchInterval = std::chrono::milliseconds(20);
    const ListingCommand c = ListingCommand::forPrimes(cfg);
    QCOMPARE(c.file, QStringLiteral("primes_threads.py"));
    QCOMPARE(c.arguments, (QStringList{u"3"_qs, u"7"_qs, u"11"_qs}));
    QVERIFY(c.environment.contains(QStringLiteral("SWITCH_INTERVAL=0.02")));
    // The listing reads both where the room can see it.
    const QString source = ListingStage::source(c.file);
    QVERIFY(source.contains(QStringLiteral("os.environ.get('SWITCH_INTERVAL')")));
    QVERIFY(source.contains(QStringLiteral("sys.setswitchinterval(")));
    QVERIFY(source.contains(QStringLiteral("numbers_from(args[1:])")));
    // What a page shows a lecturer who wants to type it: the app's own
    // switch (CONLAB_TIMELINE) left out.
    ListingOutcome shown;
    shown.interpreter.program = QStringLiteral("python3");
    shown.file = c.file;
    shown.arguments = c.arguments;
    shown.environment = c.environment;
    QCOMPARE(shown.commandLine(), QStringLiteral("SWITCH_INTERVAL=0.02 python3 -u primes_threads.py 3 7 11"));
    SpinnerConfig s6;
    s6.slow = SlowKind::Prime;
    s6.gil.switchInterval = std::chrono::milliseconds(1);
    const ListingCommand spin = ListingCommand::forSpinner(s6);
    QVERIFY(spin.environment.contains(QStringLiteral("SWITCH_INTERVAL=0.001")));
    QVERIFY(ListingStage::source(spin.file).contains(QStringLiteral("sys.setswitchinterval(")));
}

void TestCPython::configsTheListingsCannotRunAreRefused()
{
    SpinnerConfig twoSeconds;
    twoSeconds.seconds = 2.0;
    CPythonSpinnerRun run(twoSeconds);
    const SpinnerReport report = run.exec();
    QCOMPARE(run.outcome().end, ListingOutcome::End::NotStarted);
    QVERIFY2(report.error.contains(QStringLiteral("3 s")), qPrintable(report.error));

    SpinnerConfig otherNumber;
    otherNumber.slow = SlowKind::Prime;
    otherNumber.number = 1'000'003;
    QVERIFY(!ListingCommand::forSpinner(otherNumber).error.isEmpty());

    CPythonOptions missing;
    missing.interpreter = QStringLiteral("/nonexistent/python3");
    PrimesConfig cfg;
    cfg.numbers = {7};
    CPythonPrimesRun primes(cfg, missing);
    const RunSummary summary = primes.exec({});
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(QStringLiteral("/nonexistent/python3")), qPrintable(summary.error));
    QCOMPARE(primes.outcome().end, ListingOutcome::End::NotStarted);
    QCOMPARE(summary.unchecked, std::vector<std::uint64_t>{7});
}

void TestCPython::withoutPython3TheErrorSaysHowToGetIt()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", QFile::encodeName(empty.path()));
    const PythonInterpreter py = PythonLocator::find();
    qputenv("PATH", path);
    QVERIFY(!py.ok());
    QVERIFY2(py.error.contains(QStringLiteral("sudo apt install python3")), qPrintable(py.error));
}

void TestCPython::gilOffNeedsAFreeThreadedInterpreter()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Threads;
    cfg.workers = 2;
    cfg.numbers = {7, 11};
    cfg.gil.enabled = false;
    const ListingCommand c = ListingCommand::forPrimes(cfg);
    QVERIFY(c.needsFreeThreaded);
    QVERIFY(c.environment.contains(QStringLiteral("PYTHON_GIL=0")));
    CPythonPrimesRun run(cfg);
    const RunSummary summary = run.exec({});
    if (PythonLocator::findFreeThreaded().ok()) {
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(run.outcome().interpreter.freeThreaded);
    } else {
        QVERIFY2(summary.error.contains(QStringLiteral("free-threaded")), qPrintable(summary.error));
    }
}

void TestCPython::graceLimitEndsARunAsDidNotFinish()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    cfg.numbers = {9'999'999'999'999'917, 9'999'999'999'999'917};
    CPythonOptions options;
    options.graceMs = 300;
    CPythonPrimesRun run(cfg, options);
    const RunSummary summary = run.exec({});
    QCOMPARE(run.outcome().end, ListingOutcome::End::DidNotFinish);
    QVERIFY(!summary.cancelled);
    QVERIFY2(summary.error.contains(QStringLiteral("did not finish")), qPrintable(summary.error));
    QCOMPARE(summary.unchecked.size(), std::size_t(2));
    QTRY_COMPARE_WITH_TIMEOUT(liveInGroup(run.outcome().pid), 0, 10'000);
}

void TestCPython::cancelKillsTheWholeGroup()
{
    PrimesConfig cfg;
    cfg.model = PrimesModel::Processes;
    cfg.workers = 2;
    cfg.numbers = {7, 9'999'999'999'999'917, 9'999'999'999'999'917};
    CPythonPrimesRun run(cfg);
    // Cancel once the workers are checking: 7 is quick, and the two
    // numbers after it take over a second each.
    run.setLineObserver([&](const QString &line) {
        if (BookLine::parse(line).kind == BookLine::Kind::Result)
            run.cancel();
    });
    const RunSummary summary = run.exec({});
    QVERIFY(summary.cancelled);
    QCOMPARE(run.outcome().end, ListingOutcome::End::Cancelled);
    QCOMPARE(summary.checked, qsizetype(1));
    QCOMPARE(summary.unchecked.size(), std::size_t(2));
    QTRY_COMPARE_WITH_TIMEOUT(liveInGroup(run.outcome().pid), 0, 10'000);
}

void TestCPython::aFailingListingReportsItsStderr()
{
    // PYTHONSAFEPATH keeps the script's folder off sys.path: the import of
    // primes_common fails, with a traceback and exit status 1.
    ListingCommand c;
    c.file = QStringLiteral("primes_sequential.py");
    c.arguments = {QStringLiteral("7")};
    c.environment = {QStringLiteral("PYTHONSAFEPATH=1")};
    ListingRunner runner(c, {}, 60'000);
    QByteArray out;
    const ListingOutcome o = runner.run([&](const QByteArray &b, std::int64_t) { out += b; });
    QCOMPARE(o.end, ListingOutcome::End::Failed);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.error.contains(QStringLiteral("ModuleNotFoundError")), qPrintable(o.error));
    QVERIFY2(o.error.contains(QStringLiteral("primes_sequential.py failed")), qPrintable(o.error));
    QVERIFY(out.isEmpty());
}

void TestCPython::theGuardEndsAsItsProgramEnded_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<ChildExit::End>("end");
    QTest::addColumn<int>("code");
    QTest::addRow("exit 0") << QStringLiteral("exit 0") << ChildExit::End::Exited << 0;
    QTest::addRow("exit 3") << QStringLiteral("exit 3") << ChildExit::End::Exited << 3;
    QTest::addRow("SIGTERM") << QStringLiteral("kill -TERM $$") << ChildExit::End::Signalled << int(SIGTERM);
    QTest::addRow("SIGKILL") << QStringLiteral("kill -KILL $$") << ChildExit::End::Signalled << int(SIGKILL);
    QTest::addRow("SIGUSR1") << QStringLiteral("kill -USR1 $$") << ChildExit::End::Signalled << int(SIGUSR1);
}

// Through the guard (what a listing runs under) a program reads as it does
// without one: its output, its exit code or the signal that ended it, and
// its own pid as the group's id.
void TestCPython::theGuardEndsAsItsProgramEnded()
{
    QFETCH(QString, script);
    QFETCH(ChildExit::End, end);
    QFETCH(int, code);
    const QString guard = WorkerLocator::workerPath(); // what ListingRunner uses
    QVERIFY2(QFileInfo(guard).isExecutable(), qPrintable(guard));
    for (const QString &via : {QString(), guard}) {
        ChildProcess child(
            {QStringLiteral("/bin/sh"),
             // its pid and its process group, then its end
             {QStringLiteral("-c"), QStringLiteral("echo $$ $(cut -d' ' -f5 /proc/$$/stat); echo err >&2; ") + script},
             {},
             {},
             via});
        QByteArray out, err;
        const std::atomic<bool> never{false};
        const ChildExit exit = child.run([&](const QByteArray &b, std::int64_t) { out += b; },
                                         [&](const QByteArray &b, std::int64_t) { err += b; },
                                         monotonicNs() + 60'000'000'000, never);
        const QString label = via.isEmpty() ? QStringLiteral("direct") : QStringLiteral("guarded");
        QVERIFY2(exit.end == end, qPrintable(label + u": end " + QString::number(int(exit.end)) + u' ' + exit.error));
        QVERIFY2(exit.code == code, qPrintable(label + u": code " + QString::number(exit.code)));
        const QByteArray pid = QByteArray::number(child.pid());
        QCOMPARE(out, pid + ' ' + pid + '\n');
        QCOMPARE(err, QByteArray("err\n"));
    }
}

void TestCPython::theGuardReportsAProgramThatCannotStart()
{
    const QString guard = WorkerLocator::workerPath(); // what ListingRunner uses
    QVERIFY2(QFileInfo(guard).isExecutable(), qPrintable(guard));
    QTemporaryDir dir;
    ChildProcess child({dir.filePath(QStringLiteral("no-such-python")), {}, {}, {}, guard});
    const std::atomic<bool> never{false};
    const ChildExit exit = child.run({}, {}, monotonicNs() + 60'000'000'000, never);
    QCOMPARE(exit.end, ChildExit::End::FailedToStart);
    QCOMPARE(exit.error, QString::fromLocal8Bit(std::strerror(ENOENT)));
    // And a guard that is missing names itself.
    ChildProcess noGuard({QStringLiteral("/bin/true"), {}, {}, {}, dir.filePath(QStringLiteral("no-such-worker"))});
    const ChildExit missing = noGuard.run({}, {}, monotonicNs() + 60'000'000'000, never);
    QCOMPARE(missing.end, ChildExit::End::FailedToStart);
    QVERIFY2(missing.error.contains(u"no-such-worker"), qPrintable(missing.error));
}

// The app may die before the guard has asked for its death signal: the
// guard then finds itself re-parented (here: its parent is not the pid it
// was given) and must not start the program at all.
void TestCPython::theGuardStartsNothingOnceItsAppIsGone()
{
    QTemporaryDir dir;
    const QString mark = dir.filePath(QStringLiteral("started"));
    QProcess guard;
    guard.start(WorkerLocator::workerPath(),
                {QStringLiteral("--guard"), QString::number(::getpid() + 1), QStringLiteral("/bin/sh"),
                 QStringLiteral("-c"), QStringLiteral("touch \"$0\""), mark});
    QVERIFY(guard.waitForFinished(30'000));
    QCOMPARE(guard.exitStatus(), QProcess::NormalExit);
    QCOMPARE(guard.exitCode(), 1);
    QVERIFY(!QFile::exists(mark));
    // Given its real parent, the same command runs.
    guard.start(WorkerLocator::workerPath(),
                {QStringLiteral("--guard"), QString::number(::getpid()), QStringLiteral("/bin/sh"),
                 QStringLiteral("-c"), QStringLiteral("touch \"$0\""), mark});
    QVERIFY(guard.waitForFinished(30'000));
    QCOMPARE(guard.exitCode(), 0);
    QVERIFY(QFile::exists(mark));
}


// A listing writes a number's timeline record on stderr, then prints its
// line on stdout; the runner pairs them by reading the record first. Under
// load (CI's TSan run) a line printed while stderr was being read came
// without its record. Here a child writes that pair thousands of times as
// fast as it can, and every line must find its record already delivered.
void TestCPython::stderrWrittenBeforeALineIsReadBeforeIt()
{
    constexpr int kPairs = 20000;
    ChildProcess child({QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"),
                         QStringLiteral("i=0; while [ $i -lt %1 ]; do echo $i >&2; echo $i; i=$((i+1)); done")
                             .arg(kPairs)},
                        {},
                        {},
                        {}});
    int records = 0, lines = 0, early = -1;
    QByteArray outLine, errLine;
    const auto split = [](QByteArray &pending, const QByteArray &bytes, const auto &onLine) {
        pending += bytes;
        qsizetype from = 0, nl;
        for (; (nl = pending.indexOf('\n', from)) >= 0; from = nl + 1)
            onLine(pending.mid(from, nl - from).toInt());
        pending.remove(0, from);
    };
    const std::atomic<bool> never{false};
    const ChildExit exit = child.run(
        [&](const QByteArray &b, std::int64_t) {
            split(outLine, b, [&](int i) {
                if (i >= records && early < 0)
                    early = i;
                ++lines;
            });
        },
        [&](const QByteArray &b, std::int64_t) { split(errLine, b, [&](int) { ++records; }); },
        monotonicNs() + 120'000'000'000, never);
    QCOMPARE(exit.end, ChildExit::End::Exited);
    QCOMPARE(lines, kPairs);
    QCOMPARE(records, kPairs);
    QVERIFY2(early < 0, qPrintable(QStringLiteral("line %1 came before its record").arg(early)));
}

QTEST_GUILESS_MAIN(TestCPython)
#include "tst_cpython.moc"
