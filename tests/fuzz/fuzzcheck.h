// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdio>
#include <cstdlib>

// The fuzz build is RelWithDebInfo, where assert() is compiled out, so the
// targets check their invariants with this instead. A broken invariant is a
// finding like a crash: libFuzzer saves the input that caused it.
namespace conlab::fuzz {

inline void check(bool ok, const char *what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace conlab::fuzz
