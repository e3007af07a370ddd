// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab::bench {

// The book's is_prime as a bare loop: no hooks, no pace, nothing of the engine.
// It lives in its own translation unit, compiled at -O2, so it is the yardstick
// the engine's native pace is held against (EXPERIMENTS.md: 0.89 s for the
// sample on this machine).
bool bareIsPrime(std::uint64_t n);

} // namespace conlab::bench
