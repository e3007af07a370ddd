// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace conlab {

// Call once, first thing in a process that shows the lab window.
//
// A primes run over a million numbers grows, on the GUI thread, arrays that
// the view keeps per row (QHeaderView's sections, the sort proxy's
// mappings). Each doubling is a realloc; with glibc's default, adaptive mmap
// threshold those blocks end up on the heap, so the realloc copies tens of
// megabytes and faults in every new page at once: measured stalls of 45 to
// 55 ms with the window frozen. A fixed threshold keeps every block of 512 KiB
// or more in its own mapping, which realloc moves with mremap, without a copy.
// Measured with conlab-bench-gui's million scenario: the largest stall falls
// to about 30 ms, and peak memory drops by a tenth.
void keepLargeAllocationsMapped();

} // namespace conlab
