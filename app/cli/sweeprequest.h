// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "options.h"

#include "core/sweep/sweepconfig.h"
#include "ui/sweep/sweepchartexport.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace conlab::cli {

// Everything `concurrency-lab sweep` was asked to do, checked before any run.
struct SweepRequest
{
    SweepConfig config;         // for a new sweep; a resumed one takes the file's
    QString resume;             // the results file to continue, or empty
    QString csv, png, svg, pdf; // output paths, empty when not asked for
    bool json = false;
    SweepChartOptions chart;
    QSize size = SweepChartExport::kDefaultSize;
    qreal scale = 1.0;

    bool wantsChart() const { return !png.isEmpty() || !svg.isEmpty() || !pdf.isEmpty(); }
};

// The option parsing of the sweep command. Every function throws UsageError
// naming the option and what was wrong with it.
class SweepRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::SweepRequestParser)
public:
    static void addOptions(QCommandLineParser &parser);
    static SweepRequest parse(const Options &opt);
    // With --resume the configuration comes from the file: a configuration
    // option that says something else is refused rather than ignored.
    static void checkResumeConflicts(const Options &opt, const SweepConfig &given, const SweepConfig &fromFile,
                                     const QString &path);

    static constexpr int kMinSide = 100;
    static constexpr int kMaxSide = 8000;
    static constexpr int kMaxScaledSide = 16000; // what a QImage holds with room to spare
};

} // namespace conlab::cli
