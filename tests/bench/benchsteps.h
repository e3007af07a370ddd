// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "benchreport.h"

#include <QJsonObject>
#include <QString>
#include <functional>

// How conlab-bench takes its samples and files them in the report.
namespace conlab::bench {

// `runs` calls of `once`, each logged to stderr.
Samples repeat(const QString &name, int runs, const std::function<double()> &once);

// A, B, A, B...: the slow drift of a busy machine hits both halves of a pair
// alike, so the per-pair ratio cancels it.
struct Pairs
{
    Samples a, b, ratios;
};

Pairs interleave(const QString &name, int runs, const std::function<double()> &a, const std::function<double()> &b);

// The headline is the median of the per-pair ratios; both sides are kept.
QJsonObject pairEntry(const Pairs &p, const QString &aKey, const QString &bKey, const QString &of);

// Stores what `f` returns under `key`, or {"error": ...} if it throws; the
// other measurements go on either way.
bool measure(QJsonObject &report, const QString &key, const std::function<QJsonObject()> &f);

// The 1-minute load average now: other work on the machine skews a figure,
// so entries that compare walls say how busy it was.
double loadAverage();

// What a group of measurements needs from the command line.
struct Plan
{
    int runs = 5;
    bool quick = false;
    std::function<bool(const QString &)> wants;
};

} // namespace conlab::bench
