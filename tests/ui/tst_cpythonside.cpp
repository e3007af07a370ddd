// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// "Run in CPython too" on the primes and spinner pages, with the real
// python3 of this machine: both sides on screen with their ratios, the
// CPython side's own words when it cannot run, and the side kept in the
// recording and the exports.
#include "core/cpython/pythonlocator.h"
#include "core/record/runrecording.h"
#include "ui/engine/filejob.h"
#include "ui/models/resultstablemodel.h"
#include "ui/models/sidebysidemodel.h"
#include "ui/pages/primespage.h"
#include "ui/pages/spinnercpythonpanel.h"
#include "ui/pages/spinnerpage.h"
#include "ui/pages/spinnerpagespec.h"
#include "ui/primespage/primescpythonpanel.h"
#include "ui/primespage/primesexports.h"
#include "ui/primespage/primesliveview.h"
#include "ui/primespage/primesresultstable.h"
#include "ui/primespage/racerepeat.h"
#include "ui/settings/runsettings.h"
#include "ui/widgets/cpythonheading.h"
#include "ui/widgets/numbersinput.h"
#include "ui/widgets/timelineview.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTest>

using namespace conlab;

namespace {
constexpr int kTimeoutMs = 60'000;

bool waitForFile(FileJob *job)
{
    if (!job)
        return false;
    QSignalSpy done(job, &FileJob::finished);
    return done.wait(kTimeoutMs);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Two workers at native pace: the emulation ends at once, CPython does not.
void applyQuickEmulation(PrimesPage &page)
{
    RunSettings settings;
    settings.workers = 2;
    settings.pace = Pace::native();
    page.applySettings(settings);
}

// The threads page with the CPython run asked for, `numbers` checked.
// `interpreter` as Run > CPython Interpreter gives it; empty: python3 on PATH.
void runPrimes(PrimesPage &page, const QString &numbers, bool gil = true, const QString &interpreter = {})
{
    RunSettings settings;
    settings.workers = 2;
    settings.gil.enabled = gil;
    settings.interpreter = interpreter;
    page.applySettings(settings);
    page.numbersInput()->setText(numbers);
    page.cpythonToggle()->setChecked(true);
    QVERIFY(page.canRun());
    page.run();
    QVERIFY(page.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
}
} // namespace

class TestCPythonSide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("conlab-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cpythonside"));
    }

    void primesShowBothSidesRecordAndExport()
    {
        PrimesPage page(PrimesPage::Variant::Threads);
        runPrimes(page, QStringLiteral("2, 97, 1000003, 1000004"));
        PrimesCPythonPanel *panel = page.cpythonPanel();
        QVERIFY(!panel->isHidden());
        // Who ran it and what a student would type.
        QVERIFY2(panel->headingText().contains(QStringLiteral("CPython 3.")), qPrintable(panel->headingText()));
        QVERIFY2(panel->headingText().contains(QStringLiteral("-u primes_threads.py 2 2 97 1000003 1000004")),
                 qPrintable(panel->headingText()));
        QVERIFY2(panel->summaryText().contains(u'×'), qPrintable(panel->summaryText()));
        // Every number on both sides, each pair with its ratio.
        SideBySideModel *pairs = panel->pairs();
        QCOMPARE(pairs->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QVERIFY(pairs->pairs()[row].emulation.has_value());
            QVERIFY(pairs->pairs()[row].cpython.has_value());
            QVERIFY(pairs->data(pairs->index(row, SideBySideModel::Ratio)).toString().startsWith(u'×'));
        }
        QCOMPARE(panel->timeline()->objectName(), QStringLiteral("cpythonTimeline"));
        // The pairs hold the emulation's times: its own table makes way for
        // the two timelines (stopEndsTheCPythonRun sees it come back).
        PrimesResultsTable *emulationTable = page.findChild<PrimesResultsTable *>();
        QVERIFY(emulationTable && emulationTable->isHidden());
        QVERIFY(!page.findChild<PrimesLiveView *>()->timeline()->isHidden());

        // The recording keeps the CPython side and plays it back.
        const RunRecording rec = page.recording();
        QVERIFY(rec.cpython);
        QCOMPARE(rec.cpython->results.size(), std::size_t(4));
        QVERIFY(rec.cpython->finished());
        QTemporaryDir dir;
        const QString recPath = dir.filePath(QStringLiteral("run.clrec.json"));
        QVERIFY(waitForFile(page.exports()->saveRecording(recPath)));
        QVERIFY(readAll(recPath).contains("\"concurrency-lab.recording/2\""));
        QString error;
        const auto back = RunRecording::load(recPath, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->cpython);
        QCOMPARE(back->cpython->commandLine, rec.cpython->commandLine);
        PrimesPage replay(PrimesPage::Variant::Threads);
        QVERIFY2(replay.showRecording(*back, &error), qPrintable(error));
        replay.skipReplay();
        QTRY_VERIFY_WITH_TIMEOUT(!replay.cpythonPanel()->isHidden(), kTimeoutMs);
        QCOMPARE(replay.cpythonPanel()->pairs()->rowCount(), 4);
        QCOMPARE(replay.cpythonPanel()->summaryText(), panel->summaryText());

        // The exports carry the CPython rows, marked.
        const QString csvPath = dir.filePath(QStringLiteral("primes.csv"));
        QVERIFY(waitForFile(page.exports()->exportCsv(csvPath)));
        const QList<QByteArray> lines = readAll(csvPath).trimmed().split('\n');
        QVERIFY2(lines.value(0).startsWith("engine,n,prime"), lines.value(0).constData());
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const QByteArray &l) { return l.startsWith("cpython,"); }),
                 4);
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const QByteArray &l) { return l.startsWith("emulation,"); }),
                 4);
        const QString jsonPath = dir.filePath(QStringLiteral("primes.json"));
        QVERIFY(waitForFile(page.exports()->exportJson(jsonPath)));
        const QJsonObject py = QJsonDocument::fromJson(readAll(jsonPath)).object().value(u"cpython").toObject();
        QCOMPARE(py.value(u"commandLine").toString(), rec.cpython->commandLine);
        QCOMPARE(py.value(u"comparison").toObject().value(u"numbers").toArray().size(), 4);
        const QString tracePath = dir.filePath(QStringLiteral("trace.json"));
        QVERIFY(waitForFile(page.exports()->exportTrace(tracePath)));
        QVERIFY(readAll(tracePath).contains("CPython: "));
    }

    void primesSayWhyCPythonCannotRun()
    {
        {
            PrimesPage page(PrimesPage::Variant::Threads);
            runPrimes(page, QStringLiteral("2, 3"), true, QStringLiteral("/nonexistent/python3"));
            // The emulated side is whole; the CPython side says what is wrong.
            QCOMPARE(page.resultsModel()->rowCount(), 2);
            QVERIFY2(page.cpythonPanel()->headingText().contains(QStringLiteral("/nonexistent/python3")),
                     qPrintable(page.cpythonPanel()->headingText()));
            QVERIFY2(page.cpythonPanel()->summaryText().contains(QStringLiteral("measured nothing")),
                     qPrintable(page.cpythonPanel()->summaryText()));
            QVERIFY(page.canRun());
        }
        // GIL off needs a free-threaded CPython, which this machine may lack.
        if (PythonLocator::findFreeThreaded().ok())
            return;
        PrimesPage page(PrimesPage::Variant::Threads);
        runPrimes(page, QStringLiteral("2, 3"), false);
        QVERIFY2(page.cpythonPanel()->headingText().contains(QStringLiteral("free-threaded")),
                 qPrintable(page.cpythonPanel()->headingText()));
    }

    // Stop during the CPython phase stops CPython, and says so.
    void stopEndsTheCPythonRun()
    {
        PrimesPage page(PrimesPage::Variant::Threads);
        applyQuickEmulation(page);
        page.numbersInput()->setText(QStringLiteral("9999999999999917, 9999999999999917, 9999999999999917"));
        page.cpythonToggle()->setChecked(true);
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(page.cpythonPanel()->headingText().contains(QStringLiteral("running")), kTimeoutMs);
        QVERIFY(page.isRunning());
        QCOMPARE(page.resultsModel()->rowCount(), 3); // the emulation has ended
        page.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
        QVERIFY2(page.cpythonPanel()->summaryText().contains(QStringLiteral("stopped")),
                 qPrintable(page.cpythonPanel()->summaryText()));
        QVERIFY(page.recording().cpython);
        QCOMPARE(page.recording().cpython->end, CPythonSide::End::Cancelled);
        // Without CPython's side the emulation's table is back.
        page.cpythonToggle()->setChecked(false);
        page.resetPage();
        QVERIFY(page.cpythonPanel()->isHidden());
        QVERIFY(!page.findChild<PrimesResultsTable *>()->isHidden());
    }

    // CPython's results reach its timeline as the listing prints them, not
    // only when it ends: the small numbers are drawn while the big one runs.
    void cpythonResultsArriveWhileItRuns()
    {
        PrimesPage page(PrimesPage::Variant::Threads);
        applyQuickEmulation(page);
        page.numbersInput()->setText(QStringLiteral("2, 3, 5, 7, 9999999999999917, 9999999999999917"));
        page.cpythonToggle()->setChecked(true);
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(page.cpythonPanel()->headingText().contains(QStringLiteral("running")), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(page.cpythonPanel()->results()->rowCount() >= 4, kTimeoutMs);
        QVERIFY2(page.isRunning(), "CPython's first results came only after it ended");
        QVERIFY(page.cpythonPanel()->results()->rowCount() < 6);
        // The pairs show the emulation's six at once, and CPython's as they
        // come (worked out again a few times a second).
        const auto cpythonTimes = [&page] {
            const std::vector<PrimesSideBySide::Pair> &p = page.cpythonPanel()->pairs()->pairs();
            return std::count_if(p.begin(), p.end(), [](const auto &pair) { return pair.cpython.has_value(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(cpythonTimes() >= 4, kTimeoutMs);
        QVERIFY(page.isRunning());
        const std::vector<PrimesSideBySide::Pair> pairs = page.cpythonPanel()->pairs()->pairs();
        QCOMPARE(pairs.size(), std::size_t(6));
        QVERIFY2(cpythonTimes() >= 4 && cpythonTimes() < 6, qPrintable(QString::number(cpythonTimes())));
        QVERIFY(std::all_of(pairs.begin(), pairs.end(), [](const auto &p) { return p.emulation.has_value(); }));
        page.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
    }

    // The heading is one line at any width: the version in full, the
    // command cut with "…" where the line ends; the whole of both in the
    // tooltip. Why nothing ran wraps, since it says what to do.
    void headingFitsOneLine()
    {
        CPythonSide side;
        side.end = CPythonSide::End::Finished;
        side.interpreter = QStringLiteral("CPython 3.11.2 (/usr/bin/python3)");
        QStringList args{QStringLiteral("python3 -u primes_procs_racy.py 2")};
        for (int n = 1'000'000; n < 1'000'400; ++n)
            args << QString::number(n);
        side.commandLine = args.join(u' ');
        CPythonHeading heading;
        heading.show(); // a hidden widget hears of its size only when shown
        heading.resize(400, heading.sizeHint().height());
        heading.showSide(side);
        const auto shown = [&] { return QTextDocumentFragment::fromHtml(heading.text()).toPlainText(); };
        QVERIFY2(shown().startsWith(QStringLiteral("CPython 3.11.2 ran python3 -u primes_")), qPrintable(shown()));
        QVERIFY2(shown().endsWith(u'…') && !shown().contains(QStringLiteral("1000399")), qPrintable(shown()));
        QVERIFY(!heading.wordWrap());
        QCOMPARE(heading.fullText(), QStringLiteral("CPython 3.11.2 (/usr/bin/python3) ran ") + side.commandLine);
        QCOMPARE(heading.toolTip(), heading.fullText());
        // Wider, more of the command shows; a short one shows whole.
        const qsizetype at400 = shown().size();
        heading.resize(1200, heading.height());
        QVERIFY2(shown().size() > at400 + 40, qPrintable(shown()));
        side.commandLine = QStringLiteral("python3 -u primes_sequential.py 7");
        heading.showSide(side);
        QCOMPARE(shown(), QStringLiteral("CPython 3.11.2 ran python3 -u primes_sequential.py 7"));

        CPythonSide none;
        none.end = CPythonSide::End::Failed;
        none.error = QStringLiteral("No python3 on PATH: install it with apt install python3");
        heading.showSide(none);
        QVERIFY(heading.wordWrap());
        QVERIFY2(heading.fullText().contains(none.error), qPrintable(heading.fullText()));
    }

    // Repeat with "Run in CPython too": after the emulated runs, CPython's
    // racy listing as many times, its tally beside the emulation's and in
    // the JSON export.
    void repeatTalliesCPythonToo()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        applyQuickEmulation(page);
        page.setModel(PrimesModel::Processes);
        page.setRacy(true);
        page.findChild<QPushButton *>(QStringLiteral("manySmallNumbers"))->click();
        page.cpythonToggle()->setChecked(true);
        bool cpythonDuringEmulation = false;
        connect(page.raceRepeat(), &RaceRepeat::runEmulated, &page,
                [&] { cpythonDuringEmulation |= page.raceRepeat()->cpython()->ran() > 0; });
        page.runRepeated(2);
        QVERIFY(page.isRunning());
        // Each CPython hang lasts its grace time: allow a few.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 4 * kTimeoutMs);
        QVERIFY(!cpythonDuringEmulation);
        QCOMPARE(page.raceRepeat()->emulation()->ran(), 2);
        const std::optional<RaceTally> &py = page.raceRepeat()->cpython();
        QVERIFY(py);
        QCOMPARE(py->ran(), 2);
        QVERIFY(!py->stopped());
        QCOMPARE(py->unjudged(), 0); // every CPython run ended complete, lost or hung
        QVERIFY(py->seeds(RaceOutcome::Lost).empty());
        const QString text = page.raceTallyText();
        QVERIFY2(text.contains(QStringLiteral("CPython, the same listing: 2 run")), qPrintable(text));
        QVERIFY(!page.cpythonPanel()->isHidden());
        // 400 numbers: the heading keeps the whole command, for a copy
        // (headingFitsOneLine checks what shows of it).
        const QString heading = page.cpythonPanel()->headingText();
        QVERIFY2(heading.contains(QStringLiteral("primes_procs_racy.py 2 1000000 ")), qPrintable(heading));
        QVERIFY2(heading.endsWith(QStringLiteral(" 1000399")), qPrintable(heading.right(80)));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primes.json"));
        QVERIFY(waitForFile(page.exports()->exportJson(path)));
        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        const QJsonObject tally = root.value(u"race_tally").toObject();
        QCOMPARE(tally.value(u"emulation").toObject().value(u"ran").toInt(), 2);
        QCOMPARE(tally.value(u"cpython").toObject().value(u"ran").toInt(), 2);
        QVERIFY(root.contains(u"cpython")); // the last CPython run, side by side

        // The recording keeps the series' tallies with its last run, and a
        // replay shows them again (and exports them again).
        const QString recPath = dir.filePath(QStringLiteral("series.clrec.json"));
        QVERIFY(waitForFile(page.exports()->saveRecording(recPath)));
        QString error;
        const auto back = RunRecording::load(recPath, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->raceTallies && back->raceTallies->cpython);
        PrimesPage replay(PrimesPage::Variant::ProcessPool);
        QVERIFY2(replay.showRecording(*back, &error), qPrintable(error));
        replay.skipReplay();
        QTRY_COMPARE_WITH_TIMEOUT(replay.raceTallyText(), text, kTimeoutMs);
        const QString again = dir.filePath(QStringLiteral("again.json"));
        QVERIFY(waitForFile(replay.exports()->exportJson(again)));
        QCOMPARE(QJsonDocument::fromJson(readAll(again)).object().value(u"race_tally").toObject(), tally);
    }

    void spinnerShowsBothSidesWithRatios()
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        RunSettings settings;
        settings.pace = Pace::native();
        page.applySettings(settings);
        page.setCurrentVariant(0);
        page.setSleepSeconds(3.0); // the listing's own sleep
        page.cpythonToggle()->setChecked(true);
        QSignalSpy finished(&page, &SpinnerPage::runFinished);
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const QString text = page.cpythonPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("spinner_thread.py")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Frames")) && text.contains(QStringLiteral("Verdict")), qPrintable(text));
        QVERIFY2(text.count(u'×') >= 3, qPrintable(text)); // frames, longest gap, elapsed
        const auto rec = page.recording();
        QVERIFY(rec && rec->cpython && rec->cpython->report);
        QVERIFY(!rec->cpython->report->frames.empty());
        const auto back = RunRecording::fromJson(rec->toJson(), nullptr);
        QVERIFY(back && back->cpython && back->cpython->report);
        QCOMPARE(back->cpython->report->frames.size(), rec->cpython->report->frames.size());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("frames.csv"));
        QVERIFY(waitForFile(page.exportTo(SpinnerPage::Export::Csv, csv, nullptr)));
        QVERIFY(readAll(csv).contains("\ncpython,"));
    }

    void spinnerSaysWhatTheListingCannotExpress()
    {
        SpinnerPage page(SpinnerPageSpec::helloWorld());
        RunSettings settings;
        settings.pace = Pace::native();
        page.applySettings(settings);
        page.setCurrentVariant(0);
        page.setSleepSeconds(1.0);
        page.cpythonToggle()->setChecked(true);
        QSignalSpy finished(&page, &SpinnerPage::runFinished);
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const QString text = page.cpythonPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("sleeps 3 s")), qPrintable(text));
        QVERIFY(page.framesDrawn() > 0); // the emulated side is whole
        QVERIFY(page.canRun());
    }
};

QTEST_MAIN(TestCPythonSide)
#include "tst_cpythonside.moc"
