// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepestimate.h"

#include "core/sweep/sweepschedule.h"
#include "kernel/isqrt.h"

#include <QThread>
#include <algorithm>

namespace conlab {

namespace {

// Seconds to start one worker process: about 3 ms for the plain C++ worker
// measured here (DESIGN.md), plus the pipes and the hand-shake.
constexpr double kSpawnSeconds = 0.004;
// A CPython series starts an interpreter (about 20 ms here) and forks a
// worker per count, each importing the listing's modules.
constexpr double kPythonStartSeconds = 0.03;
constexpr double kPythonSpawnSeconds = 0.01;
// Beyond this many numbers the work is estimated from an even sample, so the
// estimate stays instant while the user types.
constexpr std::size_t kSampleSize = 100'000;

// The trial divisions is_prime(n) makes: odd i from 3 up to the smallest
// factor or isqrt(n). Only small factors are looked for; a number with none
// is taken as prime, the worst case.
double divisions(std::uint64_t n)
{
    if (n < 3 || n % 2 == 0)
        return 0;
    const std::uint64_t root = isqrt(n);
    for (std::uint64_t i = 3; i <= root && i <= 101; i += 2)
        if (n % i == 0)
            return double((i - 3) / 2 + 1);
    return root >= 3 ? double((root - 3) / 2 + 1) : 0.0;
}

} // namespace

SweepCostModel::SweepCostModel(const SweepConfig &config)
{
    const std::vector<std::uint64_t> &ns = config.numbers;
    // An odd stride, so a list of consecutive numbers is not sampled on its
    // even (and free) members only.
    const std::size_t stride = std::max<std::size_t>(1, ns.size() / kSampleSize) | 1;
    double total = 0, largest = 0;
    std::size_t sampled = 0;
    for (std::size_t k = 0; k < ns.size(); k += stride, ++sampled) {
        const double d = divisions(ns[k]);
        total += d;
        largest = std::max(largest, d);
    }
    if (sampled > 0)
        total *= double(ns.size()) / double(sampled);
    const double nsPerDivision = PaceCalibration::instance().targetNsPerDivision(config.pace);
    totalNs_ = total * nsPerDivision;
    largestNs_ = largest * nsPerDivision;
    if (config.usesCPython() && nsPerDivision > 0)
        cpythonScale_ = PaceCalibration::instance().targetNsPerDivision(Pace::cpython()) / nsPerDivision;
    cores_ = std::max(1, QThread::idealThreadCount());
}

double SweepCostModel::runSeconds(const SweepSeries &series, int workers) const
{
    workers = std::max(1, workers);
    const bool parallel = PrimesModels::usesWorkerProcesses(series.model) || !series.gil.enabled;
    // With the GIL on, threads take turns: the work adds up whatever the count.
    const double spread = parallel ? totalNs_ / std::min(workers, cores_) : totalNs_;
    double seconds = std::max(spread, largestNs_) / 1e9;
    if (series.isCPython())
        return seconds * cpythonScale_ + kPythonStartSeconds + kPythonSpawnSeconds * workers;
    if (PrimesModels::usesWorkerProcesses(series.model))
        seconds += kSpawnSeconds * workers;
    return seconds;
}

SweepEta::SweepEta(const SweepConfig &config, const std::vector<SweepPoint> &schedule,
                   const std::vector<SweepRun> &done)
    : maxWorkers_(std::max(1, config.maxWorkers))
{
    cells_.resize(config.series.size() * std::size_t(maxWorkers_));
    const SweepCostModel model(config);
    for (int s = 0; s < int(config.series.size()); ++s)
        for (int w = 1; w <= maxWorkers_; ++w)
            cell(s, w).estimate = model.runSeconds(config.series[std::size_t(s)], w);
    for (const SweepPoint &p : schedule)
        ++cell(p.series, p.workers).left;
    for (const SweepRun &r : done) {
        if (r.series < 0 || r.series >= int(config.series.size()) || r.workers < 1 || r.workers > maxWorkers_)
            continue;
        Cell &c = cell(r.series, r.workers);
        ++c.measured;
        c.wall += r.wall;
        measuredWall_ += r.wall;
        measuredEstimate_ += c.estimate;
    }
}

SweepEta::Cell &SweepEta::cell(int series, int workers)
{
    return cells_[std::size_t(series) * std::size_t(maxWorkers_) + std::size_t(workers - 1)];
}

void SweepEta::record(const SweepRun &run)
{
    Cell &c = cell(run.series, run.workers);
    c.left = std::max(0, c.left - 1);
    ++c.measured;
    c.wall += run.wall;
    measuredWall_ += run.wall;
    measuredEstimate_ += c.estimate;
}

double SweepEta::secondsLeft(double overheadPerRun) const
{
    const double ratio = measuredEstimate_ > 0 && measuredWall_ > 0 ? measuredWall_ / measuredEstimate_ : 1.0;
    double seconds = 0;
    int left = 0;
    for (const Cell &c : cells_) {
        if (c.left == 0)
            continue;
        left += c.left;
        const double each = c.measured > 0 ? c.wall / c.measured : c.estimate * ratio;
        seconds += each * c.left;
    }
    return seconds + std::max(0.0, overheadPerRun) * left;
}

} // namespace conlab
