// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/primesreplay.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace conlab {

PrimesReplay::PrimesReplay(const RunRecording &recording, QObject *parent)
    : QObject(parent), results_(recording.results), holds_(recording.gilHolds)
{
    std::stable_sort(holds_.begin(), holds_.end(),
                     [](const GilHold &a, const GilHold &b) { return a.endNs < b.endNs; });
    // The run lasted as long as its summary says, or at least until its last
    // recorded event.
    const double wall = recording.summary && std::isfinite(recording.summary->wall) ? recording.summary->wall : 0.0;
    durationNs_ = static_cast<std::int64_t>(std::clamp(wall, 0.0, 1e7) * 1e9);
    for (const PrimeResult &r : results_)
        durationNs_ = std::max(durationNs_, r.endNs);
    if (!holds_.empty())
        durationNs_ = std::max(durationNs_, holds_.back().endNs);
    if (durationNs_ > kMaxPlayNs)
        speed_ = static_cast<double>(durationNs_) / static_cast<double>(kMaxPlayNs);

    timer_.setInterval(33); // the live page's drain pace
    connect(&timer_, &QTimer::timeout, this, &PrimesReplay::tick);
}

void PrimesReplay::start()
{
    if (active_ || done_)
        return;
    active_ = true;
    clock_.start();
    timer_.start();
    tick();
}

std::int64_t PrimesReplay::positionNs() const
{
    if (done_)
        return durationNs_;
    if (!active_)
        return 0;
    const double ns = static_cast<double>(clock_.nsecsElapsed()) * speed_;
    return std::min(durationNs_, static_cast<std::int64_t>(ns));
}

void PrimesReplay::skipToEnd()
{
    if (done_)
        return;
    deliverUpTo(std::numeric_limits<std::int64_t>::max());
    active_ = false;
    done_ = true;
    timer_.stop();
    emit finished();
}

void PrimesReplay::tick()
{
    const std::int64_t now = positionNs();
    deliverUpTo(now);
    if (now >= durationNs_)
        skipToEnd();
}

void PrimesReplay::deliverUpTo(std::int64_t ns)
{
    // In the recorded order, which is the order the table showed them in:
    // a result stamped a little late holds back the ones after it.
    std::vector<PrimeResult> results;
    for (; nextResult_ < results_.size() && results_[nextResult_].endNs <= ns; ++nextResult_)
        results.push_back(results_[nextResult_]);
    if (!results.empty())
        emit resultsDue(results);
    std::vector<GilHold> holds;
    for (; nextHold_ < holds_.size() && holds_[nextHold_].endNs <= ns; ++nextHold_)
        holds.push_back(holds_[nextHold_]);
    if (!holds.empty())
        emit holdsDue(holds);
}

} // namespace conlab
