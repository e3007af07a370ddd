// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "engine/filejob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using conlab::FileJob;

// An export is made and written off the GUI thread, and its answer comes
// back on it.
class TestFileJob : public QObject
{
    Q_OBJECT

private slots:
    void makesAndWritesOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        auto madeOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        FileJob *job = FileJob::write(this, path, [madeOn] {
            madeOn->store(QThread::currentThread());
            return QByteArray("n,prime\n2,1\n");
        });
        QSignalSpy finished(job, &FileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(madeOn->load() != nullptr);
        QVERIFY(madeOn->load() != QThread::currentThread());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("n,prime\n2,1\n"));
    }

    void aFileThatCannotBeWrittenSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no such folder/out.csv"));
        FileJob *job = FileJob::write(this, path, [] { return QByteArray("x"); });
        QSignalSpy finished(job, &FileJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestFileJob)
#include "tst_filejob.moc"
