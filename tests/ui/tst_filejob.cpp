// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/filejob.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

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

    // Cancelled while it is still being made: nothing is written, and a file
    // already at the path is left as it was.
    void cancelledBeforeWritingWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the lecturer's own file\n");
        }
        auto gate = std::make_shared<std::atomic<bool>>(false);
        FileJob *job = FileJob::write(this, path, [gate] {
            while (!gate->load())
                QThread::msleep(5);
            return QByteArray("n,prime\n");
        });
        QSignalSpy finished(job, &FileJob::finished);
        job->cancel();
        gate->store(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the lecturer's own file\n"));
    }

    // An export that takes more than a moment shows a busy bar naming the
    // file; its Cancel cancels the export without an error box.
    void aSlowExportShowsABusyBarThatCancels()
    {
        QWidget page;
        page.resize(400, 300);
        page.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("million.csv"));
        auto gate = std::make_shared<std::atomic<bool>>(false);
        FileJob *job = FileJob::exportFrom(&page, path, [gate] {
            while (!gate->load())
                QThread::msleep(5);
            return QByteArray("n,prime\n");
        });
        QSignalSpy finished(job, &FileJob::finished);
        // Any error box would block in exec(): note it and close it.
        int errorBoxes = 0;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    ++errorBoxes;
                    box->reject();
                }
        });
        closer.start(50);
        QProgressDialog *busy = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((busy = page.findChild<QProgressDialog *>()) && busy->isVisible(), 30'000);
        QVERIFY2(busy->labelText().contains(QStringLiteral("million.csv")), qPrintable(busy->labelText()));
        auto *cancelButton = busy->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click(); // as the lecturer would
        gate->store(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));
        QTest::qWait(200);
        QCOMPARE(errorBoxes, 0);
        QVERIFY(!page.findChild<QProgressDialog *>());
    }
};

QTEST_MAIN(TestFileJob)
#include "tst_filejob.moc"
