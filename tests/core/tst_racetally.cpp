// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The tally of a repeated racy run: what it counts, the range of lost
// results, the workers hung runs waited for, the seeds that replay them,
// a stopped series, and the JSON the exports carry.
#include "core/primes/racereport.h"
#include "core/primes/racetally.h"

#include <QJsonArray>
#include <QTest>

#include <numeric>

using namespace conlab;

namespace {

RaceVerdict lost(std::size_t count, std::uint64_t seed)
{
    RaceVerdict v;
    v.outcome = RaceOutcome::Lost;
    v.seed = seed;
    for (std::size_t k = 0; k < count; ++k)
        v.lost.push_back(1'000'000 + k);
    return v;
}

RaceVerdict hung(int lateWorker, std::uint64_t seed)
{
    RaceVerdict v;
    v.outcome = RaceOutcome::Hung;
    v.seed = seed;
    v.pillsLeft = 1;
    v.lateWorker = lateWorker;
    return v;
}

RaceVerdict complete(std::uint64_t seed)
{
    RaceVerdict v;
    v.seed = seed;
    return v;
}

} // namespace

class TestRaceTally : public QObject
{
    Q_OBJECT
private slots:
    void countsEachOutcomeAndKnowsWhenItIsDone()
    {
        RaceTally t(4);
        QCOMPARE(t.ran(), 0);
        QVERIFY(!t.finished());
        t.add(complete(1));
        t.add(lost(2, 2));
        t.add(complete(3));
        QCOMPARE(t.count(RaceOutcome::Complete), 2);
        QCOMPARE(t.count(RaceOutcome::Lost), 1);
        QCOMPARE(t.count(RaceOutcome::Hung), 0);
        QCOMPARE(t.ran(), 3);
        QVERIFY(!t.finished());
        QVERIFY2(t.progressText().contains(QStringLiteral("3 of 4")), qPrintable(t.progressText()));
        t.add(hung(2, 4));
        QVERIFY(t.finished());
        QVERIFY(!t.stopped());
        QVERIFY2(t.progressText().startsWith(QStringLiteral("4 run")), qPrintable(t.progressText()));
        // Nothing to say about an outcome no run had.
        RaceTally none(2);
        none.add(complete(5));
        QVERIFY(none.detailText(RaceOutcome::Hung).isEmpty());
        QVERIFY(none.detailText(RaceOutcome::Lost).isEmpty());
    }

    void lostRunsGiveTheirRange()
    {
        RaceTally t(5);
        QVERIFY(!t.lostRange());
        t.add(lost(86, 10));
        QCOMPARE(t.lostRange()->first, std::size_t(86));
        QCOMPARE(t.lostRange()->second, std::size_t(86));
        QVERIFY2(t.detailText(RaceOutcome::Lost).contains(QStringLiteral("86 result")),
                 qPrintable(t.detailText(RaceOutcome::Lost)));
        t.add(lost(184, 11));
        t.add(complete(12));
        t.add(lost(120, 13));
        QCOMPARE(t.lostRange()->first, std::size_t(86));
        QCOMPARE(t.lostRange()->second, std::size_t(184));
        const QString detail = t.detailText(RaceOutcome::Lost);
        QVERIFY2(detail.contains(QStringLiteral("86 to 184")), qPrintable(detail));
        // The seeds, in order, that replay them.
        QVERIFY2(t.seedsText(RaceOutcome::Lost).contains(QStringLiteral("10, 11, 13")),
                 qPrintable(t.seedsText(RaceOutcome::Lost)));
        QVERIFY2(t.text().contains(t.seedsText(RaceOutcome::Lost)), qPrintable(t.text()));
        // Two runs that lost as many say so once.
        RaceTally same(2);
        same.add(lost(2, 1));
        same.add(lost(2, 2));
        QVERIFY2(same.detailText(RaceOutcome::Lost).contains(QStringLiteral("2 result(s) lost in each")),
                 qPrintable(same.detailText(RaceOutcome::Lost)));
    }

    void hungRunsNameTheWorkerTheyWaitedFor()
    {
        RaceTally t(3);
        t.add(hung(2, 7));
        t.add(hung(1, 8));
        t.add(hung(2, 9));
        QCOMPARE(t.lateWorkers().at(2), 2);
        QCOMPARE(t.lateWorkers().at(1), 1);
        const QString detail = t.detailText(RaceOutcome::Hung);
        QVERIFY2(detail.contains(QStringLiteral("worker 1 (1 run")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("worker 2 (2 run")), qPrintable(detail));
        QVERIFY2(t.seedsText(RaceOutcome::Hung).contains(QStringLiteral("7, 8, 9")),
                 qPrintable(t.seedsText(RaceOutcome::Hung)));
    }

