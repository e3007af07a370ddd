// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// No orphans when the parent dies hard: `concurrency-lab primes` is killed
// with SIGKILL, which it cannot handle, mid-run; its worker processes must
// leave by themselves (PR_SET_PDEATHSIG, and end-of-file on their channel).
#include "clitesthelpers.h"

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

} // namespace

class TestCliParentDeath : public QObject
{
    Q_OBJECT
private slots:
    void sigkilledParentLeavesNoWorkers_data();
    void sigkilledParentLeavesNoWorkers();
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

QTEST_GUILESS_MAIN(TestCliParentDeath)
#include "tst_cli_parentdeath.moc"
