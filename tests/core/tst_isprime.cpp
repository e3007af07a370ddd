// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/numbers/sample.h"
#include "core/pace/pace.h"
#include "kernel/checkpoint.h"
#include "kernel/isqrt.h"
#include "kernel/trialdivision.h"

#include <QTest>
#include <algorithm>
#include <cstdint>

using namespace conlab;

class TestIsPrime : public QObject
{
    Q_OBJECT
private slots:
    void bookSample_data();
    void bookSample();
    void edgeCases_data();
    void edgeCases();
    void isqrtIsExact_data();
    void isqrtIsExact();
    void squareOfLargestPrimeBelow2To32();
    void advanceStopsAndResumes();
    void cancelThrowsFromTheLoop();
    void pacedLoopGivesTheSameAnswers();
    void paceParsing_data();
    void paceParsing();
};

void TestIsPrime::bookSample_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    // The P marks of EXPERIMENTS.md, typed in separately from kBookSample.
    const std::pair<quint64, bool> expected[] = {
        {2, true},
        {142702110479723, true},
        {299593572317531, true},
        {3333333333333301, true},
        {3333333333333333, false},
        {3333335652092209, false},
        {4444444444444423, true},
        {4444444444444444, false},
        {4444444488888889, false},
        {5555553133149889, false},
        {5555555555555503, true},
        {5555555555555555, false},
        {6666666666666666, false},
        {6666666666666719, true},
        {6666667141414921, false},
        {7777777536340681, false},
        {7777777777777753, true},
        {7777777777777777, false},
        {9999999999999917, true},
        {9999999999999999, false},
    };
    QCOMPARE(std::size(expected), kBookSample.size());
    for (std::size_t k = 0; k < kBookSample.size(); ++k) {
        QCOMPARE(kBookSample[k], expected[k].first);
        QTest::addRow("%llu", static_cast<unsigned long long>(expected[k].first))
            << quint64(expected[k].first) << expected[k].second;
    }
}

void TestIsPrime::bookSample()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(isPrime(n), prime);
}

void TestIsPrime::edgeCases_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<bool>("prime");
    QTest::addRow("0") << quint64(0) << false;
    QTest::addRow("1") << quint64(1) << false;
    QTest::addRow("2") << quint64(2) << true;
    QTest::addRow("3") << quint64(3) << true;
    QTest::addRow("4") << quint64(4) << false;
    QTest::addRow("5") << quint64(5) << true;
    QTest::addRow("9") << quint64(9) << false;
    QTest::addRow("25") << quint64(25) << false;
    QTest::addRow("49") << quint64(49) << false;
    QTest::addRow("2^61-1") << quint64((1ull << 61) - 1) << true;
    QTest::addRow("65521^2") << quint64(65521ull * 65521ull) << false;
    QTest::addRow("2^64-1") << quint64(~0ull) << false; // divisible by 3
}

void TestIsPrime::edgeCases()
{
    QFETCH(quint64, n);
    QFETCH(bool, prime);
    QCOMPARE(isPrime(n), prime);
}

void TestIsPrime::isqrtIsExact_data()
{
    QTest::addColumn<quint64>("n");
    const quint64 p = 4294967291ull; // the largest prime below 2^32
    const quint64 roots[] = {p, 4294967279ull, 4294967295ull, 65535ull, 3037000499ull, 1ull << 31};
    for (quint64 r : roots) {
        const quint64 sq = r * r;
        QTest::addRow("%llu^2-1", static_cast<unsigned long long>(r)) << sq - 1;
        QTest::addRow("%llu^2", static_cast<unsigned long long>(r)) << sq;
        if (r < 4294967295ull)
            QTest::addRow("%llu^2+2r", static_cast<unsigned long long>(r)) << sq + 2 * r;
    }
    QTest::addRow("2^64-1") << ~0ull;
    QTest::addRow("2^53+1") << (1ull << 53) + 1;
}

