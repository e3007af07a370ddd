// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/listingoutcome.h"
#include "core/primes/primeevents.h"
#include "core/spinner/spinnerevents.h"

#include <QString>
#include <optional>
#include <vector>

namespace conlab {

// The same experiment as an emulated run, run again in real CPython: what a
// page shows beside the emulation, and what a recording keeps of it. Only
// what a reader needs to judge and repeat it: which interpreter, the command
// a person would type, how it ended, and what it measured. A plain value.
struct CPythonSide
{
    enum class End { NotStarted, Finished, Failed, DidNotFinish, Cancelled };

    End end = End::NotStarted;
    QString interpreter; // "CPython 3.11.2 (/usr/bin/python3)"; empty when none was found
    QString commandLine; // ListingOutcome::commandLine()
    QString error;       // empty when it finished
    double seconds = 0;  // from the spawn to the end

    // Primes runs: the results as the listing printed them, and its summary.
    std::vector<PrimeResult> results;
    std::optional<RunSummary> summary;
    // Spinner runs.
    std::optional<SpinnerReport> report;

    bool finished() const { return end == End::Finished; }
    static CPythonSide from(const ListingOutcome &outcome);
    // Stable words for files: "finished", "failed", "did_not_finish", ...
    static QString key(End end);
    static std::optional<End> endFromKey(const QString &key);
};

} // namespace conlab
