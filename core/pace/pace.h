// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace conlab {

// How expensive one trial division is. The lesson is about time scales: C++
// divides in about 2 ns where CPython 3.11 takes about 30, so a pace adds real
// CPU work (never a sleep) to each division until it costs what CPython's does.
//
// What CPython's cost depends on (measured here with 3.11.7, thread CPU time,
// windows of 100,000 divisions, best of 9): one loop iteration costs 29.6 to
// 30.5 ns whether n has one, two or three 30-bit digits and whether the
// divisor is 1,001 or 50,000,001, so the loop is priced per division alone.
// What does vary is the call around the loop (kernel/callcost.h): 25 to 55 ns
// for n < 3 and even n, 145 ns for an odd one-digit n, 230 to 280 ns beyond,
// charged once per is_prime at the same pace.
struct Pace
{
    enum class Kind { Native, CPython, Book, Multiplier };
    Kind kind = Kind::Native;
    double multiplier = 1.0; // for Kind::Multiplier: times the native cost

    // Target cost per division, in ns. CPython: 12.84 s for the sample's
    // 433,405,945 divisions is 29.6 ns, 1.15 s for slow()'s 35,355,731 is
    // 32.5 ns; measured again per number, the same loop costs 28.4 ns on a
    // quiet machine and 31 ns with other builds running, for every number
    // alike. 31 ns sits in that range. Book: 40.31 s / 433,405,945 = 93 ns;
    // the book gives no per-call figure, so its call costs the same number
    // of divisions as CPython's here.
    static constexpr double kCPythonNs = 31.0;
    static constexpr double kBookNs = 93.0;

    static Pace native() { return {}; }
    static Pace cpython() { return {Kind::CPython, 1.0}; }
    static Pace book() { return {Kind::Book, 1.0}; }

    // "native", "cpython", "book", or a multiplier such as "4" or "2.5"
    // (from 1 to 1000). Returns nullopt and sets *error otherwise.
    static std::optional<Pace> parse(const QString &text, QString *error);
    QString name() const;
    bool operator==(const Pace &) const = default;
};

// Measured once per process, on first use: what a native division and one
// burn() unit cost on this machine, and so how many units each pace adds.
class PaceCalibration
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PaceCalibration)
public:
    static const PaceCalibration &instance();

    double nativeNsPerDivision() const { return nativeNs_; }
    double nsPerUnit() const { return unitNs_; }
    double targetNsPerDivision(const Pace &pace) const;
    std::uint32_t unitsPerDivision(const Pace &pace) const;
    // What S8's extra `i % 100_000 == 1` test costs per iteration. In CPython
    // the test alone took the loop from 1.18 s to 1.79 s (EXPERIMENTS.md), so
    // a CPython-like pace charges 52% of a division for it; native charges
    // nothing, since C++ does the test almost for free.
    std::uint32_t napTestUnits(const Pace &pace) const;

    // Units that make one paced division cost `targetNs`, found by measuring
    // the real loop (cached per target; thread-safe).
    std::uint32_t unitsForTarget(double targetNs) const;

private:
    // The same, searched upwards from a point already known: the loop costs
    // `fromNs` with `fromUnits`.
    std::uint32_t unitsForTarget(double targetNs, std::uint32_t fromUnits, double fromNs) const;
    PaceCalibration();
    double nativeNs_ = 2.0;
    double unitNs_ = 1.0;
    mutable std::mutex mutex_;
    mutable std::map<double, std::uint32_t> cache_;
};

} // namespace conlab
