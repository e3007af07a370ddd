// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "../common/raceseeds.h"
#include "core/numbers/sample.h"
#include "core/record/runrecording.h"
#include "ui/engine/filejob.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primesoutcome.h"
#include "ui/pages/primespage.h"
#include "ui/pages/sequentialbaseline.h"
#include "ui/primespage/primesexports.h"
#include "ui/shell/viewexporter.h"
#include "ui/widgets/numbersinput.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <set>

using namespace conlab;

class TestPrimesPage : public QObject
{
    Q_OBJECT

private:
    static RunSettings nativeSettings(int workers)
    {
        RunSettings s;
        s.pace = Pace::native();
        s.workers = workers;
        return s;
    }

    // A racy procs.py run of 20 numbers with 2 workers, as recorded: 18
    // results spread evenly over `spanNs`, and the last two lost.
    static RunRecording racyRecording(std::int64_t spanNs)
    {
        RunRecording rec;
        rec.kind = RunRecording::Kind::Primes;
        rec.recordedAt = QDateTime(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        rec.primes.model = PrimesModel::Processes;
        rec.primes.workers = 2;
        rec.primes.racy = true;
        rec.primes.pace = Pace::native();
        for (std::uint64_t k = 0; k < 20; ++k)
            rec.primes.numbers.push_back(1'000'001 + 2 * k);
        const std::int64_t step = spanNs / 18;
        for (int k = 0; k < 18; ++k) {
            const std::int64_t end = step * (k + 1);
            rec.results.push_back(
                {rec.primes.numbers[static_cast<std::size_t>(k)], k % 3 == 0, 0.01, 1 + k % 2, end - step / 2, end});
        }
        RunSummary s;
        s.model = QStringLiteral("processes");
        s.workers = 2;
        s.numbers = 20;
        s.checked = 18;
        s.wall = static_cast<double>(spanNs) / 1e9;
        s.lost = {rec.primes.numbers[18], rec.primes.numbers[19]};
        rec.summary = s;
        return rec;
    }

private slots:
    void sequentialRunShowsEveryResult()
    {
        PrimesPage page(PrimesPage::Variant::Sequential);
        page.applySettings(nativeSettings(2));
        page.numbersInput()->setText(QStringLiteral("2, 3, 5"));
        QVERIFY(page.canRun());
        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        page.run();
        QVERIFY(page.isRunning());
        QVERIFY(!page.canRun());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QCOMPARE(running.count(), 2);
        QCOMPARE(page.resultsModel()->rowCount(), 3);
        QVERIFY2(page.totalsText().contains(QStringLiteral("3 of 3")), qPrintable(page.totalsText()));
        QVERIFY(page.bannerText().isEmpty());
        QVERIFY(page.canRun());
    }

    void racyProcessPoolLosesAndNamesResults()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        page.applySettings(nativeSettings(2));
        page.setModel(PrimesModel::Processes);
        page.setRacy(true);
        QVERIFY(page.canRun()); // the book's sample is the default
        QCOMPARE(page.currentConfig().numbers.size(), kBookSample.size());
        QVERIFY(page.currentConfig().racy);
        // 20 small numbers and a seed that loses results, found on the model.
        QStringList given;
        std::vector<std::uint64_t> numbers;
        for (std::uint64_t n = 1'000'000; n < 1'000'020; ++n) {
            given << QString::number(n);
            numbers.push_back(n);
        }
        page.numbersInput()->setText(given.join(u' '));
        const std::uint64_t seed = testing::raceSeedFor(RaceOutcome::Lost, numbers, 2);
        QVERIFY(seed != 0);
        page.setRaceSeed(seed);
        QCOMPARE(page.currentConfig().raceSeed, quint64(seed));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60'000);
        const int rows = page.resultsModel()->rowCount();
        QVERIFY2(rows < static_cast<int>(kBookSample.size()), "the race should lose at least one result");
        std::set<std::uint64_t> shown;
        for (const PrimeResult &r : page.resultsModel()->results())
            shown.insert(r.n);
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(QStringLiteral("Lost")), qPrintable(banner));
        // The banner counts the lost and names the first dozen.
        QList<std::uint64_t> missing;
        for (const QString &text : given)
            if (!shown.count(text.toULongLong()))
                missing << text.toULongLong();
        QVERIFY2(banner.contains(QStringLiteral("(%1)").arg(missing.size())), qPrintable(banner));
        for (qsizetype k = 0; k < missing.size() && k < 12; ++k)
            QVERIFY2(banner.contains(QString::number(missing[k])), qPrintable(banner));
    }

    void fixedProcessPoolShowsAll()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        page.applySettings(nativeSettings(2));
        page.numbersInput()->setText(QStringLiteral("2 3 5 7 11 13 17 19 23 29 31 37"));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60'000);
        QCOMPARE(page.resultsModel()->rowCount(), 12);
        QVERIFY(page.bannerText().isEmpty());
    }

    void deadWorkerIsShownWithUncheckedNumbers()
    {
        // A "worker" that dies at once, as a crashed process would.
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("dying-worker"));
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexit 3\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Put back at scope exit, also when a check below fails and returns:
        // the other tests need the real worker.
        const bool hadWorker = qEnvironmentVariableIsSet("CONLAB_WORKER");
        const QByteArray realWorker = qgetenv("CONLAB_WORKER");
        const auto restoreWorker = qScopeGuard([&] {
            if (hadWorker)
                qputenv("CONLAB_WORKER", realWorker);
            else
                qunsetenv("CONLAB_WORKER");
        });
        qputenv("CONLAB_WORKER", fake.toLocal8Bit());
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        page.applySettings(nativeSettings(2));
        page.numbersInput()->setText(QStringLiteral("2 3 5 7 11 13"));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(QStringLiteral("failed")), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("unchecked"), Qt::CaseInsensitive), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("13")), qPrintable(banner));
        QVERIFY(page.canRun()); // the page recovers
    }

    void invalidInputDisablesRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::addRow("letters") << QStringLiteral("2, 3, 12a4") << QStringLiteral("12a4");
        QTest::addRow("sign") << QStringLiteral("7 -5") << QStringLiteral("-5");
        QTest::addRow("too big") << QStringLiteral("18446744073709551616") << QStringLiteral("18446744073709551616");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("garbage") << QString(50'000, u'\u263A') << QStringLiteral("line 1, column 1");
        QTest::addRow("field limit") << QStringLiteral("1 ").repeated(NumbersInput::kMaxFieldChars / 2) << QString();
    }
    void invalidInputDisablesRun()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        PrimesPage page(PrimesPage::Variant::Sequential);
        QVERIFY(page.canRun());
        QSignalSpy canRun(&page, &ExperimentPage::canRunChanged);
        page.numbersInput()->setText(text);
        QVERIFY(!page.canRun());
        QCOMPARE(canRun.count(), 1);
        QCOMPARE(canRun.at(0).at(0).toBool(), false);
        const QString error = page.numbersInput()->errorText();
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(token), qPrintable(error));
        page.run(); // refused, quietly
        QVERIFY(!page.isRunning());
        page.numbersInput()->useSample();
        QVERIFY(page.canRun());
    }

    void numbersFromFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        for (int k = 0; k < 1000; ++k)
            file.write(QByteArray::number(k) + '\n');
        file.write("12 x3\n");
        file.close();
        NumbersInput input;
        QSignalSpy valid(&input, &NumbersInput::validityChanged);
        input.loadFile(file.fileName());
        QTRY_VERIFY(!input.errorText().isEmpty());
        QVERIFY(!input.isValid());
        QVERIFY2(input.errorText().contains(QStringLiteral("line 1001")), qPrintable(input.errorText()));
    }

    void stopEndsTheRunAndSaysSo()
    {
        PrimesPage page(PrimesPage::Variant::Threads);
        RunSettings s = nativeSettings(2);
        s.pace = Pace::book();
        page.applySettings(s);
        page.run();
        QVERIFY(page.isRunning());
        page.stop();
        // Wide: CI measured 10.9 s here once, with two test programs and a
        // compiler on two cores. A stop that never ends still fails.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60'000);
        QVERIFY2(page.bannerText().contains(QStringLiteral("Stopped")), qPrintable(page.bannerText()));
        // A new run starts clean.
        page.numbersInput()->setText(QStringLiteral("4 6 9"));
        page.applySettings(nativeSettings(2));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QCOMPARE(page.resultsModel()->rowCount(), 3);
    }

    // The exports get the run on screen without a copy of its rows, write
    // it off the GUI thread, and a new run does not change what they write.
    void exportsWriteTheRunOnScreen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primes.csv"));
        PrimesPage page(PrimesPage::Variant::Sequential);
        page.applySettings(nativeSettings(1));
        page.numbersInput()->setText(QStringLiteral("2 3 4 5"));
        QCOMPARE(page.exports()->exportCsv(path), nullptr); // no run to export yet
        QVERIFY(!page.exports()->saveRecordingAction()->isEnabled());
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QVERIFY(page.exports()->saveRecordingAction()->isEnabled());
        QCOMPARE(page.exports()->run()->results->data(), page.resultsModel()->results().data());

        FileJob *job = page.exports()->exportCsv(path);
        QVERIFY(job);
        QSignalSpy written(job, &FileJob::finished);
        page.numbersInput()->setText(QStringLiteral("7 11"));
        page.run();
        QVERIFY(!page.exports()->saveRecordingAction()->isEnabled());
        QVERIFY(written.wait(30'000));
        QCOMPARE(written.at(0).at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 5); // the header and the first run's 4 numbers
        QVERIFY2(lines.at(4).startsWith("5,"), lines.at(4).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QCOMPARE(page.resultsModel()->rowCount(), 2);
    }

    void recordingReplaysAsIfItJustRan()
    {
        PrimesPage page(PrimesPage::Variant::Threads);
        page.applySettings(nativeSettings(2));
        page.numbersInput()->setText(QStringLiteral("2 3 5 7 9 11"));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QString error;
        const auto loaded = RunRecording::fromJson(page.recording().toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));

        PrimesPage replay(PrimesPage::Variant::Threads);
        QVERIFY2(replay.showRecording(*loaded, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!replay.isReplaying(), 30'000);
        QCOMPARE(replay.resultsModel()->rowCount(), 6);
        QCOMPARE(replay.totalsText(), page.totalsText());
    }

    // Opening a recording plays it: an empty page at first, under a banner
    // that says what it is, then the results at their recorded times, and
    // the run's outcome at the end.
    void recordingOpensEmptyAndReplaysToTheEnd()
    {
        const RunRecording rec = racyRecording(1'800'000'000); // results from 0.1 s to 1.8 s
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        QString error;
        QVERIFY2(page.showRecording(rec, &error, QStringLiteral("/tmp/racy.clrec.json")), qPrintable(error));
        QVERIFY(page.isReplaying());
        QCOMPARE(page.resultsModel()->rowCount(), 0);
        QVERIFY(page.bannerText().isEmpty()); // the outcome comes at the end
        QVERIFY2(page.replayBannerText().startsWith(QStringLiteral("Replay of a recording from ")),
                 qPrintable(page.replayBannerText()));
        QVERIFY2(page.replayBannerText().contains(QStringLiteral("racy.clrec.json")),
                 qPrintable(page.replayBannerText()));
        // Partway the table holds some results and not all (wide window).
        QTRY_VERIFY_WITH_TIMEOUT(page.resultsModel()->rowCount() > 0, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isReplaying(), 30'000);
        QCOMPARE(page.resultsModel()->rowCount(), static_cast<int>(rec.results.size()));
        QVERIFY2(page.bannerText().contains(QStringLiteral("Lost results (2)")), qPrintable(page.bannerText()));
        QVERIFY2(page.totalsText().contains(QStringLiteral("18 of 20 numbers checked")), qPrintable(page.totalsText()));
        // The banner still says it is a recording; Run replaces it.
        QVERIFY(!page.replayBannerText().isEmpty());
    }

    // A long recording is not sat through: it plays faster, and Skip shows
    // the end at once.
    void longRecordingSpeedsUpAndSkips()
    {
        const RunRecording rec = racyRecording(600'000'000'000); // ten minutes
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        QString error;
        QVERIFY2(page.showRecording(rec, &error), qPrintable(error));
        QVERIFY2(page.replayBannerText().contains(QStringLiteral("30.0× faster")), qPrintable(page.replayBannerText()));
        QVERIFY(page.resultsModel()->rowCount() < static_cast<int>(rec.results.size()));
        page.skipReplay();
        QVERIFY(!page.isReplaying());
        QCOMPARE(page.resultsModel()->rowCount(), static_cast<int>(rec.results.size()));
        QVERIFY(page.bannerText().contains(QStringLiteral("Lost results")));
    }

    // The exported live view of a racy run is what the room saw: the lost
    // results banner, and the queue's axis up to the job count (20), even
    // though two of the jobs never reported.
    void racyExportHasBannerAndFullQueueAxis()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        page.resize(1280, 720);
        page.show();
        QString error;
        QVERIFY2(page.showRecording(racyRecording(100'000'000), &error), qPrintable(error));
        page.skipReplay();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.svg"));
        QVERIFY(ViewExporter::saveSvg(page.liveView(), path, page.title()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        // Wrapped onto lines by the label, so look for its words.
        QVERIFY2(svg.contains(QStringLiteral("Lost results (2)")), "no lost-results banner in the export");
        QVERIFY2(svg.contains(QStringLiteral("1000039")), "the banner does not name the lost numbers");
        // The queue axis' top label: the job count, not the 18 that reported.
        const QRegularExpression label(QStringLiteral(">\\s*(\\d+)\\s*</text>"));
        QStringList numbers;
        for (auto it = label.globalMatch(svg); it.hasNext();)
            numbers << it.next().captured(1);
        QVERIFY2(numbers.contains(QStringLiteral("20")), qPrintable(numbers.join(u' ')));
        QVERIFY2(!numbers.contains(QStringLiteral("18")), qPrintable(numbers.join(u' ')));
    }

    // The speedup compares a run with the latest sequential run of the same
    // numbers at the same pace, and with nothing else.
    void speedupOnlyAgainstTheSamePace()
    {
        // Numbers of this test only: the baseline is shared by every page.
        const QString numbers = QStringLiteral("1009 1013 1019 1021 1031 1033 1039");
        RunSettings cpython = nativeSettings(2);
        cpython.pace = Pace::cpython();
        PrimesPage sequential(PrimesPage::Variant::Sequential);
        sequential.applySettings(nativeSettings(1));
        sequential.numbersInput()->setText(numbers);
        sequential.run();
        QTRY_VERIFY_WITH_TIMEOUT(!sequential.isRunning(), 30'000);
        QVERIFY2(sequential.totalsText().contains(QStringLiteral("at native pace")),
                 qPrintable(sequential.totalsText()));

        // A cpython run finds no baseline: the native one is other work.
        PrimesPage pool(PrimesPage::Variant::ProcessPool);
        pool.applySettings(cpython);
        pool.numbersInput()->setText(numbers);
        pool.run();
        QTRY_VERIFY_WITH_TIMEOUT(!pool.isRunning(), 60'000);
        QString totals = pool.totalsText();
        QVERIFY2(!totals.contains(u'×'), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("at cpython pace")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("no sequential run at cpython pace")), qPrintable(totals));
        QVERIFY2(!totals.contains(QStringLiteral("native")), qPrintable(totals));

        // At native pace it compares, and says at which pace.
        pool.applySettings(nativeSettings(2));
        pool.run();
        QTRY_VERIFY_WITH_TIMEOUT(!pool.isRunning(), 60'000);
        totals = pool.totalsText();
        QVERIFY2(totals.contains(QStringLiteral("× against sequential at native pace, ")), qPrintable(totals));
        // The baseline is the sequential run above: under a minute ago, or a
        // few minutes on a loaded box under a sanitizer (Speedup::ago()).
        static const QRegularExpression recently(QStringLiteral("\\d+ (s|min) ago"));
        QVERIFY2(totals.contains(recently), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("at native pace")), qPrintable(totals));
        QVERIFY2(!totals.contains(QStringLiteral("cpython")), qPrintable(totals));

        // The toolbar moves on to cpython and a cpython sequential run comes
        // in: the native run on screen keeps its native baseline.
        pool.applySettings(cpython);
        sequential.applySettings(cpython);
        sequential.run();
        QTRY_VERIFY_WITH_TIMEOUT(!sequential.isRunning(), 30'000);
        QCOMPARE(pool.totalsText(), totals);
    }

    void totalsIgnoreABaselineAtAnotherPace()
    {
        PrimesConfig c;
        c.model = PrimesModel::Processes;
        c.pace = Pace::cpython();
        c.numbers = {2, 3};
        RunSummary s;
        s.numbers = s.checked = 2;
        s.wall = 1.0;
        const QDateTime now(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        const auto baselineAt = [&now](Pace pace, double seconds) {
            return SpeedupBaseline{PrimesModel::Sequential, 1, pace, seconds, now.addSecs(-120)};
        };
        const QString other = PrimesOutcome::totalsText(c, 2, &s, 0, baselineAt(Pace::native(), 2.0), 4, now);
        QVERIFY2(!other.contains(u'×'), qPrintable(other));
        QVERIFY2(other.contains(QStringLiteral("no sequential run at cpython pace")), qPrintable(other));
        const QString same = PrimesOutcome::totalsText(c, 2, &s, 0, baselineAt(Pace::cpython(), 2.0), 4, now);
        QVERIFY2(same.contains(QStringLiteral("at cpython pace")), qPrintable(same));
        QVERIFY2(same.contains(QStringLiteral("2.00× against sequential at cpython pace, 2 min ago (2.00 s")),
                 qPrintable(same));
        QVERIFY2(!same.contains(QStringLiteral("under load")), qPrintable(same));
        // What we saw: 2.35× on 2 cores is flagged on the page's line.
        const QString beyond = PrimesOutcome::totalsText(c, 2, &s, 0, baselineAt(Pace::cpython(), 2.35), 2, now);
        QVERIFY2(beyond.contains(QStringLiteral("2.35×")), qPrintable(beyond));
        QVERIFY2(beyond.contains(QStringLiteral("more than 2 cores can give: the baseline ran under load")),
                 qPrintable(beyond));

        // The baseline's own key: pace and numbers, a multiplier in full.
        SequentialBaseline &baseline = SequentialBaseline::instance();
        const QByteArray fp = SequentialBaseline::fingerprint({4'000'037, 4'000'039});
        baseline.record(SpeedupBaseline{PrimesModel::Sequential, 1, Pace{Pace::Kind::Multiplier, 2.0}, 3.0, {}}, fp);
        QVERIFY(baseline.lookup(Pace{Pace::Kind::Multiplier, 2.0}, fp));
        QCOMPARE(baseline.lookup(Pace{Pace::Kind::Multiplier, 2.0}, fp)->seconds, 3.0);
        QVERIFY(!baseline.lookup(Pace{Pace::Kind::Multiplier, 2.0000001}, fp));
        QVERIFY(!baseline.lookup(Pace::native(), fp));
        QVERIFY(!baseline.lookup(Pace{Pace::Kind::Multiplier, 2.0}, SequentialBaseline::fingerprint({4'000'037})));
    }

    // With CONLAB_SCREENSHOT_DIR set, renders each variant after a run, at
    // projector size and at the size the main window leaves a page, to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CONLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CONLAB_SCREENSHOT_DIR to render the pages");
        struct Shot
        {
            PrimesPage::Variant variant;
            PrimesModel model;
            bool racy;
            int workers;
            const char *name;
        };
        const Shot shots[] = {
            {PrimesPage::Variant::Sequential, PrimesModel::Sequential, false, 1, "sequential"},
            {PrimesPage::Variant::ProcessPool, PrimesModel::Processes, true, 2, "processes-racy"},
            {PrimesPage::Variant::ProcessPool, PrimesModel::Processes, false, 4, "processes"},
            {PrimesPage::Variant::Threads, PrimesModel::Threads, false, 3, "threads-gil"},
        };
        {
            // A million results, replayed from a recording: the dense case.
            RunRecording rec;
            rec.primes.model = PrimesModel::Pool;
            rec.primes.workers = 4;
            std::int64_t t[5] = {0, 0, 0, 0, 0};
            for (std::uint64_t k = 0; k < 1'000'000; ++k) {
                const int w = 1 + static_cast<int>(k % 4);
                const std::int64_t d = 2'000 + static_cast<std::int64_t>((k * 7919) % 40'000);
                const bool prime = (k * 2654435761u) % 5 == 0;
                rec.primes.numbers.push_back(k);
                rec.results.push_back({k, prime, static_cast<double>(d) / 1e9, w, t[w], t[w] + d});
                t[w] += d + 1'000;
            }
            for (int h = 0; h < 20'000; ++h)
                rec.gilHolds.push_back({h % 4, h * 1'000'000LL, h * 1'000'000LL + 900'000});
            RunSummary summary;
            summary.numbers = summary.checked = 1'000'000;
            summary.wall = static_cast<double>(t[1]) / 1e9;
            rec.summary = summary;
            PrimesPage page(PrimesPage::Variant::Threads);
            page.resize(1920, 1080);
            page.show();
            QString error;
            QVERIFY2(page.showRecording(rec, &error), qPrintable(error));
            QTest::qWait(2000); // partway: the replay banner and some results
            QVERIFY(page.grab().save(dir + QStringLiteral("/primes-million-replay-partway-1920.png")));
            page.skipReplay();
            QTest::qWait(500); // the timeline draws a million bars over a few frames
            QVERIFY(page.grab().save(dir + QStringLiteral("/primes-million-replay-1920.png")));
        }
        for (const Shot &shot : shots) {
            PrimesPage page(shot.variant);
            RunSettings s;
            s.pace = Pace{Pace::Kind::Multiplier, 3.0};
            s.workers = shot.workers;
            page.applySettings(s);
            page.setModel(shot.model);
            page.setRacy(shot.racy);
            page.resize(1920, 1080);
            page.show();
            page.run();
            QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120'000);
            // Also the width a 1024x768 and a 1280x720 window leave a page.
            for (const QSize size : {QSize(1920, 1080), QSize(1100, 860), QSize(820, 690), QSize(1075, 640)}) {
                page.resize(size);
                QCoreApplication::processEvents();
                const QString path =
                    QStringLiteral("%1/primes-%2-%3.png").arg(dir, QLatin1String(shot.name)).arg(size.width());
                QVERIFY(page.grab().save(path));
            }
            // Zoomed to 150% in the width the window leaves a page at 1080p
            // (the experiment list takes the rest): the code must still fit.
            QFont zoomed = page.font();
            zoomed.setPointSizeF(std::max(11.0, zoomed.pointSizeF()) * 1.5);
            page.setFont(zoomed);
            page.resize(1640, 1000);
            QTest::qWait(100);
            QVERIFY(page.grab().save(QStringLiteral("%1/primes-%2-zoom150.png").arg(dir, QLatin1String(shot.name))));
        }
    }
};

QTEST_MAIN(TestPrimesPage)
#include "tst_primespage.moc"
