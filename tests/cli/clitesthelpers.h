// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// What the CLI tests share: running the real `concurrency-lab` (path in
// CONLAB_APP) through QProcess, splitting its output, and reading /proc to
// see which processes it leaves behind.
#include "../common/proctools.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <csignal>
#include <vector>

namespace conlab::testing {

struct CliRun
{
    bool started = false;
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

// No display of any kind, and a home, data and config folder of the test's
// own, so a run never touches the user's sweeps or settings.
inline QProcessEnvironment headlessEnv(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/data");
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/config");
    return env;
}

inline QString appPath()
{
    return qEnvironmentVariable("CONLAB_APP");
}

// Waits for a started CLI to end (killed after timeoutMs) and collects
// what it said.
inline CliRun waitForCli(QProcess &p, int timeoutMs)
{
    CliRun r;
    QElapsedTimer timer;
    timer.start();
    r.started = p.waitForStarted(10'000);
    if (!r.started)
        return r;
    r.finished = p.waitForFinished(timeoutMs);
    r.ms = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished(10'000);
    }
    r.exitStatus = p.exitStatus();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Kills and reaps a CLI still running when the test leaves its scope, as a
// failed QVERIFY does: a failing test must not leave a process behind for
// the next one to trip over.
class KillAtExit
{
public:
    explicit KillAtExit(QProcess &p) : p_(p) { }
    KillAtExit(const KillAtExit &) = delete;
    KillAtExit &operator=(const KillAtExit &) = delete;
    ~KillAtExit()
    {
        if (p_.state() != QProcess::NotRunning) {
            p_.kill();
            p_.waitForFinished(10'000);
        }
    }

private:
    QProcess &p_;
};

// `primes` with two workers at the book's pace: about 40 s for the sample,
// so a signal or a kill sent in the first seconds lands mid-run.
inline QStringList longPrimesArgs(const QString &model)
{
    return {QStringLiteral("primes"),    QStringLiteral("--model"), model,
            QStringLiteral("--workers"), QStringLiteral("2"),       QStringLiteral("--pace"),
            QStringLiteral("book")};
}

// Runs `concurrency-lab <command> <args>` to the end (killed after timeoutMs).
inline CliRun runCli(const QString &command, const QStringList &args, int timeoutMs = 60'000,
                     const QString &stdoutFile = {})
{
    QProcess p;
    p.setProgram(appPath());
    p.setArguments(QStringList{command} + args);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start();
    return waitForCli(p, timeoutMs);
}

// Lines of stdout; the output must end with a newline.
inline QStringList linesOf(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The fields of /proc/<pid>/stat after "pid (comm)": index 0 is the state,
// 1 the parent, 19 the start time. Empty when the process is gone.
inline QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).trimmed().split(' ');
}

// True once the process blocks SIGINT and SIGTERM in its main thread: the
// CLI's SignalWatch is in place, so a signal now means "cancel".
inline bool blocksTermSignals(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (!l.startsWith("SigBlk:"))
            continue;
        bool ok = false;
        const quint64 mask = l.mid(7).trimmed().toULongLong(&ok, 16);
        const quint64 want = (1ull << (SIGINT - 1)) | (1ull << (SIGTERM - 1));
        return ok && (mask & want) == want;
    }
    return false;
}

// A child seen while the CLI ran: its pid and start time, so a reused pid
// is not mistaken for it.
struct Recorded
{
    qint64 pid = 0;
    QByteArray startTime;
};

// Records the CLI's children while it runs: `expected` of them, each a
// concurrency-lab-worker and none a zombie yet. Fails the test otherwise.
inline void recordWorkers(qint64 cliPid, int expected, std::vector<Recorded> &out)
{
    QTRY_VERIFY_WITH_TIMEOUT(childrenOf(int(cliPid)).size() == expected, 20'000);
    for (const ChildProcess &c : childrenOf(int(cliPid))) {
        const QList<QByteArray> f = statFields(c.pid);
        QVERIFY(f.size() > 19);
        QVERIFY2(c.state != 'Z', "a worker is a zombie before the signal");
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(c.pid)).symLinkTarget();
        QVERIFY2(exe.endsWith(u"/concurrency-lab-worker"), qPrintable(exe));
        out.push_back({c.pid, f[19]});
    }
}

// Sends `sig` to the running CLI; it must exit by itself (a handled
// signal, not a kill) with code 130: within 5 s, a bound wide enough for a
// loaded CI machine (it takes tens of ms on an idle one).
inline void interruptCli(QProcess &p, qint64 pid, int sig)
{
    QCOMPARE(p.state(), QProcess::Running);
    QElapsedTimer sinceSignal;
    sinceSignal.start();
    QCOMPARE(::kill(pid_t(pid), sig), 0);
    QVERIFY2(p.waitForFinished(10'000), "the CLI ignored the signal for 10 s");
    const qint64 ms = sinceSignal.elapsed();
    QVERIFY2(ms < 5'000, qPrintable(QStringLiteral("exit took %1 ms").arg(ms)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
}

// No recorded worker outlives the CLI: each pid is gone, reused by another
// process (another start time), or at most a zombie left to init.
inline void verifyWorkersGone(const std::vector<Recorded> &workers)
{
    for (const Recorded &w : workers) {
        const QList<QByteArray> f = statFields(w.pid);
        if (f.size() <= 19 || f[19] != w.startTime)
            continue;
        QVERIFY2(f[0] == "Z" || f[0] == "X",
                 qPrintable(QStringLiteral("worker %1 still runs (state %2, parent %3)")
                                .arg(w.pid)
                                .arg(QString::fromLatin1(f[0]), QString::fromLatin1(f[1]))));
    }
}

} // namespace conlab::testing
