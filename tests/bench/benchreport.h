// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

// The statistics and JSON pieces of conlab-bench's report.
namespace conlab::bench {

using Samples = std::vector<double>;

double median(Samples v);
// Nearest-rank percentile, p in (0, 100].
double percentile(Samples v, double p);
double rounded(double x, int decimals);

// What a figure must meet: a lower bound, an upper bound, or both (a nominal
// value with a tolerance).
struct Target
{
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> nominal;

    static Target atMost(double x) { return {std::nullopt, x, std::nullopt}; }
    static Target atLeast(double x) { return {x, std::nullopt, std::nullopt}; }
    static Target around(double x, double tolerance) { return {x * (1.0 - tolerance), x * (1.0 + tolerance), x}; }
    Target scaled(double factor) const;
    bool met(double x) const;
    QJsonObject toJson(int decimals) const;
};

// {"median": m, "samples": [...]}, rounded to `decimals`.
QJsonObject series(const Samples &samples, int decimals);
// Adds "target" and "pass", judged on the entry's (rounded) median.
void judge(QJsonObject &entry, const Target &target, int decimals);

// nproc, CPU model, kernel, architecture and load average.
QJsonObject machine();
// Now, in UTC, ISO 8601.
QString isoDate();

} // namespace conlab::bench