    // CPython's hangs name no worker and have no seed to replay.
    void cpythonVerdictsHaveNoSeedOrWorker()
    {
        RaceTally t(2);
        t.add(hung(0, 0));
        t.add(lost(3, 0));
        QVERIFY(t.seeds(RaceOutcome::Hung).empty());
        QVERIFY(t.seeds(RaceOutcome::Lost).empty());
        const QString detail = t.detailText(RaceOutcome::Hung);
        QVERIFY2(!detail.contains(QStringLiteral("worker")) && detail.contains(QStringLiteral("grace")),
                 qPrintable(detail));
        QVERIFY(t.seedsText(RaceOutcome::Lost).isEmpty());
        QVERIFY2(!t.text().contains(QStringLiteral("seed")), qPrintable(t.text()));
    }

    void seedsAreCappedAndTheCapIsShown()
    {
        RaceTally t(RaceTally::kMaxSeeds + 2);
        for (std::uint64_t s = 1; s <= RaceTally::kMaxSeeds + 2; ++s)
            t.add(lost(1, 100 + s));
        QCOMPARE(t.seeds(RaceOutcome::Lost).size(), RaceTally::kMaxSeeds);
        QVERIFY2(t.seedsText(RaceOutcome::Lost).endsWith(QStringLiteral("…")),
                 qPrintable(t.seedsText(RaceOutcome::Lost)));
    }

    void aStoppedSeriesSaysHowManyRan()
    {
        RaceTally t(10);
        t.add(complete(1));
        t.addUnjudged();
        t.add(lost(1, 3));
        t.stop();
        QVERIFY(t.finished());
        QVERIFY(t.stopped());
        QCOMPARE(t.ran(), 3);
        QCOMPARE(t.unjudged(), 1);
        QVERIFY2(t.progressText().contains(QStringLiteral("stopped after 3 of 10")), qPrintable(t.progressText()));
        QVERIFY2(t.text().contains(t.unjudgedText()) && !t.unjudgedText().isEmpty(), qPrintable(t.text()));
        QVERIFY2(t.text().contains(QStringLiteral("Lost: 1")), qPrintable(t.text()));
        // A series that ran out is not "stopped", even if stop() comes after.
        RaceTally whole(1);
        whole.add(complete(1));
        whole.stop();
        QVERIFY2(!whole.progressText().contains(QStringLiteral("stopped")), qPrintable(whole.progressText()));
    }

    void jsonCarriesTheCounts()
    {
        RaceTally t(6);
        t.add(complete(1));
        t.add(lost(4, 2));
        t.add(lost(9, 3));
        t.add(hung(2, 4));
        t.stop();
        const QJsonObject o = t.toJson();
        QCOMPARE(o.value(u"planned").toInt(), 6);
        QCOMPARE(o.value(u"ran").toInt(), 4);
        QCOMPARE(o.value(u"stopped").toBool(), true);
        QCOMPARE(o.value(u"complete").toInt(), 1);
        QCOMPARE(o.value(u"lost").toInt(), 2);
        QCOMPARE(o.value(u"hung").toInt(), 1);
        QCOMPARE(o.value(u"unjudged").toInt(), 0);
        QCOMPARE(o.value(u"lost_per_run").toObject().value(u"min").toInt(), 4);
        QCOMPARE(o.value(u"lost_per_run").toObject().value(u"max").toInt(), 9);
        QCOMPARE(o.value(u"late_workers").toObject().value(u"2").toInt(), 1);
        QCOMPARE(o.value(u"seeds").toObject().value(u"lost").toArray().size(), 2);
        QCOMPARE(o.value(u"seeds").toObject().value(u"hung").toArray().at(0).toString(), QStringLiteral("4"));
        QVERIFY(RaceTally(1).toJson().value(u"lost_per_run").isNull());
    }

