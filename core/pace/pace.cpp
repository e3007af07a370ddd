// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "pace.h"

#include "core/numbers/sample.h"
#include "core/text/quotedvalue.h"
#include "kernel/burn.h"
#include "kernel/checkpoint.h"
#include "kernel/trialdivision.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace conlab {

std::optional<Pace> Pace::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == u"native")
        return native();
    if (t == u"cpython")
        return cpython();
    if (t == u"book")
        return book();
    bool ok = false;
    const double x = t.endsWith(u'x') ? t.chopped(1).toDouble(&ok) : t.toDouble(&ok);
    if (ok && std::isfinite(x) && x >= 1.0 && x <= 1000.0)
        return Pace{Kind::Multiplier, x};
    if (error) {
        //: %1 the pace the user typed
        *error = PaceCalibration::tr("unknown pace %1: use native, cpython, book, or a multiplier "
                                     "from 1 to 1000 such as 4")
                     .arg(QuotedValue::of(text));
    }
    return std::nullopt;
}

QString Pace::name() const
{
    switch (kind) {
    case Kind::Native: return QStringLiteral("native");
    case Kind::CPython: return QStringLiteral("cpython");
    case Kind::Book: return QStringLiteral("book");
    case Kind::Multiplier: return QString::number(multiplier) + u'x';
    }
    return {};
}

namespace {

// This thread's CPU time, not the wall clock: on a loaded machine (a CI run
// with two tests at once) the wall clock counts the time the thread waited
// for a core, the calibration then believes divisions are slow, and every
// paced run afterwards is too fast.
std::int64_t threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The fastest of a few tries: the minimum is the figure least disturbed by
// whatever else the machine is doing.
template <typename F>
double bestNs(int tries, F &&f)
{
    double best = 1e300;
    for (int k = 0; k < tries; ++k) {
        const std::int64_t t0 = threadCpuNs();
        f();
        best = std::min(best, static_cast<double>(threadCpuNs() - t0));
    }
    return best;
}

// Short tries, several of them: the fastest of five 60,000-division loops
// (2 ms each at cpython pace) is less often disturbed than one longer loop.
constexpr std::uint64_t kCalibrationDivisions = 60'000;

double loopNsPerDivision(std::uint32_t units)
{
    const double ns = bestNs(5, [units] {
        // Measured on the loop the runs use: with a checkpoint, whose
        // instantiation schedules differently from the bare one.
        EvalBreaker breaker;
        CancelCheckpoint checkpoint(breaker);
        TrialDivision t(kSlowPrime);
        LoopCost cost;
        cost.paceUnits = units;
        cost.checkpoint = &checkpoint;
        t.advance(kCalibrationDivisions, cost);
    });
    return ns / static_cast<double>(kCalibrationDivisions);
}

} // namespace

PaceCalibration::PaceCalibration()
{
    nativeNs_ = loopNsPerDivision(0);
    constexpr std::uint32_t kUnits = 1000;
    constexpr int kReps = 500;
    volatile std::uint64_t sink = 0;
    unitNs_ = bestNs(3,
                     [&] {
                         for (int r = 0; r < kReps; ++r)
                             sink = sink + burn(kUnits);
                     })
        / (double(kUnits) * kReps);
}

const PaceCalibration &PaceCalibration::instance()
{
    static const PaceCalibration calibration;
    return calibration;
}

std::uint32_t PaceCalibration::unitsForTarget(double targetNs) const
{
    return unitsForTarget(targetNs, 0, nativeNs_);
}

std::uint32_t PaceCalibration::unitsForTarget(double targetNs, std::uint32_t fromUnits, double fromNs) const
{
    if (targetNs <= fromNs)
        return fromUnits;
    std::lock_guard lock(mutex_);
    if (const auto it = cache_.find(targetNs); it != cache_.end())
        return it->second;
    // The first few burn units hide inside the divide's latency (the CPU runs
    // them out of order), so inside the loop a unit costs about half of what
    // it costs alone, and the cost is not proportional near zero. The loop's
    // cost does grow with the units, so the target is bracketed: start from
    // the open-loop guess, extend until a measurement lies above the target,
    // then narrow by the secant between the two sides. (Correcting by the
    // burn's own cost per unit stopped short: each step halved the error, and
    // after five steps cpython pace was left at 35 units instead of 51, 0.57x
    // CPython's time. A free secant, tried next, jumped to 156 on one noisy
    // pair of measurements.)
    double lo = fromUnits, loNs = fromNs;
    double hi = -1, hiNs = 0;
    double units = lo + std::max(1.0, std::round((targetNs - loNs) / unitNs_));
    for (int step = 0; step < 12; ++step) {
        const double measured = loopNsPerDivision(static_cast<std::uint32_t>(units));
        if (std::abs(targetNs - measured) < 0.01 * targetNs)
            break;
        if (measured < targetNs) {
            lo = units;
            loNs = measured;
        } else {
            hi = units;
            hiNs = measured;
        }
        if (hi < 0) {
            // Not above the target yet: go on at the slope seen so far, but
            // at least one unit and at most twice as far.
            const double slope = std::max(1e-3, (loNs - fromNs) / std::max(1.0, lo - fromUnits));
            units = std::clamp(std::round(lo + (targetNs - loNs) / slope), lo + 1, 2 * lo + 1);
            continue;
        }
        if (hi - lo <= 1) {
            units = targetNs - loNs < hiNs - targetNs ? lo : hi;
            break;
        }
        const double f = (targetNs - loNs) / std::max(1e-9, hiNs - loNs);
        units = std::clamp(std::round(lo + f * (hi - lo)), lo + 1, hi - 1);
    }
    // Above a known point, a dearer target never costs fewer units.
    if (fromUnits > 0)
        units = std::max(units, fromUnits + 1.0);
    const auto result = static_cast<std::uint32_t>(std::clamp(std::lround(units), 0L, 1L << 24));
    cache_.emplace(targetNs, result);
    return result;
}

double PaceCalibration::targetNsPerDivision(const Pace &pace) const
{
    switch (pace.kind) {
    case Pace::Kind::Native: return nativeNs_;
    case Pace::Kind::CPython: return Pace::kCPythonNs;
    case Pace::Kind::Book: return Pace::kBookNs;
    case Pace::Kind::Multiplier: return nativeNs_ * pace.multiplier;
    }
    return nativeNs_;
}

std::uint32_t PaceCalibration::unitsPerDivision(const Pace &pace) const
{
    if (pace.kind == Pace::Kind::Native)
        return 0;
    return unitsForTarget(targetNsPerDivision(pace));
}

std::uint32_t PaceCalibration::napTestUnits(const Pace &pace) const
{
    if (pace.kind == Pace::Kind::Native)
        return 0;
    constexpr double kNapTestFactor = 1.79 / 1.18;
    const double target = targetNsPerDivision(pace);
    const std::uint32_t base = unitsForTarget(target);
    // Bracketed from `base`, where the loop costs `target`: a noisy
    // measurement can shorten the nap's extra, but never cancel it (two
    // separate calibrations, each off by a few units, once left it at 0).
    const std::uint32_t withTest = unitsForTarget(target * kNapTestFactor, base, target);
    return withTest > base ? withTest - base : 0;
}

} // namespace conlab
