// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// No orphans when the parent dies hard: `concurrency-lab primes` is killed
// with SIGKILL, which it cannot handle, mid-run; its worker processes must
// leave by themselves (PR_SET_PDEATHSIG, and end-of-file on their channel).
// The same for `--engine cpython`, whose listing's processes run no code of
// ours: the guard between the app and python ends their group
// (app/worker/guard.cpp).
#include "clitesthelpers.h"

#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <csignal>

using namespace conlab::testing;

namespace {

// Recorded workers that still run (not a zombie, and not a reused pid).
int stillRunning(const std::vector<Recorded> &workers)
{
    int n = 0;
    for (const Recorded &w : workers) {
        const QList<QByteArray> f = statFields(w.pid);
        if (f.size() > 19 && f[19] == w.startTime && f[0] != "Z" && f[0] != "X")
            ++n;
    }
    return n;
}

// Every process below `root` (children, their children, ...), recorded.
std::vector<Recorded> descendantsOf(qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        const QList<QByteArray> f = statFields(pid.toLongLong());
        if (f.size() > 19 && f[0] != "Z")
            children[f[1].toLongLong()].append(pid.toLongLong());
    }
    std::vector<Recorded> out;
    QList<qint64> todo{root};
    while (!todo.isEmpty()) {
        for (qint64 child : children.value(todo.takeFirst())) {
            const QList<QByteArray> f = statFields(child);
            if (f.size() > 19)
                out.push_back({child, f[19]});
            todo.append(child);
        }
    }
    return out;
}

// How many of `processes` run a python interpreter, all in one group
// (-1 if not), and that group.
int pythonsInOneGroup(const std::vector<Recorded> &processes, qint64 *groupOut = nullptr)
{
    int n = 0;
    QByteArray group;
    for (const Recorded &p : processes) {
        const QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(p.pid)).symLinkTarget();
        const QList<QByteArray> f = statFields(p.pid);
        if (!exe.section(u'/', -1).startsWith(u"python") || f.size() <= 19)
            continue;
        if (!group.isEmpty() && f[2] != group)
            return -1;
        group = f[2];
        ++n;
    }
    if (groupOut)
        *groupOut = group.toLongLong();
    return n;
}

// Processes of group `pgid` that still run (not zombies).
int liveInGroup(qint64 pgid)
{
    int live = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        const QList<QByteArray> f = statFields(pid.toLongLong());
        if (f.size() > 19 && f[2].toLongLong() == pgid && f[0] != "Z" && f[0] != "X")
            ++live;
    }
    return live;
}

} // namespace

class TestCliParentDeath : public QObject
{
    Q_OBJECT
private slots:
    void sigkilledParentLeavesNoWorkers_data();
    void sigkilledParentLeavesNoWorkers();
    void sigkilledParentLeavesNoPython_data();
    void sigkilledParentLeavesNoPython();
};

void TestCliParentDeath::sigkilledParentLeavesNoWorkers_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("processes") << QStringLiteral("processes");
    QTest::addRow("coroutines-executor") << QStringLiteral("coroutines-executor");
}

void TestCliParentDeath::sigkilledParentLeavesNoWorkers()
{
    QFETCH(QString, model);
    // At the book's pace the sample takes about 40 s: the kill lands mid-run.
    QProcess p;
    p.setProgram(appPath());
    p.setArguments(longPrimesArgs(model));
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const KillAtExit reap(p);

    std::vector<Recorded> workers;
    recordWorkers(pid, 2, workers);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stillRunning(workers), 2);

    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    // Orphans would be re-parented to init and keep computing for minutes.
    QTRY_COMPARE_WITH_TIMEOUT(stillRunning(workers), 0, 5'000);
    verifyWorkersGone(workers);
}

void TestCliParentDeath::sigkilledParentLeavesNoPython_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("pythons");
    const QString big = QStringLiteral("9999999999999917");
    // Eight numbers of several seconds each in CPython: the kill lands with
    // both workers busy. Without the guard the interpreter outlives the app
    // for minutes (this row fails then: tried).
    QTest::addRow("primes processes") << QStringList{QStringLiteral("primes"),      QStringLiteral("--engine"),
                                                     QStringLiteral("cpython"),     QStringLiteral("--model"),
                                                     QStringLiteral("processes"),   QStringLiteral("--workers"),
                                                     QStringLiteral("2"),           QStringLiteral("--numbers"),
                                                     QStringList(8, big).join(u',')}
                                      << 3;
    // The parent is in slow() (is_prime), the spinner child draws frames.
    // Without the guard these go by themselves once slow() returns and the
    // next write meets the closed pipe, seconds later, so this row checks
    // that the guard covers a spinner listing too rather than telling the
    // old code apart.
    QTest::addRow("spinner process") << QStringList{QStringLiteral("spinner"), QStringLiteral("--engine"),
                                                    QStringLiteral("cpython"), QStringLiteral("--model"),
                                                    QStringLiteral("process"), QStringLiteral("--slow"),
                                                    QStringLiteral("prime")}
                                     << 2;
}

void TestCliParentDeath::sigkilledParentLeavesNoPython()
{
    QFETCH(QStringList, args);
    QFETCH(int, pythons);
    QProcess p;
    p.setProgram(appPath());
    p.setArguments(args);
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const KillAtExit reap(p);

    // The interpreter and what it started, all in the listing's group.
    QTRY_VERIFY_WITH_TIMEOUT(pythonsInOneGroup(descendantsOf(pid)) >= pythons, 60'000);
    const std::vector<Recorded> below = descendantsOf(pid);
    qint64 group = 0;
    QVERIFY(pythonsInOneGroup(below, &group) >= pythons);
    QVERIFY(group > 1);

    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    // Orphans would be re-parented to init and keep going: the spinner's
    // child spinning, the workers waiting for work or checking numbers.
    QTRY_COMPARE_WITH_TIMEOUT(stillRunning(below), 0, 30'000);
    verifyWorkersGone(below);
    // Nor anything the listing started after we looked.
    QTRY_COMPARE_WITH_TIMEOUT(liveInGroup(group), 0, 30'000);
}

QTEST_GUILESS_MAIN(TestCliParentDeath)
#include "tst_cli_parentdeath.moc"
