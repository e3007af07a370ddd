// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The speedup rule of the primes pages: the factor, the baseline it names
// (model, pace, how long ago) and the flag on a figure no core count allows.
#include "core/primes/speedup.h"

#include <QTest>

using namespace conlab;

class TestSpeedup : public QObject
{
    Q_OBJECT
private slots:
    void onlyAFinishedSequentialRunIsABaseline_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("baseline");
        QTest::addRow("sequential") << int(PrimesModel::Sequential) << false << QString() << true;
        QTest::addRow("sequential stopped") << int(PrimesModel::Sequential) << true << QString() << false;
        QTest::addRow("sequential failed") << int(PrimesModel::Sequential) << false << QStringLiteral("boom") << false;
        QTest::addRow("coroutines") << int(PrimesModel::Coroutines) << false << QString() << false;
        QTest::addRow("processes") << int(PrimesModel::Processes) << false << QString() << false;
    }

    void onlyAFinishedSequentialRunIsABaseline()
    {
        QFETCH(int, model);
        QFETCH(bool, cancelled);
        QFETCH(QString, error);
        QFETCH(bool, baseline);
        PrimesConfig config;
        config.model = static_cast<PrimesModel>(model);
        config.pace = Pace::cpython();
        RunSummary summary;
        summary.cancelled = cancelled;
        summary.error = error;
        summary.wall = 2.5;
        const QDateTime at(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
        const std::optional<SpeedupBaseline> b = SpeedupBaseline::of(config, summary, at);
        QCOMPARE(b.has_value(), baseline);
        if (b) {
            QCOMPARE(b->seconds, 2.5);
            QVERIFY(b->pace == Pace::cpython());
            QCOMPARE(b->finishedAt, at);
        }
    }

    void factorIsBaselineOverRun()
    {
        const auto s = Speedup::of(4.7, 2.0, 4);
        QVERIFY(s);
        QCOMPARE(s->factor, 2.35);
        QCOMPARE(s->factorText(), QStringLiteral("2.35×"));
        QVERIFY(!s->beyondCores);
    }

    void noFactorWithoutTwoTimes()
    {
        QVERIFY(!Speedup::of(0.0, 1.0, 2));
        QVERIFY(!Speedup::of(1.0, 0.0, 2));
        QVERIFY(!Speedup::of(-1.0, 1.0, 2));
        QVERIFY(!Speedup::of(qQNaN(), 1.0, 2));
    }

    // What we saw: 2.35× on 2 cores.
    void beyondTheCoreCountIsFlagged_data()
    {
        QTest::addColumn<double>("baseline");
        QTest::addColumn<double>("run");
        QTest::addColumn<int>("cores");
        QTest::addColumn<bool>("flagged");
        QTest::addRow("2.35x on 2 cores") << 4.7 << 2.0 << 2 << true;
        QTest::addRow("2.35x on 4 cores") << 4.7 << 2.0 << 4 << false;
        QTest::addRow("exactly 2x on 2 cores") << 4.0 << 2.0 << 2 << false;
        // Shown as 2.00×: the room reads no contradiction.
        QTest::addRow("2.004x on 2 cores") << 4.008 << 2.0 << 2 << false;
        QTest::addRow("2.01x on 2 cores") << 4.02 << 2.0 << 2 << true;
        QTest::addRow("1.5x on 1 core") << 3.0 << 2.0 << 1 << true;
        QTest::addRow("unknown cores") << 9.0 << 1.0 << 0 << false;
    }
    void beyondTheCoreCountIsFlagged()
    {
        QFETCH(double, baseline);
        QFETCH(double, run);
        QFETCH(int, cores);
        QFETCH(bool, flagged);
        const auto s = Speedup::of(baseline, run, cores);
        QVERIFY(s);
        QCOMPARE(s->beyondCores, flagged);
        SpeedupBaseline b;
        b.seconds = baseline;
        const QString text = s->text(b, QDateTime::currentDateTimeUtc());
        QCOMPARE(text.contains(QStringLiteral("under load")), flagged);
        if (flagged)
            QVERIFY2(text.contains(QStringLiteral("more than %1 core").arg(cores)), qPrintable(text));
    }

    void baselineNamesModelPaceAndAge()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        SpeedupBaseline b;
        b.model = PrimesModel::Sequential;
        b.workers = 1;
        b.pace = Pace::cpython();
        b.seconds = 4.1;
        b.finishedAt = now.addSecs(-130);
        QCOMPARE(Speedup::baselineText(b, now), QStringLiteral("sequential at cpython pace, 2 min ago"));
        b.finishedAt = now.addSecs(-7);
        QCOMPARE(Speedup::baselineText(b, now), QStringLiteral("sequential at cpython pace, 7 s ago"));
        b.finishedAt = now.addSecs(-3 * 3600 - 5);
        QVERIFY(Speedup::baselineText(b, now).endsWith(QStringLiteral("3 h ago")));
        b.finishedAt = {};
        QVERIFY(Speedup::baselineText(b, now).endsWith(QStringLiteral("at an unknown time")));

        b.model = PrimesModel::Processes;
        b.workers = 4;
        b.pace = Pace::native();
        b.finishedAt = now.addSecs(-60);
        QCOMPARE(Speedup::baselineText(b, now), QStringLiteral("processes with 4 workers at native pace, 1 min ago"));
    }

    void lineHoldsFactorBaselineAndSeconds()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC);
        SpeedupBaseline b;
        b.pace = Pace::cpython();
        b.seconds = 4.7;
        b.finishedAt = now.addSecs(-120);
        const auto s = Speedup::of(b.seconds, 2.0, 2);
        QVERIFY(s);
        const QString text = s->text(b, now);
        QVERIFY2(text.startsWith(QStringLiteral("2.35× against sequential at cpython pace, 2 min ago (4.70 s")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("more than 2 cores can give: the baseline ran under load; run it again")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSpeedup)
#include "tst_speedup.moc"
