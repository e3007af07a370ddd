// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilconfig.h"
#include "core/pace/pace.h"
#include "core/primes/primesconfig.h"

#include <QString>
#include <cstdint>
#include <vector>

// One timed operation each. Every function checks its answers against the
// book's prime marks and throws std::runtime_error when they differ or the
// run fails, so a wrong result is never reported as a fast one.
namespace conlab::bench {

using Numbers = std::vector<std::uint64_t>;

// Seconds for the bare -O2 loop over `numbers`.
double timeBare(const Numbers &numbers);
// Seconds for conlab::TrialDivision at native pace over `numbers`, with a
// CancelCheckpoint whose breaker is never set, or with no checkpoint.
double timeTrialDivision(const Numbers &numbers, bool checked);
// TrialDivision at native pace through the GilThreadState checkpoint of an
// enabled Gil that this thread holds with nobody else asking (the
// uncontended GIL check on every division), against LoopCost{} with no
// checkpoint. The two alternate number by number, in alternating order, so
// the drift of a busy machine hits both alike.
struct GilCheckTimes
{
    double checkedSeconds = 0;
    double bareSeconds = 0;
};
GilCheckTimes timeGilCheck(const Numbers &numbers);
// Wall seconds of one PrimesRun (the run's own figure, as the app reports it).
// `gil` applies to the threads and pool models.
double timePrimesRun(PrimesModel model, int workers, const Pace &pace, const Numbers &numbers,
                     const GilConfig &gil = {});
// Milliseconds from just before spawning `worker` to decoding its Result for
// n = 97, sent after a Hello at native pace.
double spawnToFirstResultMs(const QString &worker);

// How many trial divisions is_prime makes over `numbers`.
std::uint64_t divisionsOf(const Numbers &numbers);

} // namespace conlab::bench
