// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace conlab {

// One convention for every pair the pages show: CPython's figure divided by
// the emulation's, so "×2.0" reads "CPython took twice as long" (or drew
// twice the frames) wherever it appears.
class SideRatio
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SideRatio)
public:
    // Nothing when either side is missing or the emulation's is zero.
    static std::optional<double> of(std::optional<double> cpython, std::optional<double> emulation);
    // "×1.23", or "–" when there is none.
    static QString text(std::optional<double> ratio);
    // The column's heading: "CPython ÷ emulation".
    static QString heading();
};

} // namespace conlab
