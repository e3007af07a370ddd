// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepstats.h"

#include <QTest>

using namespace conlab;

namespace {

SweepData dataWith(int seriesCount, int maxWorkers, const std::vector<SweepRun> &runs)
{
    SweepData d;
    d.config.series.clear();
    const SweepSeries all[] = {SweepSeries{PrimesModel::Processes, {}}, SweepSeries{PrimesModel::Threads, {}},
                               SweepSeries{PrimesModel::Pool, {}}};
    for (int s = 0; s < seriesCount; ++s)
        d.config.series.push_back(all[s]);
    d.config.maxWorkers = maxWorkers;
    d.config.runs = 10;
    d.config.numbers = {2, 3};
    d.runs = runs;
    return d;
}

} // namespace

class TestSweepStats : public QObject
{
    Q_OBJECT
private slots:
    void quantiles_data();
    void quantiles();
    void groupsByCount();
    void bestIsLowestMedian();
    void bookMediansPickSix();
    void disturbedRunsAreLeftOut();
};

void TestSweepStats::quantiles_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("q3");
    // Worked by hand with numpy's 'linear' rule: rank = (n - 1) * q.
    QTest::addRow("single") << std::vector<double>{7.5} << 7.5 << 7.5 << 7.5;
    QTest::addRow("two") << std::vector<double>{1, 3} << 2.0 << 1.5 << 2.5;
    QTest::addRow("odd sorted") << std::vector<double>{1, 2, 3, 4, 5} << 3.0 << 2.0 << 4.0;
    QTest::addRow("odd unsorted") << std::vector<double>{5, 1, 4, 2, 3} << 3.0 << 2.0 << 4.0;
    // n = 4: ranks 1.5, 0.75, 2.25.
    QTest::addRow("even") << std::vector<double>{4, 1, 3, 2} << 2.5 << 1.75 << 3.25;
    // n = 6 (1, 2, 4, 8, 16, 32): ranks 2.5 -> 6, 1.25 -> 2.5, 3.75 -> 14.
    QTest::addRow("even uneven gaps") << std::vector<double>{32, 1, 16, 2, 8, 4} << 6.0 << 2.5 << 14.0;
    QTest::addRow("ties") << std::vector<double>{2, 2, 2, 9} << 2.0 << 2.0 << 3.75;
}

void TestSweepStats::quantiles()
{
    QFETCH(std::vector<double>, values);
    QFETCH(double, median);
    QFETCH(double, q1);
    QFETCH(double, q3);
    QCOMPARE(conlab::median(values), median);
    QCOMPARE(quantile(values, 0.25), q1);
    QCOMPARE(quantile(values, 0.75), q3);
    QCOMPARE(quantile(values, 0.0), *std::min_element(values.begin(), values.end()));
    QCOMPARE(quantile(values, 1.0), *std::max_element(values.begin(), values.end()));
}

void TestSweepStats::groupsByCount()
{
    // Series 0 ran at 1 and 3 workers (none at 2); series 1 only at 2.
    const SweepData d = dataWith(2, 3,
                                 {{0, 3, 1, 4.0, {}},
                                  {0, 1, 1, 10.0, {}},
                                  {1, 2, 1, 7.0, {}},
                                  {0, 1, 2, 12.0, {}},
                                  {0, 3, 2, 2.0, {}},
                                  {0, 1, 3, 11.0, {}}});
    const std::vector<SeriesStats> stats = sweepStatistics(d);
    QCOMPARE(stats.size(), 2u);
    QCOMPARE(stats[0].series, 0);
    QCOMPARE(stats[0].counts.size(), 2u);
    const CountStats &one = stats[0].counts[0];
    QCOMPARE(one.workers, 1);
    QCOMPARE(one.n, 3);
    QCOMPARE(one.median, 11.0);
    QCOMPARE(one.min, 10.0);
    QCOMPARE(one.max, 12.0);
    QCOMPARE(one.q1, 10.5);
    QCOMPARE(one.q3, 11.5);
    const CountStats &three = stats[0].counts[1];
    QCOMPARE(three.workers, 3);
    QCOMPARE(three.n, 2);
    QCOMPARE(three.median, 3.0);
    QVERIFY(stats[0].at(2) == nullptr);
    QVERIFY(stats[0].at(3) != nullptr);
    QCOMPARE(stats[0].at(3)->median, 3.0);
    QCOMPARE(stats[1].series, 1);
    QCOMPARE(stats[1].counts.size(), 1u);
    QCOMPARE(stats[1].counts[0].workers, 2);
    QCOMPARE(stats[1].counts[0].median, 7.0);

    // A series that has not run yet is there, empty, with no best.
    const std::vector<SeriesStats> none = sweepStatistics(dataWith(2, 3, {}));
    QCOMPARE(none.size(), 2u);
    QVERIFY(none[0].counts.empty());
    QVERIFY(!none[0].best());
}

