// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/models.h"

namespace conlab::models {

// sequential.py: one loop, one number after another, on the caller's thread.
void runSequential(RunContext &ctx)
{
    CancelCheckpoint checkpoint(ctx.control.breaker());
    for (std::uint64_t n : ctx.config.numbers)
        ctx.publish(check(n, 0, ctx, checkpoint));
}

} // namespace conlab::models
