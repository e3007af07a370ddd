// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityexperiment.h"
#include "core/fidelity/fidelitysample.h"

#include <QCoreApplication>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace conlab {

enum class FidelityVerdict { Agree, Differ, NoData };

// What one engine did over every round of a row: the medians of its
// successful runs, and for the race how often each outcome came.
struct FidelitySide
{
    std::vector<FidelitySample> runs; // in round order
    int ok = 0;                       // runs that did not fail
    std::optional<double> seconds;    // median
    std::optional<double> framesPerSecond;
    int maxFrames = 0; // the most frames any run drew
    std::optional<std::int64_t> maxGapNs;
    std::array<int, 3> races{}; // by RaceOutcome
    QString firstError;

    static FidelitySide of(std::vector<FidelitySample> runs);
    // The outcome most runs had; ties go to the worse one (hung, then lost).
    std::optional<RaceOutcome> commonRace() const;
    // True when every successful run had this spinner outcome.
    bool allSpinners(SpinnerOutcome outcome) const;
};

// One row of the table: the two sides, and whether they agree within the
// row's band, with the one-line reason.
struct FidelityRow
{
    QString key;
    QString title;
    FidelityBand band = FidelityBand::Time;
    FidelitySide cpython;
    FidelitySide emulated;
    // Time rows and the derived S8/S7 row: the emulation's median over
    // CPython's. Empty when either has no median.
    std::optional<double> ratio;
    FidelityVerdict verdict = FidelityVerdict::NoData;
    QString why;
};

class FidelityJudge
{
    Q_DECLARE_TR_FUNCTIONS(conlab::FidelityJudge)
public:
    static FidelityRow judge(const FidelityExperiment &experiment, std::vector<FidelitySample> cpython,
                             std::vector<FidelitySample> emulated);
    // The S8/S7 row: what the nap costs over the plain prime, in each
    // engine, held against each other with the time band.
    static FidelityRow ratioRow(const QString &key, const FidelityRow &numerator, const FidelityRow &denominator);
    static QString verdictKey(FidelityVerdict v); // "agree", "differ", "no_data"
};

} // namespace conlab
