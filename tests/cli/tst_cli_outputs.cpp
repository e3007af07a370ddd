// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Every output option of the real binary (CONLAB_APP) against targets that
// are not plain new files: a device, a symlink to one, a FIFO with and
// without a reader, /dev/stdout redirected to a file, names the file system
// refuses. None may be replaced, hang the CLI, or fail only after the run.
// And a worker's error text reaches the terminal without escape sequences.
#include "../common/filestat.h"
#include "clitesthelpers.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace conlab::testing;

namespace {

// A sweep long enough (book pace, dozens of runs: minutes) that finishing
// within the test's timeout proves it refused before its first run.
QStringList longSweep()
{
    return {QStringLiteral("--max"), QStringLiteral("4"),      QStringLiteral("--runs"),
            QStringLiteral("10"),    QStringLiteral("--pace"), QStringLiteral("book")};
}

// Runs the CLI with its data folder in `home`, so a sweep's results file
// lands where the test can look.
CliRun runIn(const QString &home, const QStringList &args, int timeoutMs = 60'000,
             const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/data");
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.setProgram(appPath());
    p.setArguments(args);
    p.setWorkingDirectory(home);
    KillAtExit guard(p);
    p.start();
    return waitForCli(p, timeoutMs);
}

// Reads a FIFO on a thread of its own, as `cat fifo` would. It opens the
// FIFO at once (non-blocking), so the FIFO has its reader before the CLI
// starts, and reads until finish() says the writer is gone. Were the FIFO
// replaced by a file, it reads nothing and the test still ends.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : fd_(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC))
    {
        thread_ = std::thread([this] {
            char buf[4096];
            for (;;) {
                const bool last = done_; // read once more after the writer left
                for (;;) {
                    const ssize_t n = ::read(fd_, buf, sizeof buf);
                    if (n <= 0)
                        break;
                    bytes_.append(buf, n);
                }
                if (last)
                    return;
                pollfd p{fd_, POLLIN, 0};
                ::poll(&p, 1, 20);
                if (p.revents & POLLHUP)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // no writer (yet)
            }
        });
    }
    ~FifoReader()
    {
        finish();
        if (fd_ >= 0)
            ::close(fd_);
    }
    bool opened() const { return fd_ >= 0; }
    // What was read; call after the writer has exited.
    QByteArray finish()
    {
        done_ = true;
        if (thread_.joinable())
            thread_.join();
        return bytes_;
    }

private:
    int fd_;
    std::thread thread_;
    std::atomic<bool> done_{false};
    QByteArray bytes_;
};

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest"); }

    // /dev/null, named directly or through a symlink, is written into: it
    // stays the same character device (as root, a rename would have replaced
    // the system's /dev/null with a file), and the link stays a link.
    void deviceTargetIsWrittenIntoNotReplaced_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("viaLink");
        const QString t = QStringLiteral("TARGET");
        QTest::addRow("primes --trace") << QStringList{QStringLiteral("primes"), QStringLiteral("--numbers"),
                                                       QStringLiteral("7"), QStringLiteral("--trace"), t}
                                        << false;
        QTest::addRow("primes --trace via a symlink")
            << QStringList{QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("7"),
                           QStringLiteral("--trace"), t}
            << true;
        QTest::addRow("spinner --trace") << QStringList{QStringLiteral("spinner"), QStringLiteral("--pace"),
                                                        QStringLiteral("native"), QStringLiteral("--trace"), t}
                                         << false;
        QTest::addRow("sweep --out and --svg via a symlink") << QStringList{QStringLiteral("sweep"),
                                                                            QStringLiteral("--max"),
                                                                            QStringLiteral("1"),
                                                                            QStringLiteral("--runs"),
                                                                            QStringLiteral("1"),
                                                                            QStringLiteral("--numbers"),
                                                                            QStringLiteral("7"),
                                                                            QStringLiteral("--out"),
                                                                            QStringLiteral("/dev/null"),
                                                                            QStringLiteral("--svg"),
                                                                            t}
                                                             << true;
    }
    void deviceTargetIsWrittenIntoNotReplaced()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, viaLink);
        QTemporaryDir home;
        const struct stat before = statOf(QStringLiteral("/dev/null"));
        QVERIFY(S_ISCHR(before.st_mode));
        const QString link = home.filePath(QStringLiteral("null-link"));
        if (viaLink)
            QVERIFY(QFile::link(QStringLiteral("/dev/null"), link));
        args.replaceInStrings(QStringLiteral("TARGET"), viaLink ? link : QStringLiteral("/dev/null"));
        const CliRun r = runIn(home.path(), args);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const struct stat after = statOf(QStringLiteral("/dev/null"));
        QVERIFY2(S_ISCHR(after.st_mode), "/dev/null is no longer a character device");
        QCOMPARE(after.st_rdev, before.st_rdev);
        QCOMPARE(after.st_ino, before.st_ino);
        if (viaLink) {
            QVERIFY2(S_ISLNK(statOf(link, false).st_mode), "the symlink was replaced");
            QCOMPARE(QFile::symLinkTarget(link), QStringLiteral("/dev/null"));
        }
    }

    // A FIFO with a reader gets the whole trace, and stays a FIFO.
    void fifoWithReaderGetsTheTrace()
    {
        QTemporaryDir home;
        const QString fifo = home.filePath(QStringLiteral("trace.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FifoReader reader(fifo);
        QVERIFY(reader.opened());
        const CliRun r = runIn(home.path(),
                               {QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("7,11"),
                                QStringLiteral("--trace"), fifo});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray got = reader.finish();
        QVERIFY2(got.startsWith("{\"traceEvents\":["), got.left(200).constData());
        QVERIFY(got.trimmed().endsWith('}'));
        QVERIFY2(S_ISFIFO(statOf(fifo).st_mode), "the FIFO was replaced");
        QVERIFY(r.out.contains("Checking 2 numbers"));
    }

    // Without a reader the CLI neither waits for ever nor replaces the FIFO:
    // it says to start the reader, exit 2, before the run.
    void fifoWithoutReaderIsRefusedAtOnce_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("primes --trace") << QStringList{QStringLiteral("primes"), QStringLiteral("--numbers"),
                                                       QStringLiteral("7"), QStringLiteral("--trace")};
        QTest::addRow("sweep --pdf") << (QStringList{QStringLiteral("sweep")} + longSweep() << QStringLiteral("--pdf"));
    }
    void fifoWithoutReaderIsRefusedAtOnce()
    {
        QFETCH(QStringList, args);
        QTemporaryDir home;
        const QString fifo = home.filePath(QStringLiteral("out.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CliRun r = runIn(home.path(), args << fifo);
        QVERIFY2(r.finished, "the CLI hung on a FIFO nobody reads");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("reader"), r.err.constData());
        QVERIFY2(S_ISFIFO(statOf(fifo).st_mode), "the FIFO was replaced");
        QVERIFY2(!QDir(home.filePath(QStringLiteral("data"))).exists()
                     || QDir(home.filePath(QStringLiteral("data")))
                            .entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::NoSort)
                            .isEmpty(),
                 "a results file was created before the refusal");
    }

    // `--trace /dev/stdout > file`: the trace is appended to what stdout
    // already holds, as a shell user expects, instead of replacing it.
    void traceToDevStdoutKeepsTheBookLines()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("out.txt"));
        const CliRun r = runCli(QStringLiteral("primes"),
                                {QStringLiteral("--numbers"), QStringLiteral("7,11"), QStringLiteral("--trace"),
                                 QStringLiteral("/dev/stdout")},
                                60'000, out);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        const qsizetype book = all.indexOf("Checking 2 numbers");
        const qsizetype trace = all.indexOf("{\"traceEvents\":[");
        QVERIFY2(book >= 0, "the book's lines are gone");
        QVERIFY2(trace > book, "the trace is not after the book's lines");
        QVERIFY(all.contains("Total time"));
    }

    // /dev/stdout is stdout as much as "-" is: with --json both would land
    // there as two documents no reader can parse, so it is refused up front.
    void devStdoutCountsAsStdoutForConflicts()
    {
        QTemporaryDir home;
        const CliRun r = runCli(QStringLiteral("primes"),
                                {QStringLiteral("--numbers"), QStringLiteral("7"), QStringLiteral("--json"),
                                 QStringLiteral("--trace"), QStringLiteral("/dev/stdout")},
                                60'000, home.filePath(QStringLiteral("out.txt")));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard output"), r.err.constData());
    }

    // A name the file system refuses is refused up front (exit 2, nothing
    // run, no results file), for every output option of every subcommand;
    // before, the whole run went by and then failed with exit 1.
    void overlongNameIsRefusedBeforeTheRun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("path");
        const QString longName = QString(300, u'n') + u".out";
        const QString longFolder = QString(300, u'd') + u"/x.out";
        QString longPath;
        while (longPath.size() < 5000)
            longPath += QString(200, u'p') + u'/';
        longPath += u"x.out";
        const QStringList longPrimes = longPrimesArgs(QStringLiteral("threads"));
        const QStringList spinner = {QStringLiteral("spinner"), QStringLiteral("--pace"), QStringLiteral("book")};
        const QStringList sweep = QStringList{QStringLiteral("sweep")} + longSweep();
        QTest::addRow("primes --trace, long name") << longPrimes << QStringLiteral("--trace") << longName;
        QTest::addRow("primes --trace, long folder name") << longPrimes << QStringLiteral("--trace") << longFolder;
        QTest::addRow("spinner --trace, long name") << spinner << QStringLiteral("--trace") << longName;
        for (const char *option : {"--out", "--png", "--svg", "--pdf"})
            QTest::addRow("sweep %s, long name", option) << sweep << QString::fromLatin1(option) << longName;
        QTest::addRow("sweep --out, path over PATH_MAX") << sweep << QStringLiteral("--out") << longPath;
    }
    void overlongNameIsRefusedBeforeTheRun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        QFETCH(QString, path);
        QTemporaryDir home;
        // The book pace makes each of these runs take many seconds (the sweep
        // minutes): finishing at all within 60 s means nothing ran.
        const CliRun r = runIn(home.path(), args << option << path);
        QVERIFY2(r.finished, "the CLI started the run instead of refusing the name");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(option.mid(2).toLatin1() + ": cannot write")), r.err.constData());
        QVERIFY2(r.err.contains("bytes long"), r.err.constData());
        QVERIFY2(!QDir(home.filePath(QStringLiteral("data"))).exists(), "a results file was created");
    }

    // A worker's stderr is shown to the user, but an escape sequence in it
    // (clear screen, colour), a carriage return or a bidi override must not
    // act on the terminal: they show as visible escapes.
    void workerTextReachesTheTerminalDefused()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("CONLAB_WORKER_TEST_CRASH_ON"), QString::fromUtf8("\x1b[2J\rX\xe2\x80\xae"));
        const CliRun r = runIn(home.path(),
                               {QStringLiteral("primes"), QStringLiteral("--model"), QStringLiteral("processes"),
                                QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--numbers"),
                                QStringLiteral("7")},
                               60'000, env);
        QVERIFY(r.finished);
        QVERIFY2(r.err.contains("CONLAB_WORKER_TEST_CRASH_ON"), r.err.constData()); // the worker's words are shown
        QVERIFY2(r.err.contains("\\x1b[2J\\x0dX\\u{202e}"), r.err.constData());
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(!r.err.contains('\r'));
        QVERIFY(!r.err.contains("\xe2\x80\xae"));
        QVERIFY(!r.out.contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
