// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The process-pool page's racy run, repeated and tallied (Repeat beside the
// race box), and a hung run shown as a hang while it hangs. Seeds are found
// here with RaceReport::play, never written in: the race model's odds may
// be refitted, and the tests must follow it.
#include "core/numbers/sample.h"
#include "core/primes/racereport.h"
#include "core/record/runrecording.h"
#include "ui/engine/filejob.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primespage.h"
#include "ui/primespage/primesexports.h"
#include "ui/primespage/racerepeat.h"
#include "ui/widgets/numbersinput.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>
#include <numeric>
#include <optional>

using namespace conlab;

namespace {

constexpr int kWorkers = 2;
constexpr int kTimeoutMs = 120'000;

std::vector<std::uint64_t> smallSample()
{
    std::vector<std::uint64_t> v(kSmallSampleCount);
    std::iota(v.begin(), v.end(), kSmallSampleFirst);
    return v;
}

// As the page plays the race: its workers on this machine's cores.
RaceVerdict play(std::uint64_t seed, const std::vector<std::uint64_t> &numbers = smallSample(), int workers = kWorkers)
{
    return RaceReport::play(numbers, {workers, QThread::idealThreadCount(), seed});
}

// A run that hangs: the sample, workers and seed. The odds of a hang depend
// on the sample and the workers (and on the model's fit), so each is tried.
struct HungRun
{
    std::vector<std::uint64_t> numbers;
    int workers = 0;
    std::uint64_t seed = 0;
};

std::optional<HungRun> findHungRun()
{
    const std::vector<std::uint64_t> book(kBookSample.begin(), kBookSample.end());
    for (const auto &numbers : {smallSample(), book})
        for (int workers : {kWorkers, 2 * kWorkers})
            for (std::uint64_t seed = 1; seed <= 2000; ++seed)
                if (play(seed, numbers, workers).outcome == RaceOutcome::Hung)
                    return HungRun{numbers, workers, seed};
    return std::nullopt;
}

// The first seed from which `count` seeds in a row all pass `wanted`.
std::uint64_t seedsWhere(int count, const std::function<bool(const RaceVerdict &)> &wanted)
{
    for (std::uint64_t first = 1; first < 100'000; ++first) {
        int k = 0;
        while (k < count && wanted(play(first + static_cast<std::uint64_t>(k))))
            ++k;
        if (k == count)
            return first;
    }
    return 0;
}

// The pool page, racy, with the "Many small numbers" sample.
void setUpRacy(PrimesPage &page, int workers = kWorkers)
{
    RunSettings s;
    s.pace = Pace::native();
    s.workers = workers;
    page.applySettings(s);
    page.setModel(PrimesModel::Processes);
    page.setRacy(true);
    auto *small = page.findChild<QPushButton *>(QStringLiteral("manySmallNumbers"));
    QVERIFY(small);
    small->click();
    QCOMPARE(page.currentConfig().numbers, smallSample());
}

void setNumbers(PrimesPage &page, const std::vector<std::uint64_t> &numbers)
{
    QStringList list;
    for (std::uint64_t n : numbers)
        list << QString::number(n);
    page.numbersInput()->setText(list.join(u' '));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRaceRepeat : public QObject
{
    Q_OBJECT
private slots:
    void repeatIsForTheRacyLoopOnly()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        setUpRacy(page);
        auto *repeat = page.findChild<QPushButton *>(QStringLiteral("repeatRacyRun"));
        QVERIFY(repeat);
        QVERIFY(repeat->isEnabled());
        page.setRacy(false);
        QVERIFY(!repeat->isEnabled());
        page.runRepeated(3); // refused as the button is
        QVERIFY(!page.isRunning());
        QVERIFY(!page.raceRepeat()->emulation());
    }

    // Three runs, each a run of the page, tallied as the model decided them;
    // nothing else can start until the last has ended.
    void repeatOfThreeTalliesThree()
    {
        // No hang among them: each would add its grace time to the test.
        const std::uint64_t first = seedsWhere(3, [](const RaceVerdict &v) { return v.outcome != RaceOutcome::Hung; });
        QVERIFY(first != 0);
        std::map<RaceOutcome, int> expected;
        std::size_t least = SIZE_MAX, most = 0;
        for (std::uint64_t s = first; s < first + 3; ++s) {
            const RaceVerdict v = play(s);
            ++expected[v.outcome];
            if (v.outcome == RaceOutcome::Lost) {
                least = std::min(least, v.lost.size());
                most = std::max(most, v.lost.size());
            }
        }

        PrimesPage page(PrimesPage::Variant::ProcessPool);
        setUpRacy(page);
        page.setRaceSeed(first);
        auto *count = page.findChild<QSpinBox *>(QStringLiteral("repeatCount"));
        QVERIFY(count);
        count->setValue(3);
        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        std::vector<std::uint64_t> seeds;
        connect(page.raceRepeat(), &RaceRepeat::runEmulated, &page,
                [&seeds](const PrimesConfig &c) { seeds.push_back(c.raceSeed); });
        page.findChild<QPushButton *>(QStringLiteral("repeatRacyRun"))->click();
        QVERIFY(page.isRunning());
        QVERIFY(!page.canRun());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("repeatRacyRun"))->isEnabled());
        QVERIFY(!page.cpythonToggle()->isEnabled());
        RunRecording other;
        other.kind = RunRecording::Kind::Primes;
        QString error;
        QVERIFY(!page.showRecording(other, &error, {}));
        QVERIFY2(error.contains(QStringLiteral("stop the run")), qPrintable(error));
        // After the first run, before the next: still running, between runs.
        QTRY_VERIFY_WITH_TIMEOUT(page.raceRepeat()->emulation()->ran() >= 1, kTimeoutMs);
        QVERIFY(page.isRunning());
        QVERIFY(!page.canRun());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);

        // One start and one end for the series, not one per run.
        QCOMPARE(running.count(), 2);
        QCOMPARE(seeds, (std::vector<std::uint64_t>{first, first + 1, first + 2}));
        const RaceTally &tally = *page.raceRepeat()->emulation();
        QCOMPARE(tally.ran(), 3);
        QVERIFY(!tally.stopped());
        for (RaceOutcome o : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung})
            QCOMPARE(tally.count(o), expected[o]);
        if (most > 0) {
            QCOMPARE(tally.lostRange()->first, least);
            QCOMPARE(tally.lostRange()->second, most);
        }
        const QString text = page.raceTallyText();
        QVERIFY2(text.contains(QStringLiteral("3 run")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lost: %1").arg(expected[RaceOutcome::Lost])), qPrintable(text));
        QVERIFY(page.canRun());

        // The JSON export carries the tally beside the last run's report.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("primes.json"));
        FileJob *job = page.exports()->exportJson(path);
        QVERIFY(job);
        QSignalSpy written(job, &FileJob::finished);
        QVERIFY(written.wait(kTimeoutMs));
        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        const QJsonObject emulation = root.value(u"race_tally").toObject().value(u"emulation").toObject();
        QCOMPARE(emulation.value(u"ran").toInt(), 3);
        QCOMPARE(emulation.value(u"lost").toInt(), expected[RaceOutcome::Lost]);
        QCOMPARE(emulation.value(u"complete").toInt(), expected[RaceOutcome::Complete]);
        QVERIFY(root.value(u"summary").toObject().contains(u"race")); // the last run's own report stays

        // A single run after it is no part of the tally.
        page.run();
        QVERIFY(page.raceTallyText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
    }

    // Stop between two runs: the series ends at once and says how far it got.
    void stopBetweenRuns()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        setUpRacy(page);
        page.setRaceSeed(seedsWhere(1, [](const RaceVerdict &v) { return v.outcome != RaceOutcome::Hung; }));
        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        connect(page.raceRepeat(), &RaceRepeat::tallyChanged, &page, [&page] {
            if (page.raceRepeat()->isActive() && page.raceRepeat()->emulation()->ran() == 1)
                page.stop();
        });
        page.runRepeated(10);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
        const RaceTally &tally = *page.raceRepeat()->emulation();
        QVERIFY(tally.stopped());
        QCOMPARE(tally.ran(), 1);
        QCOMPARE(running.count(), 2);
        QVERIFY2(page.raceTallyText().contains(QStringLiteral("stopped after 1 of 10")),
                 qPrintable(page.raceTallyText()));
        // No run starts after the stop.
        const int rows = page.resultsModel()->rowCount();
        QTest::qWait(2 * RaceRepeat::kPauseMs);
        QVERIFY(!page.isRunning());
        QCOMPARE(page.resultsModel()->rowCount(), rows);
    }

    // Stop during a run (the second, as it starts): the run is cancelled
    // and not counted.
    void stopDuringARun()
    {
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        setUpRacy(page);
        page.setRaceSeed(seedsWhere(1, [](const RaceVerdict &v) { return v.outcome != RaceOutcome::Hung; }));
        bool stopped = false, wasRunning = false;
        connect(page.raceRepeat(), &RaceRepeat::runEmulated, &page, [&] {
            if (page.raceRepeat()->emulation()->ran() == 1)
                QTimer::singleShot(0, &page, [&] {
                    wasRunning = page.isRunning();
                    page.stop();
                    stopped = true;
                });
        });
        page.runRepeated(5);
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kTimeoutMs);
        QVERIFY(wasRunning);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
        const RaceTally &tally = *page.raceRepeat()->emulation();
        QVERIFY(tally.stopped());
        QCOMPARE(tally.ran(), 1);
        QCOMPARE(tally.count(RaceOutcome::Hung), 0);
        QVERIFY2(page.raceTallyText().contains(QStringLiteral("stopped after 1 of 5")),
                 qPrintable(page.raceTallyText()));
        QVERIFY2(page.bannerText().contains(QStringLiteral("Stopped")), qPrintable(page.bannerText()));
    }

    // While it hangs, the page says what the loop waits for and counts the
    // grace time down; then it says why it hung.
    void aHangShowsAsAHang()
    {
        const std::optional<HungRun> hang = findHungRun();
        QVERIFY2(hang, "the race model should hang for some sample, workers and seed");
        const RaceVerdict verdict = play(hang->seed, hang->numbers, hang->workers);
        PrimesPage page(PrimesPage::Variant::ProcessPool);
        setUpRacy(page, hang->workers);
        setNumbers(page, hang->numbers);
        page.setRaceSeed(hang->seed);
        QCOMPARE(page.currentConfig().workers, hang->workers);
        page.run();
        QTRY_VERIFY_WITH_TIMEOUT(page.bannerText().contains(QStringLiteral("results.get()")), kTimeoutMs);
        QVERIFY(page.isRunning());
        const QString waiting = page.bannerText();
        QVERIFY2(waiting.contains(QStringLiteral("never")), qPrintable(waiting));
        const QRegularExpression left(QStringLiteral("in (\\d+) second"));
        const auto seconds = [&] { return left.match(page.bannerText()).captured(1).toInt(); };
        QVERIFY2(left.match(waiting).hasMatch(), qPrintable(waiting));
        const int before = seconds();
        QVERIFY(before >= 1);
        // It counts down (or the wait ends) while the room watches.
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning() || seconds() < before, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), kTimeoutMs);
        const QString hung = page.bannerText();
        QVERIFY2(hung.startsWith(QStringLiteral("Hung")), qPrintable(hung));
        QVERIFY2(hung.contains(QStringLiteral("worker %1").arg(verdict.lateWorker)), qPrintable(hung));
        QVERIFY2(hung.contains(QStringLiteral("seed %1").arg(hang->seed)), qPrintable(hung));
        QCOMPARE(page.resultsModel()->rowCount(), static_cast<int>(verdict.printed.size()));
    }
};

QTEST_MAIN(TestRaceRepeat)
#include "tst_racerepeat.moc"