    // What a recording keeps of a series comes back whole: the same counts,
    // range, late workers, seeds and words.
    void jsonReadsBackWhole()
    {
        RaceTally t(6);
        t.add(complete(11));
        t.add(lost(4, 12));
        t.add(lost(9, 13));
        t.add(hung(2, 14));
        t.addUnjudged();
        t.stop();
        QString error;
        const auto back = RaceTally::fromJson(t.toJson(), QStringLiteral("raceTally.emulation"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->planned(), 6);
        QCOMPARE(back->ran(), 5);
        QVERIFY(back->stopped());
        QCOMPARE(back->unjudged(), 1);
        QCOMPARE(back->lostRange(), t.lostRange());
        QCOMPARE(back->lateWorkers(), t.lateWorkers());
        QCOMPARE(back->seeds(RaceOutcome::Lost), (std::vector<std::uint64_t>{12, 13}));
        QCOMPARE(back->text(), t.text());
        QCOMPARE(back->toJson(), t.toJson());

        const RaceTallies both{t, RaceTally(3)};
        const auto pair = RaceTallies::fromJson(both.toJson(), QStringLiteral("raceTally"), &error);
        QVERIFY2(pair, qPrintable(error));
        QVERIFY(pair->cpython);
        QCOMPARE(pair->cpython->planned(), 3);
        QCOMPARE(pair->emulation.toJson(), t.toJson());
        const auto alone = RaceTallies::fromJson(RaceTallies{t, std::nullopt}.toJson(), QStringLiteral("raceTally"), &error);
        QVERIFY2(alone && !alone->cpython, qPrintable(error));
    }

    // A hand-edited or damaged tally is refused with the field that is wrong.
    void badJsonNamesTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("negative count") << "lost" << QJsonValue(-1) << "raceTally.emulation.lost";
        QTest::addRow("fractional count") << "hung" << QJsonValue(1.5) << "raceTally.emulation.hung";
        QTest::addRow("count as text") << "complete" << QJsonValue(QStringLiteral("1")) << "raceTally.emulation.complete";
        QTest::addRow("more runs than planned") << "planned" << QJsonValue(2) << "more than the 2 planned";
        QTest::addRow("ran disagrees") << "ran" << QJsonValue(7) << "raceTally.emulation.ran";
        QTest::addRow("stopped not a bool") << "stopped" << QJsonValue(1) << "raceTally.emulation.stopped";
        QTest::addRow("no range for lost runs") << "lost_per_run" << QJsonValue(QJsonValue::Null)
                                                << "raceTally.emulation.lost_per_run";
        QTest::addRow("range upside down")
            << "lost_per_run" << QJsonValue(QJsonObject{{QStringLiteral("min"), 9}, {QStringLiteral("max"), 4}})
            << "lost_per_run.max";
        QTest::addRow("late worker not a number")
            << "late_workers" << QJsonValue(QJsonObject{{QStringLiteral("two"), 1}}) << "not a worker number";
        QTest::addRow("seed not decimal")
            << "seeds" << QJsonValue(QJsonObject{{QStringLiteral("lost"), QJsonArray{QStringLiteral("0x1f")}}})
            << "raceTally.emulation.seeds.lost";
    }
    void badJsonNamesTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        RaceTally t(4);
        t.add(complete(1));
        t.add(lost(4, 2));
        t.add(hung(1, 3));
        QJsonObject o = t.toJson();
        QString error;
        QVERIFY2(RaceTally::fromJson(o, QStringLiteral("raceTally.emulation"), &error), qPrintable(error));
        o.insert(key, value);
        QVERIFY(!RaceTally::fromJson(o, QStringLiteral("raceTally.emulation"), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!RaceTally::fromJson(QJsonValue(3), QStringLiteral("raceTally.cpython"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("raceTally.cpython: ")), qPrintable(error));
    }

    // Fed the model's own verdicts, the tally agrees with them one by one.
    void talliesTheModelsVerdicts()
    {
        std::vector<std::uint64_t> small(400);
        std::iota(small.begin(), small.end(), 1'000'000ull);
        const int runs = 40;
        RaceTally t(runs);
        int hungs = 0;
        std::size_t least = SIZE_MAX, most = 0;
        for (std::uint64_t seed = 1; seed <= runs; ++seed) {
            const RaceVerdict v = RaceReport::play(small, {2, 2, seed});
            t.add(v);
            hungs += v.outcome == RaceOutcome::Hung;
            if (v.outcome == RaceOutcome::Lost) {
                least = std::min(least, v.lost.size());
                most = std::max(most, v.lost.size());
            }
        }
        QCOMPARE(t.ran(), runs);
        QCOMPARE(t.count(RaceOutcome::Hung), hungs);
        if (most > 0) {
            QCOMPARE(t.lostRange()->first, least);
            QCOMPARE(t.lostRange()->second, most);
        }
        QCOMPARE(t.count(RaceOutcome::Complete) + t.count(RaceOutcome::Lost) + t.count(RaceOutcome::Hung), runs);
    }
};

QTEST_GUILESS_MAIN(TestRaceTally)
#include "tst_racetally.moc"