void TestSweepStats::bestIsLowestMedian()
{
    const SweepData d = dataWith(1, 4,
                                 {{0, 1, 1, 9.0, {}},
                                  {0, 2, 1, 5.0, {}},
                                  {0, 3, 1, 4.0, {}},
                                  {0, 3, 2, 6.0, {}}, // median 5.0, ties with 2 workers
                                  {0, 4, 1, 5.5, {}}});
    const auto best = sweepStatistics(d)[0].best();
    QVERIFY(best);
    // Equal medians: the fewer workers win, more workers for the same time is no gain.
    QCOMPARE(best->workers, 2);
    QCOMPARE(best->median, 5.0);
}

void TestSweepStats::bookMediansPickSix()
{
    // Figure 19-2's medians (EXPERIMENTS.md, P4): the lowest is at 6 processes.
    const double book[] = {40.81, 22.79, 15.88, 13.21, 12.29, 10.39, 10.80, 11.40, 11.71, 12.51,
                           11.24, 11.09, 10.81, 10.64, 10.68, 10.58, 10.76, 10.71, 10.81, 10.73};
    std::vector<SweepRun> runs;
    for (int w = 1; w <= 20; ++w)
        for (int r = 1; r <= 3; ++r) // a spread around each median keeps it the median
            runs.push_back({0, w, r, book[w - 1] + (r - 2) * 0.5, {}});
    const auto stats = sweepStatistics(dataWith(1, 20, runs));
    QCOMPARE(stats[0].counts.size(), 20u);
    QCOMPARE(stats[0].at(1)->median, 40.81);
    QCOMPARE(stats[0].best()->workers, 6);
    QCOMPARE(stats[0].best()->median, 10.39);
}

// The case: a worker stopped 2 s into a 4.3 s run; the watchdog
// replaced it and the run took 13.8 s. It times the fault, not the model.
void TestSweepStats::disturbedRunsAreLeftOut()
{
    SweepRun stalled{0, 1, 2, 13.8, {}};
    stalled.stalls = 1;
    SweepRun crashed{0, 2, 1, 9.0, {}};
    crashed.crashes = 1;
    const SweepData d = dataWith(1, 2, {{0, 1, 1, 4.3, {}}, stalled, {0, 1, 3, 4.4, {}}, crashed});
    const std::vector<SeriesStats> stats = sweepStatistics(d);
    const CountStats *one = stats[0].at(1);
    QVERIFY(one);
    QCOMPARE(one->n, 2);
    QCOMPARE(one->disturbed, 1);
    QCOMPARE(one->median, 4.35);
    QCOMPARE(one->max, 4.4);
    // A count whose only run was disturbed has no median, and says so.
    QVERIFY(stats[0].at(2) == nullptr);
    QCOMPARE(stats[0].disturbedOnly, 1);
    QCOMPARE(stats[0].best()->workers, 1);

    // Asked for, they count like any run.
    const std::vector<SeriesStats> all = sweepStatistics(d, DisturbedRuns::Include);
    QCOMPARE(all[0].at(1)->n, 3);
    QCOMPARE(all[0].at(1)->disturbed, 0);
    QCOMPARE(all[0].at(1)->median, 4.4);
    QCOMPARE(all[0].at(1)->max, 13.8);
    QVERIFY(all[0].at(2) != nullptr);
    QCOMPARE(all[0].disturbedOnly, 0);
}

QTEST_GUILESS_MAIN(TestSweepStats)
#include "tst_sweepstats.moc"
