// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <array>

namespace conlab {

// EXPERIMENTS.md, P4: the book's Figure 19-2, procs.py with 1 to 20 worker
// processes on a 6-core machine, the median wall time of each count in
// seconds. One copy, shared by the preview chart and the sweep's overlay.
inline constexpr std::array<double, 20> kBookSweepMedians = {40.81, 22.79, 15.88, 13.21, 12.29, 10.39, 10.80,
                                                             11.40, 11.71, 12.51, 11.24, 11.09, 10.81, 10.64,
                                                             10.68, 10.58, 10.76, 10.71, 10.81, 10.73};
inline constexpr int kBookSweepCores = 6;

// The book's median at `workers` processes (1..20).
constexpr double bookSweepMedian(int workers)
{
    return kBookSweepMedians[static_cast<std::size_t>(workers - 1)];
}

} // namespace conlab
