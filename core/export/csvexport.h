// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/spinner/spinnerevents.h"

#include <QByteArray>
#include <vector>

namespace conlab {

// Runs as CSV (RFC 4180, header row, '.' decimals whatever the locale).
// Primes results in the order given: n,prime,elapsed_s,worker,start_s,end_s.
class CsvExport
{
public:
    static QByteArray results(const std::vector<PrimeResult> &results);
    // A spinner run's frames: frame,glyph,t_s,gap_ms. The gap is the time
    // since the frame before (the first frame's since the run started), as
    // the frame-gap chart shows it: a stall is one large value.
    static QByteArray spinnerFrames(const SpinnerReport &report);
};

} // namespace conlab
