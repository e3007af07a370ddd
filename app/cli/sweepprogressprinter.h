// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweeprunner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace conlab::cli {

// The sweep's progress on stderr, one line per finished run:
//   [ 57/240] processes   4 workers  run  3/12  0.512 s  ETA 2 min 10 s
// In a terminal the line is redrawn in place (\r); through a pipe or into a
// log every run gets a line of its own, so nothing is lost.
class SweepProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::SweepProgressPrinter)
public:
    SweepProgressPrinter(const SweepConfig &config, bool inPlace);
    ~SweepProgressPrinter() { finish(); }
    SweepProgressPrinter(const SweepProgressPrinter &) = delete;
    SweepProgressPrinter &operator=(const SweepProgressPrinter &) = delete;

    void print(const SweepRun &run, const SweepProgress &progress);
    // Ends a line drawn in place, so what is printed next starts on its own.
    void finish();

    QString line(const SweepRun &run, const SweepProgress &progress) const;
    // "45 s", "2 min 10 s", "1 h 05 min".
    static QString duration(double seconds);

private:
    QStringList specs_;
    int totalWidth_ = 1;
    int workersWidth_ = 1;
    int runsWidth_ = 1;
    qsizetype specWidth_ = 1;
    int runs_ = 1;
    bool inPlace_ = false;
    bool open_ = false; // a line drawn in place is on screen
};

} // namespace conlab::cli
