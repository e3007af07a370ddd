// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/record/runrecording.h"
#include "ui/pages/primespage.h"
#include "ui/pages/recordingopener.h"
#include "ui/pages/spinnerpage.h"
#include "ui/pages/spinnerpagespec.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace conlab;

// Open recording… reads and checks the file off the GUI thread (issue 13: a
// 200 MB recording froze the window for 2.5 s, a FIFO blocked it).
class TestRecordingOpener : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;

    // A finished processes run of `count` numbers, saved; about 100 bytes a
    // number, so 200,000 make a 20 MB file that takes a while to parse.
    QString savedRecording(int count)
    {
        RunRecording rec;
        rec.kind = RunRecording::Kind::Primes;
        rec.recordedAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        rec.primes.model = PrimesModel::Processes;
        rec.primes.workers = 2;
        rec.primes.pace = Pace::native();
        for (int k = 0; k < count; ++k) {
            const auto n = static_cast<std::uint64_t>(1'000'001 + 2 * k);
            rec.primes.numbers.push_back(n);
            rec.results.push_back(
                {n, k % 3 == 0, 0.000001, 1 + k % 2, std::int64_t(k) * 1000, std::int64_t(k) * 1000 + 900});
        }
        RunSummary s;
        s.model = QStringLiteral("processes");
        s.workers = 2;
        s.numbers = s.checked = count;
        s.wall = count * 1e-6;
        rec.summary = s;
        const QString path = dir_.filePath(QStringLiteral("run-%1.clrec.json").arg(count));
        QString error;
        if (!rec.save(path, &error))
            qFatal("cannot save %s: %s", qPrintable(path), qPrintable(error));
        return path;
    }

    // Accepts each message box the opener shows and keeps its text, so a
    // failing open is seen instead of blocking the test.
    struct BoxCatcher
    {
        QString text;
        QTimer timer;
        BoxCatcher()
        {
            timer.setInterval(20);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    text = box->text();
                    box->accept();
                }
            });
            timer.start();
        }
    };

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // open() returns before the file is read; the page shows the replay once
    // the pool has parsed it, and the event loop ran in between.
    void largeRecordingLoadsOffTheGuiThread()
    {
        const QString path = savedRecording(200'000);
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        RecordingOpener *opener = page.recordingOpener();
        QSignalSpy finished(opener, &RecordingOpener::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(1);
        opener->open(path);
        // A load on the GUI thread would have finished inside open().
        QCOMPARE(finished.count(), 0);
        QVERIFY(opener->loading());
        QVERIFY(!page.isReplaying());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(page.isReplaying());
        QVERIFY(!opener->loading());
        QVERIFY2(ticks > 0, "the event loop never ran while the file was read");
        page.skipReplay();
    }

    // Cancel gives the window back at once and the late result is dropped.
    void cancelDropsTheResult()
    {
        const QString path = savedRecording(200'000);
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        RecordingOpener *opener = page.recordingOpener();
        QSignalSpy finished(opener, &RecordingOpener::finished);
        opener->open(path);
        auto *progress = page.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!opener->loading());
        // Long enough for the pool to finish the parse it could not stop.
        QThreadPool::globalInstance()->waitForDone(120'000);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!page.isReplaying());
    }

    // What cannot be read is said in a message box naming the file and why,
    // after the event loop got it back; nothing is shown.
    void badFilesAreSaidNotShown_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("why");
        QTest::addRow("device") << QStringLiteral("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::addRow("missing") << QStringLiteral("/nonexistent/run.clrec.json") << QStringLiteral("run.clrec.json");
    }
    void badFilesAreSaidNotShown()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        QSignalSpy finished(page.recordingOpener(), &RecordingOpener::finished);
        BoxCatcher box;
        page.recordingOpener()->open(path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(box.text.contains(QStringLiteral("cannot be shown")) && box.text.contains(why), qPrintable(box.text));
        QVERIFY(!page.isReplaying());
    }

    // The spinner page opens through the same opener and refuses a primes
    // recording with the page's reason.
    void spinnerPageRefusesAPrimesRecording()
    {
        const QString path = savedRecording(10);
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        QSignalSpy finished(page.recordingOpener(), &RecordingOpener::finished);
        BoxCatcher box;
        page.recordingOpener()->open(path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(box.text.contains(QStringLiteral("cannot be shown")), qPrintable(box.text));
    }
};

QTEST_MAIN(TestRecordingOpener)
#include "tst_recordingopener.moc"
