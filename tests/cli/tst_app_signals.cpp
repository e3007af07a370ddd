// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The lab window as a program: SIGTERM or Ctrl+C while a process run is in
// flight ends the app cleanly, and no worker process is left behind. Also its
// own command line (--experiment, --run) refuses bad values.
#include "clitesthelpers.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab::testing;

class TestAppSignals : public QObject
{
    Q_OBJECT
private slots:
    void signalDuringProcessRunLeavesNoWorkers_data();
    void signalDuringProcessRunLeavesNoWorkers();
    void badLaunchOptionsAreRefused_data();
    void badLaunchOptionsAreRefused();
};

namespace {

// The window offscreen, with its settings in a temporary home so the test
// never touches (or depends on) the user's.
void prepare(QProcess &p, const QString &home, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    p.setProcessEnvironment(env);
    p.setProgram(appPath());
    p.setArguments(args);
}

} // namespace

void TestAppSignals::signalDuringProcessRunLeavesNoWorkers_data()
{
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestAppSignals::signalDuringProcessRunLeavesNoWorkers()
{
    QFETCH(int, sig);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess app;
    const KillAtExit killOnFailure(app);
    // Experiment 6 is the process pool; at the book's pace its sample takes
    // about 40 s, so the run is surely in flight when the signal comes.
    prepare(app, home.path(), {QStringLiteral("--experiment"), QStringLiteral("6"), QStringLiteral("--run")});
    app.start();
    QVERIFY(app.waitForStarted(10'000));
    const qint64 pid = app.processId();
    QTRY_VERIFY_WITH_TIMEOUT(blocksTermSignals(pid), 10'000);
    // The page spawns its workers one after another; wait until their number
    // has held still for a second before recording them.
    qsizetype seen = -1;
    QElapsedTimer still;
    still.start();
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const qsizetype now = childrenOf(int(pid)).size();
                                 if (now != seen) {
                                     seen = now;
                                     still.restart();
                                 }
                                 return seen > 0 && still.elapsed() > 1'000;
                             }()),
                             20'000);
    std::vector<Recorded> workers;
    recordWorkers(pid, int(seen), workers);
    QVERIFY(!workers.empty());
    interruptCli(app, pid, sig);
    verifyWorkersGone(workers);
}

void TestAppSignals::badLaunchOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("experiment 0") << QStringList{QStringLiteral("--experiment"), QStringLiteral("0")}
                                  << QStringLiteral("--experiment takes a number from 1 to");
    QTest::newRow("experiment word") << QStringList{QStringLiteral("--experiment"), QStringLiteral("six")}
                                     << QStringLiteral("not 'six'");
    QTest::newRow("stray word") << QStringList{QStringLiteral("prime")}
                                << QStringLiteral("unexpected argument 'prime'");
}

void TestAppSignals::badLaunchOptionsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTemporaryDir home;
    QProcess app;
    prepare(app, home.path(), args);
    app.start();
    QVERIFY(app.waitForFinished(20'000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestAppSignals)
#include "tst_app_signals.moc"
