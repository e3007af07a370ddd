// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "gilconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace conlab {

// What one thread did with the GIL. With the GIL disabled every count but the
// name stays zero: there is nothing to hold, wait for or switch.
struct GilThreadStats
{
    std::string name;
    // The run's worker this thread is (PrimeResult::worker, 1..n), so the
    // timeline puts its holds on that worker's lane without reading the
    // name; 0 for a thread that is no worker (the spinner's).
    int worker = 0;
    std::int64_t holdNs = 0; // includes the hold in progress, if any
    std::int64_t waitNs = 0; // time spent waiting to take the GIL
    std::uint64_t acquisitions = 0;
    std::uint64_t switches = 0;     // takes from another thread (the first take of a run is not one)
    std::uint64_t dropRequests = 0; // requests this thread made as a waiter
    std::uint64_t forcedDrops = 0;  // times this thread dropped the GIL because it was asked to
};

struct GilStats
{
    GilConfig config;
    std::vector<GilThreadStats> threads; // indexed by the tid from registerThread()
    std::uint64_t switches = 0;          // sum over threads
    std::uint64_t dropRequests = 0;      // sum over threads
    std::uint64_t droppedHolds = 0;      // holds not stored because the record cap was reached
    std::uint64_t droppedRequests = 0;   // likewise for drop requests
};

} // namespace conlab
