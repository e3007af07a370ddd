// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Issue 13, as a user meets it at a terminal: Ctrl+C cancels a process run
// without reporting worker crashes that never happened, and a spinner child
// that is stopped (SIGSTOP) is found, killed and reported instead of hanging
// the CLI for ever.
#include "../common/proctools.h"
#include "clitesthelpers.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <csignal>
#include <functional>
#include <unistd.h>

using namespace conlab::testing;

class TestCliWorkerFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void ctrlCIsNoWorkerCrash_data();
    void ctrlCIsNoWorkerCrash();
    void stoppedSpinnerChildIsKilled();
};

namespace {

// A terminal sends Ctrl+C to its whole foreground process group. The CLI
// leads a group of its own here (as a shell's job would), so the test can
// signal that group without signalling itself.
void startAsTerminalJob(QProcess &p, const QStringList &args)
{
    p.setProgram(appPath());
    p.setArguments(args);
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    p.start();
}

// Reads stdout until `enough` says so (or 15 s pass).
QByteArray readUntil(QProcess &p, const std::function<bool(const QByteArray &)> &enough)
{
    QByteArray out;
    QDeadlineTimer deadline(15'000);
    while (!enough(out) && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += p.readAllStandardOutput();
    }
    return out;
}

} // namespace

void TestCliWorkerFaults::initTestCase()
{
    QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
}

void TestCliWorkerFaults::ctrlCIsNoWorkerCrash_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("json");
    QTest::addRow("processes") << QStringLiteral("processes") << false;
    QTest::addRow("processes --json") << QStringLiteral("processes") << true;
    QTest::addRow("coroutines-executor") << QStringLiteral("coroutines-executor") << false;
    QTest::addRow("coroutines-executor --json") << QStringLiteral("coroutines-executor") << true;
}

void TestCliWorkerFaults::ctrlCIsNoWorkerCrash()
{
    QFETCH(QString, model);
    QFETCH(bool, json);
    QStringList args = longPrimesArgs(model);
    if (json)
        args << QStringLiteral("--json");
    QProcess p;
    const KillAtExit killChild(p);
    startAsTerminalJob(p, args);
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    if (!json) {
        const QByteArray header = readUntil(p, [](const QByteArray &o) { return o.contains('\n'); });
        QVERIFY2(header.contains('\n'), header.constData());
    }
    QTRY_VERIFY_WITH_TIMEOUT(blocksTermSignals(pid), 10'000);
    std::vector<Recorded> workers;
    recordWorkers(pid, 2, workers);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(::getpgid(pid_t(pid)), pid_t(pid));

    // Ctrl+C: SIGINT to every process in the terminal's foreground group.
    QCOMPARE(::kill(-pid_t(pid), SIGINT), 0);
    QVERIFY2(p.waitForFinished(20'000), "the CLI ignored Ctrl+C for 20 s");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QByteArray out = p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"cancelled"), qPrintable(err));
    QVERIFY2(!err.contains(u"killed by signal"), qPrintable(err));
    QVERIFY2(!err.contains(u"fresh worker"), qPrintable(err));
    if (json) {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        QVERIFY2(doc.isObject(), out.constData());
        const QJsonValue crashes = doc.object().value(u"summary").toObject().value(u"crashes");
        QVERIFY2(crashes.isArray(), out.constData());
        QVERIFY2(crashes.toArray().isEmpty(), out.constData());
        QVERIFY(doc.object().value(u"summary").toObject().value(u"cancelled").toBool());
    }
    verifyWorkersGone(workers);
}

// `spinner --model process --slow sleep`, its child stopped with SIGSTOP:
// the child draws a frame every 100 ms, so 10 s without one (the watchdog's
// floor) means it is stopped or hung. The CLI kills it, says so and exits 1,
// long before the 60 s sleep would end.
void TestCliWorkerFaults::stoppedSpinnerChildIsKilled()
{
    QProcess p;
    const KillAtExit killChild(p);
    p.setProgram(appPath());
    p.setArguments({QStringLiteral("spinner"), QStringLiteral("--model"), QStringLiteral("process"),
                    QStringLiteral("--slow"), QStringLiteral("sleep"), QStringLiteral("--seconds"),
                    QStringLiteral("60")});
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const QByteArray out = readUntil(p, [](const QByteArray &o) { return o.contains('\r'); });
    QVERIFY2(out.contains('\r'), "no frame within 15 s");
    std::vector<Recorded> children;
    recordWorkers(pid, 1, children);
    if (QTest::currentTestFailed())
        return;
    const auto resume = qScopeGuard([&children] {
        // A failed test must not leave a stopped process behind.
        for (const Recorded &c : children)
            ::kill(pid_t(c.pid), SIGCONT);
    });
    QCOMPARE(::kill(pid_t(children.front().pid), SIGSTOP), 0);

    // 10 s of silence plus a wide margin for a loaded machine; the sleep
    // alone would take 60 s, and on main the CLI never ends at all.
    QVERIFY2(p.waitForFinished(40'000), "the CLI still waits for its stopped child after 40 s");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("(pid %1) drew no frame for 10 s").arg(children.front().pid)),
             qPrintable(err));
    QVERIFY2(err.contains(u"killed"), qPrintable(err));
    QVERIFY2(!p.readAllStandardOutput().contains("Answer:"), "an answer after a failed run");
    verifyWorkersGone(children);
}

QTEST_GUILESS_MAIN(TestCliWorkerFaults)
#include "tst_cli_workerfaults.moc"
