// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/primes/primeevents.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// A primes run beside the same listing in CPython: each number's time on
// both sides, paired by number (the two finish in different orders, and a
// number may be given twice), the wall times and the speedups, each with
// its ratio (SideRatio). Core, so the page, its exports and tests agree.
class PrimesSideBySide
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PrimesSideBySide)
public:
    struct Pair
    {
        std::uint64_t n = 0;
        bool prime = false;
        std::optional<double> emulation; // seconds; none when that side never reported it
        std::optional<double> cpython;
        std::optional<double> ratio;
    };
    struct Totals
    {
        std::optional<double> emulationWall; // seconds
        std::optional<double> cpythonWall;
        std::optional<double> wallRatio;
        // Speedup inside the run: the per-number times added up over the wall
        // time; 1 for one worker, near N when N workers never wait.
        std::optional<double> emulationSpeedup;
        std::optional<double> cpythonSpeedup;
        std::optional<double> speedupRatio;
    };

    // Emulated results in the order they came, then any CPython reported
    // that the emulation did not.
    static std::vector<Pair> pair(const std::vector<PrimeResult> &emulation, const std::vector<PrimeResult> &cpython);
    static Totals totals(const std::vector<PrimeResult> &emulation, const std::optional<RunSummary> &emulationSummary,
                         const CPythonSide &cpython);
    // One line for the page: the totals with their ratio, or why CPython has none.
    static QString summary(const Totals &totals, const CPythonSide &cpython);
    // For the JSON export: the totals, every pair, and which way the ratio goes.
    static QJsonObject toJson(const std::vector<Pair> &pairs, const Totals &totals);
};

} // namespace conlab
