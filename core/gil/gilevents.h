// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab {

// One stretch of time during which one thread held the GIL. Times are ns on
// CLOCK_MONOTONIC relative to the run's start, so they share an axis with the
// run's other events. A plain value: the timeline and the trace exporter keep
// their own copies (Q_DECLARE_METATYPE belongs to whoever queues it through Qt;
// core/gil has no Qt).
struct GilHold
{
    int tid = -1;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;

    bool operator==(const GilHold &) const = default;
};

// A waiter's interval ran out with no switch, so it asked the holder to drop
// the GIL. servedNs is when some other thread than the holder took it next
// (-1 while unserved). servedNs - requestNs is the real switch latency: how
// long after the interval elapsed the hand-over actually happened.
struct GilDropRequest
{
    int requesterTid = -1;
    int holderTid = -1;
    std::int64_t requestNs = 0;
    std::int64_t servedNs = -1;
    int servedByTid = -1;

    bool served() const noexcept { return servedNs >= 0; }
    bool operator==(const GilDropRequest &) const = default;
};

} // namespace conlab
