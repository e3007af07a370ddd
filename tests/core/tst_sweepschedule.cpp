// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepschedule.h"

#include <QTest>
#include <set>
#include <tuple>

using namespace conlab;

namespace {

SweepConfig config(int seriesCount, int maxWorkers, int runs)
{
    SweepConfig c;
    c.series.clear();
    const SweepSeries all[] = {SweepSeries{PrimesModel::Processes, {}}, SweepSeries{PrimesModel::Threads, {}},
                               SweepSeries{PrimesModel::Pool, {}}};
    for (int s = 0; s < seriesCount; ++s)
        c.series.push_back(all[s]);
    c.maxWorkers = maxWorkers;
    c.runs = runs;
    c.numbers = {2};
    return c;
}

using Key = std::tuple<int, int, int>;
Key key(const SweepPoint &p)
{
    return {p.series, p.workers, p.repeat};
}

} // namespace

class TestSweepSchedule : public QObject
{
    Q_OBJECT
private slots:
    void everyPointOnce_data();
    void everyPointOnce();
    void interleaves();
    void roundsAlternateDirection();
    void resumeSkipsDone();
    void celerySeriesGoCountByCount();
    void celerySpecsParseAndRoundTrip();
};

void TestSweepSchedule::everyPointOnce_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("maxWorkers");
    QTest::addColumn<int>("runs");
    QTest::addRow("1x1x1") << 1 << 1 << 1;
    QTest::addRow("1x1x5") << 1 << 1 << 5;
    QTest::addRow("1x2x2") << 1 << 2 << 2;
    QTest::addRow("1x20x12 (the book)") << 1 << 20 << 12;
    QTest::addRow("2x3x4") << 2 << 3 << 4;
    QTest::addRow("3x7x5") << 3 << 7 << 5;
}

void TestSweepSchedule::everyPointOnce()
{
    QFETCH(int, series);
    QFETCH(int, maxWorkers);
    QFETCH(int, runs);
    const SweepConfig c = config(series, maxWorkers, runs);
    const std::vector<SweepPoint> s = sweepSchedule(c);
    QCOMPARE(int(s.size()), c.totalRuns());
    std::set<Key> seen;
    for (const SweepPoint &p : s) {
        QVERIFY(p.series >= 0 && p.series < series);
        QVERIFY(p.workers >= 1 && p.workers <= maxWorkers);
        QVERIFY(p.repeat >= 1 && p.repeat <= runs);
        QVERIFY2(seen.insert(key(p)).second, "a point is scheduled twice");
    }
}

void TestSweepSchedule::interleaves()
{
    // One series: no count ever runs twice in a row, not even where the
    // rounds turn.
    for (int maxWorkers : {2, 3, 20}) {
        const std::vector<SweepPoint> s = sweepSchedule(config(1, maxWorkers, 6));
        for (std::size_t k = 1; k < s.size(); ++k)
            QVERIFY2(s[k].workers != s[k - 1].workers,
                     qPrintable(QStringLiteral("max %1: points %2 and %3 both have %4 workers")
                                    .arg(maxWorkers)
                                    .arg(k - 1)
                                    .arg(k)
                                    .arg(s[k].workers)));
    }
    // Several series: every series at a count, in order, then the next count.
    const int series = 3;
    const std::vector<SweepPoint> s = sweepSchedule(config(series, 4, 3));
    for (std::size_t k = 0; k < s.size(); k += series) {
        for (int j = 0; j < series; ++j) {
            QCOMPARE(s[k + std::size_t(j)].series, j);
            QCOMPARE(s[k + std::size_t(j)].workers, s[k].workers);
            QCOMPARE(s[k + std::size_t(j)].repeat, s[k].repeat);
        }
        if (k > 0)
            QVERIFY(s[k].workers != s[k - 1].workers);
    }
}

void TestSweepSchedule::roundsAlternateDirection()
{
    const std::vector<SweepPoint> s = sweepSchedule(config(1, 5, 3));
    std::vector<int> counts;
    for (const SweepPoint &p : s)
        counts.push_back(p.workers);
    // Up, down (starting next to the top), up (starting next to the bottom).
    const std::vector<int> expected{1, 2, 3, 4, 5, 4, 5, 3, 2, 1, 2, 1, 3, 4, 5};
    QCOMPARE(counts, expected);
    for (std::size_t k = 0; k < s.size(); ++k)
        QCOMPARE(s[k].repeat, int(k / 5) + 1);
}