// floor(sqrt(n)) is checked by its definition, r^2 <= n < (r+1)^2, in 128 bits.
void TestIsPrime::isqrtIsExact()
{
    QFETCH(quint64, n);
    // 128-bit arithmetic, so (r+1)^2 cannot overflow; __extension__ keeps
    // -Wpedantic quiet about the GNU type.
    __extension__ using u128 = unsigned __int128;
    const u128 r = isqrt(n);
    QVERIFY(r * r <= n);
    QVERIFY((r + 1) * (r + 1) > n);
}

void TestIsPrime::squareOfLargestPrimeBelow2To32()
{
    // 4294967291^2 = 18446744030759878681: trial division must reach the
    // very last divisor, which a root rounded down by one would skip.
    const quint64 p = 4294967291ull;
    TrialDivision t(p * p);
    t.run({});
    QVERIFY(!t.prime());
    QCOMPARE(t.divisions(), (p - 3) / 2 + 1);
}

void TestIsPrime::advanceStopsAndResumes()
{
    TrialDivision sliced(kSlowPrime);
    int slices = 0;
    while (!sliced.advance(1'000'000, {}))
        ++slices;
    QVERIFY(sliced.prime());
    QCOMPARE(sliced.divisions(), quint64(35'355'731));
    QCOMPARE(slices, 35);
}

namespace {
// Cancels on the k-th service call, i.e. right away once the flag is set.
class CountingCheckpoint final : public Checkpoint
{
public:
    using Checkpoint::Checkpoint;
    int calls = 0;
    void service() override
    {
        ++calls;
        if (breaker_.test(EvalBreaker::CancelRequested))
            throw Cancelled{};
    }
};
} // namespace

void TestIsPrime::cancelThrowsFromTheLoop()
{
    EvalBreaker breaker;
    CountingCheckpoint checkpoint(breaker);
    LoopCost cost;
    cost.checkpoint = &checkpoint;
    TrialDivision t(kSlowPrime);
    QVERIFY(!t.advance(1000, cost));
    QCOMPARE(checkpoint.calls, 0); // nothing pending: the slow path never runs
    breaker.set(EvalBreaker::CancelRequested);
    bool cancelled = false;
    try {
        t.run(cost);
    } catch (const Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(checkpoint.calls, 1);
    QCOMPARE(t.divisions(), quint64(1001)); // stopped at the very next division
}

void TestIsPrime::pacedLoopGivesTheSameAnswers()
{
    LoopCost cost;
    const PaceCalibration &cal = PaceCalibration::instance();
    cost.paceUnits = cal.unitsPerDivision(Pace::cpython());
    // A sanitizer or debug build may divide slower than CPython; then the
    // pace has nothing to add.
    if (cal.nativeNsPerDivision() < 0.8 * Pace::kCPythonNs)
        QVERIFY(cost.paceUnits > 0);
    cost.paceUnits = std::max(cost.paceUnits, 20u);
    for (quint64 n : {2ull, 9ull, 25ull, 142702110479723ull, 4444444444444444ull, 7777777777777777ull})
        QCOMPARE(isPrime(n, cost), isPrime(n));
}

void TestIsPrime::paceParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addRow("native") << QStringLiteral("native") << true << QStringLiteral("native");
    QTest::addRow("cpython") << QStringLiteral("cpython") << true << QStringLiteral("cpython");
    QTest::addRow("book") << QStringLiteral("BOOK") << true << QStringLiteral("book");
    QTest::addRow("4") << QStringLiteral("4") << true << QStringLiteral("4x");
    QTest::addRow("2.5x") << QStringLiteral("2.5x") << true << QStringLiteral("2.5x");
    QTest::addRow("0.5") << QStringLiteral("0.5") << false << QString();
    QTest::addRow("slow") << QStringLiteral("slow") << false << QString();
    QTest::addRow("nan") << QStringLiteral("nan") << false << QString();
    QTest::addRow("empty") << QString() << false << QString();
}

void TestIsPrime::paceParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QString error;
    const auto pace = Pace::parse(text, &error);
    QCOMPARE(pace.has_value(), valid);
    if (valid)
        QCOMPARE(pace->name(), name);
    else
        QVERIFY2(error.contains(u"native, cpython, book"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestIsPrime)
#include "tst_isprime.moc"
