// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab {

// How long a worker may take over one job before the engine decides it has
// stopped answering, kills it and hands the number to a fresh worker.
//
// The limit is deliberately generous: max(10 s, 20 x the job's expected
// time), where the expected time is the pace's cost per division times the
// isqrt(n) / 2 odd divisors is_prime tries, stretched by how many workers
// share each core. A hung worker is rare and costs only the wait; a limit
// that is too tight kills healthy workers on a loaded or sanitizer-built
// machine and, after three, fails a correct run in front of an audience.
// The 10 s floor covers start-up of a fresh worker on a swamped machine and
// the many numbers whose expected time is microseconds.
class JobWatchdog
{
public:
    static constexpr std::int64_t kFloorNs = 10'000'000'000;
    static constexpr double kSlack = 20.0;

    // No limit on jobs (a caller that cannot say what a job should cost);
    // a pill still gets the floor.
    JobWatchdog() = default;
    // fixedMs > 0 sets that limit for every job (tests use a small one);
    // otherwise it is derived from the pace and the number of workers.
    JobWatchdog(int fixedMs, double nsPerDivision, int workers);

    // The limit for checking n, in ns.
    std::int64_t limitNs(std::uint64_t n) const;
    // The limit for answering a pill with done (no number to check).
    std::int64_t pillLimitNs() const;

private:
    bool unlimited_ = true;
    std::int64_t fixedNs_ = 0;
    double nsPerDivision_ = 0.0;
    double share_ = 1.0; // workers per core, at least 1
};

} // namespace conlab
