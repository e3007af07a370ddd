// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/sweep/sweepchartexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace conlab {

// The sweep's words and numbers as people read them: seconds, durations,
// progress and the notes on the chart. One place, so the page, the chart
// and the exported slide say the same thing.
class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepText)
public:
    static QString seconds(double s);          // "0.47 s", "12.3 s"
    static QString duration(double s);         // "45 s", "3 min 10 s", "1 h 05 min"
    static QString speedup(double x);          // "1.9×"
    static QString workers(int n);             // "1 worker", "2 workers"
    static QString cores(int n);               // "1 core", "2 cores"
    static QString date(const QDateTime &utc); // local, short
    // Just enough to tell two sweeps apart in a legend: "3 Dec 14:02", with
    // the seconds too when `other` falls in the same minute.
    static QString stamp(const QDateTime &utc, const QDateTime &other);
    // "lowest median 0.47 s at 2 workers" or "best speedup 1.9× at 2 workers".
    static QString best(SweepChartOptions::Mode mode, double value, int workers);
    // What a sweep measured, for the chart's title, so a slide says it by
    // itself: "12 runs per count · the book's 20 numbers · native pace ·
    // vm, 2 cores · 23/11/2026 07:52".
    static QString caption(const SweepData &data);
    // "57 / 240 runs, ETA 3 min 10 s"; eta < 0 while unknown.
    static QString progress(int done, int total, double eta);
};

} // namespace conlab
