// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilstats.h"
#include "core/primes/raceverdict.h"
#include "core/process/workercrash.h"
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// One checked number, as procs.py's PrimeResult plus where and when it ran.
// A plain immutable value: views keep their own copies.
struct PrimeResult
{
    std::uint64_t n = 0;
    bool prime = false;
    double elapsed = 0.0;     // seconds, measured by the worker around is_prime
    int worker = 0;           // 0 for sequential; 1..N otherwise
    std::int64_t startNs = 0; // relative to the run's start
    std::int64_t endNs = 0;
};

// How a run ended, and what it did. `lost` holds the numbers the racy report
// loop never saw; `unchecked` the numbers a failed or cancelled run left;
// `crashes` every worker process the run lost and replaced, in order.
struct RunSummary
{
    QString model;
    int workers = 0;
    qsizetype numbers = 0;
    qsizetype checked = 0;
    double wall = 0.0; // seconds
    bool cancelled = false;
    QString error;
    std::vector<std::uint64_t> lost;
    std::vector<std::uint64_t> unchecked;
    std::vector<WorkerCrash> crashes;
    std::optional<GilStats> gil;     // threads and pool: who held the GIL, how long
    std::optional<RaceVerdict> race; // racy processes: how the report loop ended

    bool ok() const { return !cancelled && error.isEmpty(); }
};

} // namespace conlab

Q_DECLARE_METATYPE(conlab::PrimeResult)
Q_DECLARE_METATYPE(conlab::RunSummary)
