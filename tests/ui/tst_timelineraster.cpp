// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/theme/palette.h"
#include "ui/widgets/timelineraster.h"

#include <QTest>
#include <cmath>
#include <numeric>

using conlab::TimelineRaster;

// The timeline's image: what a lane's pixel column shows for the results
// drawn into it.
class TestTimelineRaster : public QObject
{
    Q_OBJECT

    static constexpr int kWidth = 100;
    static constexpr int kHeight = 200;              // two lanes of 100 px
    static constexpr std::int64_t kSpanNs = 100'000; // 1 µs per column

    static void reset(TimelineRaster &r) { r.reset({QSize(kWidth, kHeight), 2, kSpanNs, false}); }
    // The rows of column `c` from `top` to `bottom` (exclusive) that have `colour`.
    static int rowsOf(const QImage &image, int c, int top, int bottom, const QColor &colour)
    {
        int n = 0;
        for (int y = top; y < bottom; ++y)
            n += image.pixelColor(c, y) == colour ? 1 : 0;
        return n;
    }

private slots:
    void narrowBarsSplitTheirColumnByShare_data()
    {
        QTest::addColumn<int>("primes");
        QTest::addColumn<int>("others");
        QTest::addRow("all prime") << 4 << 0;
        QTest::addRow("three of four") << 3 << 1;
        QTest::addRow("half") << 2 << 2;
        QTest::addRow("none prime") << 0 << 4;
    }
    void narrowBarsSplitTheirColumnByShare()
    {
        QFETCH(int, primes);
        QFETCH(int, others);
        TimelineRaster r;
        reset(r);
        r.begin();
        // Quarter-column bars, all inside column 10 of lane 1.
        for (int k = 0; k < primes + others; ++k)
            r.addBar(1, 10'000 + k * 250, 10'000 + (k + 1) * 250, k < primes);
        r.end();
        const QImage &image = r.image();
        const int prime = rowsOf(image, 10, 100, 200, conlab::theme::prime);
        const int other = rowsOf(image, 10, 100, 200, conlab::theme::notPrime);
        QVERIFY2(prime + other > 80, qPrintable(QStringLiteral("bar %1 px high").arg(prime + other)));
        // The share, to a pixel of rounding.
        const double share = double(primes) / (primes + others);
        QVERIFY2(std::abs(prime - share * (prime + other)) <= 1.0,
                 qPrintable(QStringLiteral("%1 prime rows of %2").arg(prime).arg(prime + other)));
        // Primes on top: the first bar row is prime whenever there is one.
        if (primes > 0)
            QCOMPARE(image.pixelColor(10, 100), conlab::theme::prime);
        // Nothing spills into the other lane or the next columns.
        QCOMPARE(rowsOf(image, 10, 0, 100, conlab::theme::prime) + rowsOf(image, 10, 0, 100, conlab::theme::notPrime),
                 0);
        QCOMPARE(rowsOf(image, 11, 100, 200, conlab::theme::prime)
                     + rowsOf(image, 11, 100, 200, conlab::theme::notPrime),
                 0);
    }

    // A later batch into the same column repaints it with the new share.
    void aLaterBatchUpdatesTheColumn()
    {
        TimelineRaster r;
        reset(r);
        r.begin();
        r.addBar(0, 5'000, 5'250, false);
        r.end();
        QCOMPARE(rowsOf(r.image(), 5, 0, 100, conlab::theme::prime), 0);
        r.begin();
        r.addBar(0, 5'250, 5'500, true);
        r.addBar(0, 5'500, 5'750, true);
        r.addBar(0, 5'750, 6'000, true);
        r.end();
        const int prime = rowsOf(r.image(), 5, 0, 100, conlab::theme::prime);
        const int other = rowsOf(r.image(), 5, 0, 100, conlab::theme::notPrime);
        QVERIFY2(std::abs(prime - 3 * other) <= 4,
                 qPrintable(QStringLiteral("%1 prime, %2 not").arg(prime).arg(other)));
    }

    // Each start counts once, in the column where it starts (the queue depth).
    void startsAreCountedPerColumn()
    {
        TimelineRaster r;
        reset(r);
        r.begin();
        r.addBar(0, 1'500, 1'700, true);
        r.addBar(1, 1'800, 3'700, false);
        r.addBar(0, 50'000, 50'100, true);
        r.end();
        QCOMPARE(r.startsPerColumn().at(1), 2);
        QCOMPARE(r.startsPerColumn().at(50), 1);
        QCOMPARE(std::accumulate(r.startsPerColumn().begin(), r.startsPerColumn().end(), std::int64_t{0}), 3);
    }
};

QTEST_MAIN(TestTimelineRaster)
#include "tst_timelineraster.moc"
