// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QString>

namespace conlab {

// The exact lines of the book's sequential.py, procs.py and threads.py, so a
// headless run can be compared with the book line by line (EXPERIMENTS.md).
// Not translated: these lines are the program's output, as in the book.
class BookFormat
{
public:
    // "Checking 20 numbers sequentially:" / "Checking 20 numbers with 2 processes:"
    static QString header(PrimesModel model, qsizetype count, int workers);
    // f'{n:16}  {label} {elapsed:9.6f}s'
    static QString resultLine(const PrimeResult &r);
    // "Total time: 13.60s" / "20 checks in 8.18s"
    static QString footer(PrimesModel model, const RunSummary &summary);
    static QString racyFooter(const RunSummary &summary);
};

} // namespace conlab
