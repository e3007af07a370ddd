// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <cstdint>
#include <optional>

namespace conlab {

// One line primes_common.timeline() writes on stderr when CONLAB_TIMELINE is
// set: {"n": "7", "pid": 123, "thread": 456, "start": 1.5, "end": 1.6}.
// n is a string so that 2^64-1 survives JSON's doubles; start and end are
// time.perf_counter(), which on Linux is CLOCK_MONOTONIC, the app's clock.
struct TimelineRecord
{
    std::uint64_t n = 0;
    qint64 pid = 0;
    qint64 thread = 0;
    std::int64_t startNs = 0; // CLOCK_MONOTONIC
    std::int64_t endNs = 0;

    static std::optional<TimelineRecord> parse(const QByteArray &line);
};

} // namespace conlab
