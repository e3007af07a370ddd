// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/primessidebyside.h"
#include "core/cpython/sideratio.h"
#include "core/cpython/spinnersidebyside.h"

#include <QTest>

using namespace conlab;

// What the pages show beside an emulated run: pairs by number, ratios one
// way round (CPython ÷ emulation), and a plain line when CPython has none.
class TestSideBySide : public QObject
{
    Q_OBJECT

private slots:
    void ratioIsCPythonOverEmulation()
    {
        QCOMPARE(*SideRatio::of(3.0, 1.5), 2.0);
        QVERIFY(!SideRatio::of(1.0, 0.0));
        QVERIFY(!SideRatio::of(std::nullopt, 1.0));
        QCOMPARE(SideRatio::text(2.0), QStringLiteral("×2.00"));
        QCOMPARE(SideRatio::text(std::nullopt), QStringLiteral("–"));
    }

    void primesPairByNumberWhateverTheOrder()
    {
        const std::vector<PrimeResult> emu{{7, true, 1.0, 1, 0, 1}, {9, false, 0.5, 2, 0, 1}, {7, true, 2.0, 1, 0, 1}};
        const std::vector<PrimeResult> py{{9, false, 1.5, 1, 0, 1}, {7, true, 4.0, 2, 0, 1}, {11, true, 1.0, 1, 0, 1}};
        const auto pairs = PrimesSideBySide::pair(emu, py);
        QCOMPARE(pairs.size(), std::size_t(4));
        QCOMPARE(pairs[0].n, 7u);
        QCOMPARE(*pairs[0].ratio, 4.0);
        QCOMPARE(*pairs[1].ratio, 3.0);
        QVERIFY(!pairs[2].cpython); // the second 7: CPython reported only one
        QCOMPARE(pairs[3].n, 11u);  // CPython's own, at the end
        QVERIFY(!pairs[3].emulation);
    }

    void primesTotalsAndSpeedup()
    {
        const std::vector<PrimeResult> emu{{7, true, 1.0, 1, 0, 1}, {9, false, 1.0, 2, 0, 1}};
        RunSummary emuSummary;
        emuSummary.wall = 1.0;
        CPythonSide side;
        side.end = CPythonSide::End::Finished;
        side.results = {{7, true, 2.0, 1, 0, 1}, {9, false, 2.0, 1, 0, 1}};
        RunSummary pySummary;
        pySummary.wall = 4.0;
        side.summary = pySummary;
        const auto t = PrimesSideBySide::totals(emu, emuSummary, side);
        QCOMPARE(*t.wallRatio, 4.0);
        QCOMPARE(*t.emulationSpeedup, 2.0);
        QCOMPARE(*t.cpythonSpeedup, 1.0);
        QCOMPARE(*t.speedupRatio, 0.5);
        QVERIFY(PrimesSideBySide::summary(t, side).contains(QStringLiteral("×4.00")));

        CPythonSide none;
        none.error = QStringLiteral("No python3 on PATH");
        const auto empty = PrimesSideBySide::totals(emu, emuSummary, none);
        QVERIFY(!empty.wallRatio);
        QVERIFY(PrimesSideBySide::summary(empty, none).contains(none.error));
    }

    void spinnerRowsAndVerdicts()
    {
        SpinnerConfig config;
        SpinnerReport emu;
        emu.frames = {{0, 100'000'000, '|'}, {1, 200'000'000, '/'}};
        emu.maxGapNs = 100'000'000;
        emu.elapsed = 0.3;
        emu.slowSeconds = 0.3;
        emu.answer = 42;
        CPythonSide side;
        side.end = CPythonSide::End::Finished;
        SpinnerReport py = emu;
        py.frames.push_back({2, 300'000'000, '-'});
        py.frames.push_back({3, 400'000'000, '\\'});
        py.elapsed = 0.6;
        py.slowSeconds = 0.5;
        side.report = py;
        const SpinnerSideBySide s(config, emu, side);
        QCOMPARE(s.rows().size(), std::size_t(4));
        QCOMPARE(s.rows()[0].cpython, QStringLiteral("4"));
        QCOMPARE(*s.rows()[0].ratioValue, 2.0);
        QCOMPARE(*s.rows()[2].ratioValue, 2.0);
        QVERIFY(!s.rows()[3].emulation.isEmpty());

        CPythonSide refused;
        refused.error = QStringLiteral("spinner_thread.py sleeps 3 s");
        const SpinnerSideBySide r(config, emu, refused);
        QCOMPARE(r.rows()[0].cpython, QStringLiteral("–"));
        QVERIFY(r.summary().contains(refused.error));
    }
};

QTEST_GUILESS_MAIN(TestSideBySide)
#include "tst_sidebyside.moc"
