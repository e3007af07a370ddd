// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/numbers/sample.h"
#include "core/pace/pace.h"

#include <QString>
#include <cstdint>

namespace conlab {

// How long slow()'s is_prime(number) runs at a pace, for a prime `number`:
// its trial divisions times what the pace makes one cost. The listings'
// comments say this figure, so the code on screen agrees with the run the
// room is about to see (about 1.1 s at the CPython pace, 3.3 s at the book's).
double slowPrimeSeconds(const Pace &pace, std::uint64_t number = kSlowPrime);

// "1.1 s", "3.3 s", "0.07 s": two significant digits, as a comment in a
// Python listing says it (listings are code, so never localised).
QString roughSeconds(double seconds);

// The values the listings' {{name}} placeholders stand for at a pace:
// {{slow_cpu}} is slowPrimeSeconds() as roughSeconds().
QString fillListingPlaceholders(QString listing, const Pace &pace);

} // namespace conlab