void TestSweepSchedule::resumeSkipsDone()
{
    const SweepConfig c = config(2, 4, 3);
    const std::vector<SweepPoint> full = sweepSchedule(c);
    std::vector<SweepRun> done;
    std::set<Key> doneKeys;
    for (std::size_t k = 0; k < full.size(); k += 3) {
        done.push_back({full[k].series, full[k].workers, full[k].repeat, 1.0, {}});
        doneKeys.insert(key(full[k]));
    }
    // Runs outside the configuration (a file from a larger sweep) are ignored.
    done.push_back({0, 9, 1, 1.0, {}});
    done.push_back({5, 1, 1, 1.0, {}});
    done.push_back({0, 1, 99, 1.0, {}});

    const std::vector<SweepPoint> rest = sweepSchedule(c, done);
    std::vector<SweepPoint> expected;
    for (const SweepPoint &p : full)
        if (!doneKeys.count(key(p)))
            expected.push_back(p);
    QCOMPARE(rest.size(), expected.size());
    QVERIFY(rest == expected); // the same order, minus what is done

    std::vector<SweepRun> all;
    for (const SweepPoint &p : full)
        all.push_back({p.series, p.workers, p.repeat, 1.0, {}});
    QVERIFY(sweepSchedule(c, all).empty());
}

// A Celery series starts its worker node once per count: its points come
// count by count, each count's repeats in a row, after the other series'
// interleaved rounds.
void TestSweepSchedule::celerySeriesGoCountByCount()
{
    SweepConfig c = config(1, 3, 2);
    QString why;
    c.series.push_back(*SweepSeries::parse(QStringLiteral("celery"), &why));
    const std::vector<SweepPoint> s = sweepSchedule(c);
    QCOMPARE(s.size(), std::size_t(2 * 3 * 2));
    const std::vector<SweepPoint> celery(s.begin() + 6, s.end());
    for (std::size_t k = 0; k < 6; ++k)
        QCOMPARE(s[k].series, 0);
    const std::vector<SweepPoint> expected{{1, 1, 1}, {1, 1, 2}, {1, 2, 1}, {1, 2, 2}, {1, 3, 1}, {1, 3, 2}};
    QVERIFY(celery == expected);
    // Resumed: only what is left, in the same order.
    const std::vector<SweepPoint> rest = sweepSchedule(c, {{1, 1, 1, 1.0, {}}, {1, 2, 2, 1.0, {}}});
    const std::vector<SweepPoint> left(rest.end() - 4, rest.end());
    QVERIFY(left == (std::vector<SweepPoint>{{1, 1, 2}, {1, 2, 1}, {1, 3, 1}, {1, 3, 2}}));
}

void TestSweepSchedule::celerySpecsParseAndRoundTrip()
{
    QString why;
    const auto prefork = SweepSeries::parse(QStringLiteral("celery"), &why);
    QVERIFY2(prefork && prefork->isCelery(), qPrintable(why));
    QCOMPARE(prefork->spec(), QStringLiteral("celery"));
    const auto threads = SweepSeries::parse(QStringLiteral("Celery:pool=threads"), &why);
    QVERIFY2(threads && threads->isCelery(), qPrintable(why));
    QCOMPARE(threads->spec(), QStringLiteral("celery:pool=threads"));
    QVERIFY(!(*threads == *prefork));
    QCOMPARE(SweepSeries::parse(QStringLiteral("celery:pool=prefork"), &why)->spec(), QStringLiteral("celery"));
    for (const char *bad : {"celery:pool=solo", "celery:gil=off", "celery:pool=threads:switch=5"}) {
        QVERIFY(!SweepSeries::parse(QLatin1String(bad), &why));
        QVERIFY2(why.contains(u"pool="), qPrintable(why));
    }
    QVERIFY(SweepSeries::knownSpecs().contains(QStringLiteral("celery:pool=threads")));
}

QTEST_GUILESS_MAIN(TestSweepSchedule)
#include "tst_sweepschedule.moc"
