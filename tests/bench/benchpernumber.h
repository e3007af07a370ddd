// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QJsonObject>

// pace_per_number: each number of the sample (and slow()'s prime) timed in
// CPython, by the book's primes_sequential.py, and in the emulation at
// cpython pace, alternating number by number, so that a burst of load from
// elsewhere hits both sides of a pair. Reports each number's medians and
// ratio. Throws std::runtime_error when python3 or the listing is missing.
namespace conlab::bench {

QJsonObject benchPacePerNumber(int rounds);

} // namespace conlab::bench
