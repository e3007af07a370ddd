// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityrow.h"
#include "core/fidelity/fidelityrunner.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace conlab::cli {

// The fidelity command's text: one line per row, the two engines' medians
// side by side, the ratio, the verdict and why; and its progress lines.
class FidelityTable
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::FidelityTable)
public:
    static QString text(const std::vector<FidelityRow> &rows, int rounds, const QString &interpreter);
    // "round 1/3  S5 in CPython: 3.02 s, 30 frames"
    static QString progressLine(const FidelityStep &step, const FidelitySample &sample);
    // One side's cell: "3.01 s  9.9/s", "0 frames", "12.84 s", "5 lost 1 hung".
    static QString cell(const FidelityRow &row, const FidelitySide &side);
};

} // namespace conlab::cli
