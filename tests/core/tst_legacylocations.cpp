// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The move from the 0.1 folders ("Concurrency Lab", with a space) to the new
// ones: every file arrives unchanged, nothing is overwritten, a second start
// does nothing, and the worker is found in an installed tree.
#include "core/identity/appidentity.h"
#include "core/identity/legacylocations.h"
#include "core/process/workerlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace conlab;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class TestLegacyLocations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir home_;
    QString config() const { return home_.path() + u"/config"; }
    QString data() const { return home_.path() + u"/data"; }

private slots:
    void init()
    {
        QVERIFY(home_.isValid());
        QDir(config()).removeRecursively();
        QDir(data()).removeRecursively();
        qputenv("XDG_CONFIG_HOME", config().toLocal8Bit());
        qputenv("XDG_DATA_HOME", data().toLocal8Bit());
        AppIdentity::apply();
    }

    void namesHaveNoSpaces()
    {
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("concurrency-lab"));
        QCOMPARE(AppIdentity::settingsFile(), QString(config() + u"/concurrency-lab/concurrency-lab.conf"));
        QCOMPARE(LegacyLocations::newDataDir(), QString(data() + u"/concurrency-lab"));
        // What SweepStore uses: the app's data folder, one level, no space.
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                 QString(data() + u"/concurrency-lab"));
        QVERIFY(!AppIdentity::id().contains(u' '));
        QCOMPARE(AppIdentity::id().count(u'.'), 2);
    }

    void movesSettingsAndSweepsOnce()
    {
        const QString oldConf = config() + u"/Concurrency Lab/concurrency-lab.conf";
        const QString oldSweeps = data() + u"/Concurrency Lab/concurrency-lab/sweeps";
        writeFile(oldConf, "[run]\npace=book\n");
        writeFile(oldConf + u".lock", "");
        writeFile(oldSweeps + u"/sweep-20261101-101500.jsonl", "{\"a\":1}\n");
        writeFile(oldSweeps + u"/sweep-20261102-090000.jsonl", "{\"b\":2}\n");

        const LegacyLocations::Report report = LegacyLocations::migrate();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.moved.size(), 3);
        QVERIFY2(report.summary().contains(QStringLiteral("moved 3 file")), qPrintable(report.summary()));

        QCOMPARE(readFile(AppIdentity::settingsFile()), QByteArray("[run]\npace=book\n"));
        const QString sweeps = data() + u"/concurrency-lab/sweeps";
        QCOMPARE(readFile(sweeps + u"/sweep-20261101-101500.jsonl"), QByteArray("{\"a\":1}\n"));
        QCOMPARE(readFile(sweeps + u"/sweep-20261102-090000.jsonl"), QByteArray("{\"b\":2}\n"));
        // The old folders are gone, so the next start has nothing to do.
        QVERIFY(!QFileInfo::exists(config() + u"/Concurrency Lab"));
        QVERIFY(!QFileInfo::exists(data() + u"/Concurrency Lab"));
        const LegacyLocations::Report again = LegacyLocations::migrate();
        QVERIFY(again.isEmpty());
        QVERIFY(again.summary().isEmpty());
    }

    void neverOverwritesANewerFile()
    {
        // Both folders exist, e.g. after running 0.1 again beside a later
        // version: the new files stay, the old ones arrive beside them.
        writeFile(config() + u"/Concurrency Lab/concurrency-lab.conf", "old settings");
        writeFile(AppIdentity::settingsFile(), "new settings");
        const QString name = QStringLiteral("/sweep-20261101-101500.jsonl");
        writeFile(data() + u"/Concurrency Lab/concurrency-lab/sweeps" + name, "old sweep");
        writeFile(data() + u"/concurrency-lab/sweeps" + name, "new sweep");
        writeFile(data() + u"/concurrency-lab/sweeps/sweep-20261101-101500-old.jsonl", "an older move");

        const LegacyLocations::Report report = LegacyLocations::migrate();
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(readFile(AppIdentity::settingsFile()), QByteArray("new settings"));
        QCOMPARE(readFile(config() + u"/concurrency-lab/concurrency-lab-old.conf"), QByteArray("old settings"));
        const QString sweeps = data() + u"/concurrency-lab/sweeps";
        QCOMPARE(readFile(sweeps + name), QByteArray("new sweep"));
        QCOMPARE(readFile(sweeps + u"/sweep-20261101-101500-old.jsonl"), QByteArray("an older move"));
        QCOMPARE(readFile(sweeps + u"/sweep-20261101-101500-old-2.jsonl"), QByteArray("old sweep"));
    }

    void reportsWhatItCannotMove()
    {
        // The new sweeps "folder" is a file: nothing can go into it (even
        // for root), so the old file must stay where it was, and be named.
        const QString oldSweeps = data() + u"/Concurrency Lab/concurrency-lab/sweeps";
        writeFile(oldSweeps + u"/sweep-1.jsonl", "kept");
        writeFile(data() + u"/concurrency-lab/sweeps", "not a folder");
        const LegacyLocations::Report report = LegacyLocations::migrate();
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.front().contains(data() + u"/concurrency-lab/sweeps"),
                 qPrintable(report.problems.front()));
        QVERIFY2(report.summary().contains(report.problems.front()), qPrintable(report.summary()));
        QCOMPARE(readFile(oldSweeps + u"/sweep-1.jsonl"), QByteArray("kept"));
        QCOMPARE(readFile(data() + u"/concurrency-lab/sweeps"), QByteArray("not a folder"));
    }

    void workerIsFoundBesideOrInstalled()
    {
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        const QString bin = tree.path() + u"/usr/bin";
        const QString libexec = tree.path() + u"/usr/libexec/concurrency-lab";
        QDir().mkpath(bin);
        writeFile(libexec + u"/concurrency-lab-worker", "#!/bin/sh\n");
        QFile::setPermissions(libexec + u"/concurrency-lab-worker", QFile::ReadOwner | QFile::ExeOwner);
        QCOMPARE(WorkerLocator::workerPathFrom(bin), QString(libexec + u"/concurrency-lab-worker"));
        // The build tree's layout, every binary in one folder, comes first.
        writeFile(bin + u"/concurrency-lab-worker", "#!/bin/sh\n");
        QFile::setPermissions(bin + u"/concurrency-lab-worker", QFile::ReadOwner | QFile::ExeOwner);
        QCOMPARE(WorkerLocator::workerPathFrom(bin), QString(bin + u"/concurrency-lab-worker"));
        // Neither there: the error will name the installed place.
        QTemporaryDir empty;
        QCOMPARE(WorkerLocator::workerPathFrom(QString(empty.path() + u"/bin")),
                 QDir::cleanPath(empty.path() + u"/libexec/concurrency-lab/concurrency-lab-worker"));
    }
};

QTEST_GUILESS_MAIN(TestLegacyLocations)
#include "tst_legacylocations.moc"
