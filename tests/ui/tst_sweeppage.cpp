// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The sweep page as a lecturer drives it: a tiny sweep run to its end, a
// sweep stopped and resumed, past sweeps listed, opened and compared, and a
// damaged results file shown with its problem instead of a crash. Results
// files go to Qt's test-mode data folder, never the user's.
#include "core/sweep/sweepfile.h"
#include "core/sweep/sweepstore.h"
#include "ui/engine/backgroundrun.h"
#include "ui/pages/sweeppage.h"
#include "ui/settings/settings.h"
#include "ui/sweep/sweepchart.h"
#include "ui/sweep/sweepchartbuilder.h"
#include "ui/sweep/sweephistory.h"
#include "ui/sweep/sweeptext.h"
#include "ui/widgets/numbersinput.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace conlab;

namespace {

// Marks every text of the sweep page: «like this». Enough to see which
// texts follow a language switch, without the real translations.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "conlab::SweepPage")
            return {};
        return u'«' + QString::fromUtf8(source) + u'»';
    }
    bool isEmpty() const override { return false; }
};
// Every text of the sweep page twice over, as long as a wordier language
// (pt_BR runs about half again as long as English).
class LongerTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "conlab::SweepPage")
            return {};
        const QString s = QString::fromUtf8(source);
        return s + u' ' + s;
    }
    bool isEmpty() const override { return false; }
};

RunSettings nativeSettings()
{
    RunSettings s;
    s.pace = Pace::native();
    return s;
}

void clearSweeps()
{
    QDir dir(SweepStore::directory());
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString &f : files)
        dir.remove(f);
}

// A finished sweep of one series, written as the runner would write it.
QString writeSweep(int cores, const QDateTime &created, int runsToWrite, double scale = 1.0)
{
    SweepData d;
    d.config.series = {SweepSeries{}};
    d.config.maxWorkers = 2;
    d.config.runs = 2;
    d.config.numbers = {2, 3, 1000003};
    d.machine = SweepMachine::current();
    d.machine.cores = cores;
    d.machine.created = created;
    const QString path = SweepStore::directory()
        + QStringLiteral("/sweep-test-%1.jsonl").arg(created.toSecsSinceEpoch());
    QString error;
    std::unique_ptr<SweepFile> file = SweepFile::create(path, d, &error);
    if (!file)
        return {};
    int written = 0;
    for (int r = 1; r <= 2; ++r) {
        for (int w = 1; w <= 2 && written < runsToWrite; ++w, ++written) {
            const SweepRun run{0, w, r, scale * (w == 1 ? 0.8 : 0.45), created};
            if (!file->append(run, d.config, &error))
                return {};
        }
    }
    return path;
}

bool hasCount(const QList<QPointF> &points, int workers)
{
    return std::any_of(points.begin(), points.end(),
                       [workers](const QPointF &p) { return qRound(p.x()) == workers && p.y() > 0.0; });
}
} // namespace

class TestSweepPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        clearSweeps();
    }
    void init() { clearSweeps(); }
    void cleanupTestCase()
    {
        BackgroundRun::stopAllAndWait(10'000);
        clearSweeps();
    }

    // The CPython series: refused before any file is made while the chosen
    // interpreter is missing, then run by the real python3 beside the
    // emulated series, and named after its version.
    void cpythonSeriesIsRefusedThenRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&store);
        const QString missing = dir.filePath(QStringLiteral("no-python3"));
        settings.setCpythonInterpreter(missing);
        SweepPage page;
        page.applySettings(nativeSettings());
        page.useSettings(&settings);
        const SweepSeries cpython{PrimesModel::Processes, {}, SweepSeries::Engine::CPython};
        page.setSeries({SweepSeries{}, cpython});
        page.setMaxWorkers(2);
        page.setRuns(1);
        page.numbersInput()->setText(QStringLiteral("7 11 1000003"));
        QVERIFY(page.canRun());
        QCOMPARE(page.currentConfig().cpython.interpreter, missing);

        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QVERIFY2(page.statusText().contains(missing), qPrintable(page.statusText()));
        QCOMPARE(QDir(SweepStore::directory()).entryList({QStringLiteral("*.jsonl")}, QDir::Files), QStringList());

        settings.setCpythonInterpreter(QString()); // python3 on PATH
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120'000);
        QVERIFY2(page.statusText().contains(QStringLiteral("finished")), qPrintable(page.statusText()));
        for (int series : {0, 1}) {
            const QList<QPointF> points = page.chart()->builder()->medianPoints(0, series);
            QCOMPARE(points.size(), 2);
            QVERIFY(hasCount(points, 1));
            QVERIFY(hasCount(points, 2));
        }
        QVERIFY2(page.chart()->builder()->bestText(0, 1).contains(QStringLiteral("procs.py in CPython 3.")),
                 qPrintable(page.chart()->builder()->bestText(0, 1)));
    }

    void tinySweepRunsToTheEnd()
    {
        SweepPage page;
        page.applySettings(nativeSettings());
        page.setSeries({SweepSeries{}});
        page.setMaxWorkers(2);
        page.setRuns(2);
        page.numbersInput()->setText(QStringLiteral("2 3 1000003"));
        QVERIFY(page.canRun());
        const SweepConfig cfg = page.currentConfig();
        QCOMPARE(cfg.totalRuns(), 4);
        QCOMPARE(cfg.numbers, (std::vector<std::uint64_t>{2, 3, 1000003}));
        // The estimate arrives from its thread.
        QTRY_VERIFY_WITH_TIMEOUT(page.estimateText().contains(QStringLiteral("4 runs")), 30'000);

        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        page.run();
        QVERIFY(page.isRunning());
        QVERIFY(!page.canRun());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120'000);
        QCOMPARE(running.count(), 2);

        const QList<QPointF> points = page.chart()->builder()->medianPoints(0, 0);
        QCOMPARE(points.size(), 2);
        QVERIFY(hasCount(points, 1));
        QVERIFY(hasCount(points, 2));
        QVERIFY2(page.progressText().startsWith(QStringLiteral("4 / 4")), qPrintable(page.progressText()));
        QVERIFY2(page.statusText().contains(QStringLiteral("finished")), qPrintable(page.statusText()));
        QVERIFY(page.chart()->builder()->bestText(0, 0).startsWith(QStringLiteral("lowest median")));
        // A language switch rewrites the finished sweep's status line and the
        // estimate, not only the labels.
        {
            MarkingTranslator marking;
            QVERIFY(QCoreApplication::installTranslator(&marking));
            QTRY_VERIFY2(page.statusText().startsWith(QStringLiteral("«Sweep finished: 4 runs")),
                         qPrintable(page.statusText()));
            QVERIFY2(page.estimateText().startsWith(QStringLiteral("«4 runs")), qPrintable(page.estimateText()));
            QCoreApplication::removeTranslator(&marking);
        }
        QTRY_VERIFY2(page.statusText().startsWith(QStringLiteral("Sweep finished")), qPrintable(page.statusText()));

        // The title says what was measured, for a slide without a caption.
        const QString title = page.chart()->chart()->title();
        QVERIFY2(title.startsWith(QStringLiteral("2 runs per count · 3 numbers · native pace · ")), qPrintable(title));
        QVERIFY2(title.contains(SweepText::cores(SweepMachine::current().cores)), qPrintable(title));
        QCOMPARE(page.liveView(), static_cast<QWidget *>(page.chart()));

        // The results file is in the (test-mode) data folder and holds every run.
        const QString path = page.shownPath();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(SweepStore::directory()).absoluteFilePath());
        const SweepLoad load = SweepFile::load(path);
        QVERIFY(load.data);
        QCOMPARE(load.data->runs.size(), std::size_t(4));
        QVERIFY(load.data->complete());
        QVERIFY(load.issues.empty());

        // The list gains it, selected, and nothing is offered for resuming.
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->listings().size(), 1, 10'000);
        QTRY_VERIFY(!page.history()->isScanning());
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->pickedPaths(), QStringList{path}, 10'000);
        QVERIFY(page.bannerText().isEmpty());
        QVERIFY(page.canRun());

        // Speedup mode: T(1)/T(1) is 1 at one worker.
        SweepChartOptions speedup;
        speedup.mode = SweepChartOptions::Mode::Speedup;
        page.setChartOptions(speedup);
        const QList<QPointF> sp = page.chart()->builder()->medianPoints(0, 0);
        QVERIFY(!sp.isEmpty());
        QCOMPARE(sp.front(), QPointF(1.0, 1.0));
    }

    void stopMidSweepThenResume()
    {
        SweepPage page;
        page.applySettings(nativeSettings());
        page.setSeries({SweepSeries{}});
        page.setMaxWorkers(3);
        page.setRuns(100); // 300 runs: far more than the test waits for
        page.numbersInput()->setText(QStringLiteral("2 3 1000003"));
        page.run();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!page.chart()->builder()->medianPoints(0, 0).isEmpty(), 60'000);
        page.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Stopped")), qPrintable(page.statusText()));
        const QString path = page.shownPath();
        const SweepLoad load = SweepFile::load(path);
        QVERIFY(load.data);
        const std::size_t done = load.data->runs.size();
        QVERIFY(done >= 1);
        QVERIFY(done < 300);

        // Stopped is unfinished: the page offers to carry on.
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().contains(QStringLiteral("unfinished")), 10'000);
        QVERIFY2(page.bannerText().contains(QStringLiteral("of 300 runs")), qPrintable(page.bannerText()));
        page.resumeUnfinished();
        QTRY_VERIFY_WITH_TIMEOUT(page.isRunning(), 10'000); // once the file is read
        QVERIFY(page.bannerText().isEmpty());
        QCOMPARE(page.shownPath(), path); // the same file, appended to
        QTRY_VERIFY_WITH_TIMEOUT(SweepFile::load(path).data->runs.size() > done, 60'000);
        page.pause();
        QVERIFY(page.isPaused());
        QVERIFY2(page.progressText().contains(QStringLiteral("paused")), qPrintable(page.progressText()));
        page.resume();
        QVERIFY(!page.isPaused());
        page.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        const SweepLoad again = SweepFile::load(path);
        QVERIFY(again.data);
        QVERIFY(again.issues.empty());
        QCOMPARE(again.data->config.runs, 100);

        // Discard hides the offer and keeps the file.
        QTRY_VERIFY_WITH_TIMEOUT(!page.bannerText().isEmpty(), 10'000);
        page.discardUnfinished();
        QVERIFY(page.bannerText().isEmpty());
        QVERIFY(QFileInfo::exists(path));
    }

    void stopWhilePausedEnds()
    {
        SweepPage page;
        page.applySettings(nativeSettings());
        page.setMaxWorkers(2);
        page.setRuns(50);
        page.numbersInput()->setText(QStringLiteral("2 3"));
        page.run();
        page.pause();
        page.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        QVERIFY(!page.isPaused());
    }

    // The results file is made off the GUI thread; when it cannot be made
    // (here the sweeps folder is a plain file, which no permission lets
    // anyone write into), the page says why and no sweep starts.
    void resultsFileThatCannotBeMadeStartsNothing()
    {
        const QString dir = SweepStore::directory();
        QVERIFY(QDir(dir).removeRecursively());
        {
            QFile blocker(dir);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const auto restore = qScopeGuard([dir] {
            QFile::remove(dir);
            SweepStore::directory();
        });
        SweepPage page;
        page.applySettings(nativeSettings());
        page.setMaxWorkers(2);
        page.setRuns(2);
        page.numbersInput()->setText(QStringLiteral("2 3 1000003"));
        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        page.run();
        QVERIFY(page.isRunning()); // Start is off while the file is made
        QVERIFY(!page.canRun());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
        const QString prefix = QStringLiteral("The sweep cannot start: ");
        QVERIFY2(page.statusText().startsWith(prefix), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QStringLiteral("could not create")), qPrintable(page.statusText()));
        QVERIFY(page.shownPath().isEmpty());
        QVERIFY(!page.chart()->builder()->primary().has_value());
        QVERIFY(page.liveView() != static_cast<QWidget *>(page.chart())); // still the book's figure
        QCOMPARE(running.size(), 2);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        QVERIFY(page.canRun());

        // With the folder back, the same Start makes the file and runs.
        QVERIFY(QFile::remove(dir));
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120'000);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Sweep finished")), qPrintable(page.statusText()));
        const SweepLoad load = SweepFile::load(page.shownPath());
        QVERIFY(load.data);
        QCOMPARE(load.data->runs.size(), std::size_t(4));
    }

    // A file that cannot be reopened for appending (another sweep holds it)
    // is reported, keeps every run it had, and is offered again; once it is
    // free, Resume appends the missing run to it.
    void resultsFileThatCannotBeReopenedLosesNothing()
    {
        const QString path = writeSweep(2, QDateTime::currentDateTimeUtc().addSecs(-120), 3);
        QVERIFY(!path.isEmpty());
        SweepPage page;
        page.applySettings(nativeSettings());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().contains(QStringLiteral("3 of 4 runs")), 10'000);
        QString error;
        std::unique_ptr<SweepFile> holder = SweepFile::openForAppend(path, &error);
        QVERIFY2(holder, qPrintable(error));
        page.resumeUnfinished();
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("cannot be resumed")), 30'000);
        QVERIFY2(page.statusText().contains(QStringLiteral("another sweep is writing it")),
                 qPrintable(page.statusText()));
        QVERIFY(!page.isRunning());
        QVERIFY(page.shownPath().isEmpty());
        QVERIFY2(page.bannerText().contains(QStringLiteral("3 of 4 runs")), qPrintable(page.bannerText()));
        const SweepLoad before = SweepFile::load(path);
        QVERIFY(before.data);
        QCOMPARE(before.data->runs.size(), std::size_t(3));

        holder.reset();
        page.resumeUnfinished();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownPath() == path, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120'000);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Sweep finished")), qPrintable(page.statusText()));
        const SweepLoad after = SweepFile::load(path);
        QVERIFY(after.data);
        QCOMPARE(after.data->runs.size(), std::size_t(4));
        QVERIFY(after.data->complete());
    }

    void damagedFileIsListedAndOpens()
    {
        const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const QString path = writeSweep(2, t, 3);
        QVERIFY(!path.isEmpty());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"this is\": not json at all\n");
        }
        // Not a sweep at all: never listed, and opening it says why.
        const QString junk = SweepStore::directory() + QStringLiteral("/junk.jsonl");
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x00\xff garbage\n\n{]", 14);
        }

        SweepPage page;
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.history()->listings().size() == 1 && !page.history()->isScanning(), 10'000);
        const SweepListing listed = page.history()->listings().front();
        QCOMPARE(listed.path, path);
        QVERIFY(listed.issues >= 1);
        QVERIFY2(page.history()->rowText(0).contains(QStringLiteral("skipped")),
                 qPrintable(page.history()->rowText(0)));
        // Three runs of four: unfinished, so offered for resuming.
        QVERIFY2(page.bannerText().contains(QStringLiteral("3 of 4 runs")), qPrintable(page.bannerText()));

        page.history()->pick({path});
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("skipped")), 10'000);
        QVERIFY2(page.statusText().contains(QStringLiteral("line")), qPrintable(page.statusText()));
        const QList<QPointF> points = page.chart()->builder()->medianPoints(0, 0);
        QVERIFY(hasCount(points, 1));
        QVERIFY(hasCount(points, 2));

        page.openSweeps({junk});
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("cannot be opened")), 10'000);
        QVERIFY(page.statusText().contains(QStringLiteral("junk.jsonl")));
        // What was on screen stays there.
        QCOMPARE(page.shownPath(), path);
    }

    void twoSweepsCompare()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString older = writeSweep(2, now.addDays(-2), 4, 2.0);
        const QString newer = writeSweep(4, now.addDays(-1), 4);
        QVERIFY(!older.isEmpty() && !newer.isEmpty());
        SweepPage page;
        page.history()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.history()->listings().size() == 2 && !page.history()->isScanning(), 10'000);
        QCOMPARE(page.history()->listings().front().path, newer); // newest first
        page.history()->pick({newer, older});
        QTRY_VERIFY_WITH_TIMEOUT(page.chart()->builder()->compare().has_value(), 10'000);
        SweepChartBuilder *b = page.chart()->builder();
        QCOMPARE(b->medianPoints(0, 0).size(), 2);
        QCOMPARE(b->medianPoints(1, 0).size(), 2);
        // The older sweep is twice as slow, and each best note names its sweep.
        QVERIFY(b->medianPoints(1, 0).front().y() > b->medianPoints(0, 0).front().y() * 1.5);
        QVERIFY2(b->bestText(1, 0).startsWith(QStringLiteral("processes · ")), qPrintable(b->bestText(1, 0)));
        // Cores come from the sweep on screen.
        QCOMPARE(b->coreText(), QString()); // 4 cores lie past 2 workers: no marker
        page.history()->pick({older});
        QTRY_VERIFY_WITH_TIMEOUT(!page.chart()->builder()->compare().has_value(), 10'000);
        QCOMPARE(b->coreText(), QStringLiteral("2 cores"));
    }

    void noSeriesMeansNoRun()
    {
        SweepPage page;
        QVERIFY(page.canRun());
        QSignalSpy canRun(&page, &ExperimentPage::canRunChanged);
        page.setSeries({});
        QVERIFY(!page.canRun());
        QCOMPARE(canRun.count(), 1);
        page.run();
        QVERIFY(!page.isRunning());
        page.setSeries({SweepSeries{PrimesModel::Threads, GilConfig{false}}});
        QVERIFY(page.canRun());
        QCOMPARE(page.currentConfig().series.size(), std::size_t(1));
        QVERIFY(!page.currentConfig().series.front().gil.enabled);
    }

    // After a switch to a longer language, at a projector's width, every
    // combo box is wide enough for its longest text and lies on the page:
    // its row wraps rather than cutting it off.
    void combosFitTheirTextsAfterALanguageSwitch()
    {
        SweepPage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QComboBox *first = page.findChildren<QComboBox *>().first();
        const QString english = first->currentText();
        LongerTranslator longer;
        QCoreApplication::installTranslator(&longer);
        // English items may hold spaces already: wait for the text only the
        // longer language has.
        QTRY_COMPARE_WITH_TIMEOUT(first->currentText(), english + u' ' + english, 10'000);
        const QList<QComboBox *> combos = page.findChildren<QComboBox *>();
        QVERIFY(combos.size() >= 2);
        // The relayout after the switch is queued: wait for it to settle.
        const auto combosFit = [&](QString *why) {
            for (QComboBox *box : combos) {
                if (!box->isVisibleTo(&page))
                    continue;
                int longest = 0;
                for (int i = 0; i < box->count(); ++i)
                    longest = std::max(longest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
                // The text plus room for the arrow (about a line's height).
                if (box->width() < longest + box->fontMetrics().height()) {
                    *why = QStringLiteral("%1: %2 px for a %3 px text")
                               .arg(box->currentText())
                               .arg(box->width())
                               .arg(longest);
                    return false;
                }
                const QRect onPage(box->mapTo(&page, QPoint(0, 0)), box->size());
                if (!page.rect().contains(onPage)) {
                    *why = QStringLiteral("%1: off the page").arg(box->currentText());
                    return false;
                }
            }
            return true;
        };
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(combosFit(&why), qPrintable(why), 10'000);
        QCoreApplication::removeTranslator(&longer);
    }

    // With CONLAB_SCREENSHOT_DIR set, renders the page at the width a
    // 1024x768 and a 1280x720 window leave it, in English and (with
    // CONLAB_QM_DIR pointing at the built .qm files) in pt_BR, to look at:
    // with the resume offer, during and after a short sweep, and with two
    // sweeps compared.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CONLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set CONLAB_SCREENSHOT_DIR to render the page");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString older = writeSweep(2, now.addSecs(-3 * 3600), 4, 2.0);
        const QString newer = writeSweep(2, now.addSecs(-600), 4);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
            QTranslator translator;
            if (lang != u"en") {
                if (!translator.load(qEnvironmentVariable("CONLAB_QM_DIR") + QStringLiteral("/concurrency-lab_")
                                     + lang))
                    continue;
                QCoreApplication::installTranslator(&translator);
            }
            const QList<QSize> sizes = {QSize(820, 690), QSize(1075, 640)};
            const auto shoot = [&](QWidget &page, const QString &what) {
                for (const QSize size : sizes) {
                    page.resize(size);
                    QTest::qWait(300);
                    QVERIFY(page.grab().save(
                        QStringLiteral("%1/sweep-%2-%3-%4.png").arg(dir, what, lang).arg(size.width())));
                }
            };
            {
                // Before a run (with the offer to resume the unfinished one),
                // during a short sweep and after it.
                const QString unfinished = writeSweep(2, now.addSecs(-60), 3);
                SweepPage page;
                page.applySettings(nativeSettings());
                page.setMaxWorkers(2);
                page.setRuns(2);
                page.numbersInput()->setText(QStringLiteral("2 3 1000003"));
                page.show();
                QTRY_VERIFY_WITH_TIMEOUT(!page.bannerText().isEmpty(), 10'000);
                shoot(page, QStringLiteral("banner"));
                page.discardUnfinished();
                QFile::remove(unfinished);
                page.setMaxWorkers(3);
                page.setRuns(40);
                page.run();
                QTRY_VERIFY_WITH_TIMEOUT(!page.chart()->builder()->medianPoints(0, 0).isEmpty(), 60'000);
                shoot(page, QStringLiteral("running"));
                page.stop();
                QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 30'000);
                shoot(page, QStringLiteral("stopped"));
                QFile::remove(page.shownPath());
            }
            SweepPage page;
            SweepChartOptions options;
            options.ideal = true;
            options.mode = SweepChartOptions::Mode::Speedup;
            page.setChartOptions(options);
            page.show();
            page.history()->refresh();
            QTRY_VERIFY_WITH_TIMEOUT(page.history()->listings().size() == 2 && !page.history()->isScanning(), 10'000);
            page.history()->pick({newer, older});
            QTRY_VERIFY_WITH_TIMEOUT(page.chart()->builder()->compare().has_value(), 10'000);
            shoot(page, QStringLiteral("compared"));
            QCoreApplication::removeTranslator(&translator);
        }
    }

    // A restart: the page and its settings made again from the same file
    // show the lecturer's series, workers and repeats, not the defaults.
    void settingsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("conlab.ini"));
        const std::vector<SweepSeries> chosen = {SweepSeries{PrimesModel::Threads, GilConfig{false}},
                                                 SweepSeries{PrimesModel::Pool, GilConfig{true}}};
        {
            QSettings store(ini, QSettings::IniFormat);
            Settings settings(&store);
            SweepPage page;
            page.useSettings(&settings);
            QCOMPARE(page.currentConfig(false).maxWorkers, 20); // the defaults, before any choice
            QCOMPARE(page.currentConfig(false).runs, 12);
            page.setSeries(chosen);
            page.setMaxWorkers(7);
            page.setRuns(3);
            settings.sync();
        }
        QSettings store(ini, QSettings::IniFormat);
        Settings settings(&store);
        SweepPage page;
        page.useSettings(&settings);
        const SweepConfig c = page.currentConfig(false);
        QCOMPARE(c.maxWorkers, 7);
        QCOMPARE(c.runs, 3);
        QCOMPARE(c.series.size(), std::size_t(2));
        QCOMPARE(c.series[0].model, PrimesModel::Threads);
        QVERIFY(!c.series[0].gil.enabled);
        QCOMPARE(c.series[1].model, PrimesModel::Pool);

        // No series at all is a choice too, and it is kept.
        page.setSeries({});
        settings.sync();
        QSettings again(ini, QSettings::IniFormat);
        Settings reread(&again);
        SweepPage third;
        third.useSettings(&reread);
        QVERIFY(third.currentConfig(false).series.empty());
    }
};

QTEST_MAIN(TestSweepPage)
#include "tst_sweeppage.moc"
