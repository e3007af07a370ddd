// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/largeallocations.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace conlab {

void keepLargeAllocationsMapped()
{
#if defined(M_MMAP_THRESHOLD) // glibc
    // Setting the threshold also turns off glibc's adjustment of it.
    constexpr int kThresholdBytes = 512 * 1024;
    mallopt(M_MMAP_THRESHOLD, kThresholdBytes);
#endif
}

} // namespace conlab
