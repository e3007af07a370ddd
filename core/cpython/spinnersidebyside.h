// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace conlab {

// A spinner run beside the same listing in CPython: frames, longest gap,
// elapsed time and the verdict, each pair with its ratio (SideRatio), and
// one line that says whether the two agree. Core, so the page and its
// exports say the same.
class SpinnerSideBySide
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SpinnerSideBySide)
public:
    struct Row
    {
        QString what;
        QString emulation;
        QString cpython; // "–" when CPython measured nothing
        QString ratio;
        std::optional<double> ratioValue;
    };

    SpinnerSideBySide(const SpinnerConfig &config, const SpinnerReport &emulation, const CPythonSide &cpython);

    const std::vector<Row> &rows() const { return rows_; }
    // "Both kept spinning." / "They differ: ..." / why CPython has no figures.
    QString summary() const { return summary_; }
    // For the JSON export: the rows, the summary and which way the ratio goes.
    QJsonObject toJson() const;

private:
    std::vector<Row> rows_;
    QString summary_;
};

} // namespace conlab
