// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// What a paced is_prime charges, in burn units, without timing anything:
// the call once (its size depends on n as in CPython 3.11), then every
// division, the one that finds a factor included, at the same price whatever
// n's size, as CPython's loop costs the same per iteration for one-, two- and
// three-digit n.
#include "kernel/callcost.h"
#include "kernel/trialdivision.h"

#include <QTest>
#include <cstdint>

using namespace conlab;

class TestPaceCharge : public QObject
{
    Q_OBJECT
private slots:
    void charged_data();
    void charged();
    void nativeChargesNothing();
    void napTestIsChargedPerDivisionOnly();
    void slicesChargeTheCallOnce();
    void oneDigitCallCostsLessThanLonger();
};

namespace {
constexpr std::uint32_t kUnits = 10; // one division; the call in tenths is then exact

std::uint64_t charge(std::uint64_t n, std::uint32_t units = kUnits, std::uint32_t nap = 0)
{
    LoopCost cost;
    cost.paceUnits = units;
    cost.napTestUnits = nap;
    TrialDivision t(n);
    t.run(cost);
    return t.chargedUnits();
}
} // namespace

void TestPaceCharge::charged_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint64>("divisions");
    QTest::addColumn<quint64>("units");
    // The call: 1.5 iterations for n < 3 and even n, 5 for an odd n of one
    // 30-bit digit, 8 beyond; then 1 an iteration.
    QTest::newRow("2: the call alone") << 2ull << 0ull << 15ull;
    QTest::newRow("0") << 0ull << 0ull << 15ull;
    QTest::newRow("even, two digits") << 4444444444444444ull << 0ull << 15ull;
    QTest::newRow("7: empty range") << 7ull << 0ull << 50ull;
    QTest::newRow("9: stops at 3, one digit") << 9ull << 1ull << 60ull;
    QTest::newRow("stops at 3, two digits") << 3333333333333333ull << 1ull << 90ull;
    QTest::newRow("stops at 7, two digits") << 7777777777777777ull << 3ull << 110ull;
    QTest::newRow("prime, one digit") << 999999937ull << 15810ull << 50ull + 158100ull;
    QTest::newRow("prime, two digits") << 142702110479723ull << 5972898ull << 80ull + 59728980ull;
    QTest::newRow("2^30 + 3, two digits") << 1073741827ull << 16383ull << 80ull + 163830ull;
}

void TestPaceCharge::charged()
{
    QFETCH(quint64, n);
    QFETCH(quint64, divisions);
    QFETCH(quint64, units);
    LoopCost cost;
    cost.paceUnits = kUnits;
    TrialDivision t(n);
    t.run(cost);
    QCOMPARE(t.divisions(), divisions);
    QCOMPARE(t.chargedUnits(), units);
}

void TestPaceCharge::nativeChargesNothing()
{
    for (quint64 n : {2ull, 9ull, 3333333333333333ull, 142702110479723ull})
        QCOMPARE(charge(n, 0), 0ull);
}

void TestPaceCharge::napTestIsChargedPerDivisionOnly()
{
    // S8's extra test runs in the loop, not in the call.
    QCOMPARE(charge(7777777777777777ull, kUnits, 5), 80ull + 3 * 15ull);
    QCOMPARE(charge(2ull, kUnits, 5), 15ull);
}

void TestPaceCharge::slicesChargeTheCallOnce()
{
    // S8 advances in slices between its awaits; the call is still one call.
    LoopCost cost;
    cost.paceUnits = kUnits;
    TrialDivision t(7777777777777777ull);
    while (!t.advance(1, cost)) {
    }
    t.advance(1, cost); // asking a finished one again charges nothing
    QCOMPARE(t.chargedUnits(), charge(7777777777777777ull));
}

void TestPaceCharge::oneDigitCallCostsLessThanLonger()
{
    const std::uint64_t largestOneDigit = (1ull << 30) - 1;
    QVERIFY(callCostTenths(largestOneDigit) < callCostTenths(largestOneDigit + 2));
    QCOMPARE(callCostTenths(largestOneDigit + 2), callCostTenths(~0ull)); // 3 digits: same as 2
    QCOMPARE(callUnits(4, 3), 5ull);                                      // 4.5 rounds up
    QCOMPARE(callUnits(9, 0), 0ull);
}

QTEST_GUILESS_MAIN(TestPaceCharge)
#include "tst_pacecharge.moc"
