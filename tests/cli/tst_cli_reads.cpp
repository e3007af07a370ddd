// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Input files the user names on the command line that are not plain files:
// /dev/zero would exhaust memory, a FIFO without a writer waits for ever.
// Each must end with a message and its exit code, and Ctrl+C or SIGTERM must
// end a wait for input. Every wait here is bounded: a failing test kills the
// process it started.
#include "clitesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace conlab::testing;

namespace {

const QString kZero = QStringLiteral("/dev/zero");
// Long enough for a loaded CI box to start the app; a hang is far longer.
constexpr int kTimeoutMs = 60'000;

void start(QProcess &p, const QStringList &args, const QString &home)
{
    p.setProgram(appPath());
    p.setArguments(args);
    p.setProcessEnvironment(headlessEnv(home));
    p.start();
}

CliRun runIn(const QStringList &args, const QString &home)
{
    QProcess p;
    start(p, args, home);
    return waitForCli(p, kTimeoutMs);
}

// Waits (bounded) until stderr holds `text`: the app then waits on the FIFO.
bool waitForStderr(QProcess &p, QByteArray &err, const QByteArray &text)
{
    QElapsedTimer timer;
    timer.start();
    while (!err.contains(text) && timer.elapsed() < kTimeoutMs && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    return err.contains(text);
}

} // namespace

class TestCliReads : public QObject
{
    Q_OBJECT

private slots:
    void devZeroIsRefused_data();
    void devZeroIsRefused();
    void deviceInSweepsFolderIsSkipped();
    void fifoWaitEndsOnSignal_data();
    void fifoWaitEndsOnSignal();
    void fifoNumbersAreRead();

private:
    QTemporaryDir home_;
};

void TestCliReads::devZeroIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("primes --numbers-file")
        << QStringList{QStringLiteral("primes"), QStringLiteral("--numbers-file"), kZero};
    QTest::addRow("sweep --numbers-file")
        << QStringList{QStringLiteral("sweep"), QStringLiteral("--numbers-file"), kZero};
    QTest::addRow("sweep --resume") << QStringList{QStringLiteral("sweep"), QStringLiteral("--resume"), kZero};
}

// Before: the CLI read /dev/zero until it died of bad_alloc at 8 GB.
void TestCliReads::devZeroIsRefused()
{
    QFETCH(QStringList, args);
    const CliRun r = runIn(args, home_.path());
    QVERIFY2(r.finished, "the command did not end");
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("'/dev/zero'") && r.err.contains("device"), r.err.constData());
}

// Before: a *.jsonl pointing at /dev/zero in the sweeps folder made every
// sweep start abort while it looked for unfinished sweeps.
void TestCliReads::deviceInSweepsFolderIsSkipped()
{
    QTemporaryDir home;
    const QStringList sweep{QStringLiteral("sweep"), QStringLiteral("--series"),  QStringLiteral("threads"),
                            QStringLiteral("--max"), QStringLiteral("1"),         QStringLiteral("--runs"),
                            QStringLiteral("1"),     QStringLiteral("--numbers"), QStringLiteral("7")};
    const CliRun first = runIn(sweep, home.path());
    QCOMPARE(first.exitCode, 0);
    QDirIterator it(home.path() + u"/data", {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString folder = QFileInfo(it.next()).absolutePath();
    QVERIFY(QFile::link(kZero, folder + u"/zero.jsonl"));
    QCOMPARE(::mkfifo(QFile::encodeName(folder + u"/fifo.jsonl").constData(), 0600), 0);

    const CliRun second = runIn(sweep, home.path());
    QVERIFY2(second.finished, "the sweep did not end (a FIFO in the sweeps folder blocks it)");
    QCOMPARE(second.exitStatus, QProcess::NormalExit);
    QVERIFY2(second.exitCode == 0, second.err.constData());
}

void TestCliReads::fifoWaitEndsOnSignal_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("signal");
    QTest::addRow("sweep, SIGINT") << QStringLiteral("sweep") << SIGINT;
    QTest::addRow("sweep, SIGTERM") << QStringLiteral("sweep") << SIGTERM;
    QTest::addRow("primes, SIGINT") << QStringLiteral("primes") << SIGINT;
    QTest::addRow("primes, SIGTERM") << QStringLiteral("primes") << SIGTERM;
}

// Before: a sweep waiting for a FIFO's writer ignored both signals; only
// kill -9 ended it. Now it says what it waits for, and a signal ends it
// with 130.
void TestCliReads::fifoWaitEndsOnSignal()
{
    QFETCH(QString, command);
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("numbers"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess p;
    const KillAtExit reaper(p);
    start(p, {command, QStringLiteral("--numbers-file"), fifo}, home_.path());
    QVERIFY(p.waitForStarted(10'000));
    QByteArray err;
    const bool said = waitForStderr(p, err, "FIFO");
    // Whatever was said, the signal must end the wait.
    ::kill(static_cast<pid_t>(p.processId()), signal);
    const CliRun r = waitForCli(p, kTimeoutMs);
    err += r.err;
    QVERIFY2(r.finished, "a signal did not end the wait for the FIFO");
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 130);
    QVERIFY2(said && err.contains(QFile::encodeName(fifo)), err.constData());
}

// A FIFO with a writer is read like a file, after a word on what is awaited.
void TestCliReads::fifoNumbersAreRead()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("numbers"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess p;
    const KillAtExit reaper(p);
    start(p, {QStringLiteral("primes"), QStringLiteral("--numbers-file"), fifo}, home_.path());
    QVERIFY(p.waitForStarted(10'000));
    QByteArray err;
    QVERIFY2(waitForStderr(p, err, "FIFO"), err.constData());
    // Non-blocking, retried until the app holds the read end open (it said
    // so just before), so a failure fails the test rather than hangs it.
    int fd = -1;
    QElapsedTimer timer;
    timer.start();
    while (fd < 0 && timer.elapsed() < kTimeoutMs) {
        fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            QTest::qWait(50);
    }
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "7,12\n", 5), ssize_t(5));
    ::close(fd);
    const CliRun r = waitForCli(p, kTimeoutMs);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Checking 2 numbers") && r.out.contains("7  P"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliReads)
#include "tst_cli_reads.moc"
