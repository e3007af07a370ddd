// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <array>
#include <cstdint>

namespace conlab {

// The book's 20 sample numbers, in the book's order (EXPERIMENTS.md).
inline constexpr std::array<std::uint64_t, 20> kBookSample = {
    2ull,
    142702110479723ull,
    299593572317531ull,
    3333333333333301ull,
    3333333333333333ull,
    3333335652092209ull,
    4444444444444423ull,
    4444444444444444ull,
    4444444488888889ull,
    5555553133149889ull,
    5555555555555503ull,
    5555555555555555ull,
    6666666666666666ull,
    6666666666666719ull,
    6666667141414921ull,
    7777777536340681ull,
    7777777777777753ull,
    7777777777777777ull,
    9999999999999917ull,
    9999999999999999ull,
};

// "Many small numbers" (10^6 to 10^6+399): jobs so short that the results
// arrive in a burst, which provokes the racy report loop (P5).
inline constexpr std::uint64_t kSmallSampleFirst = 1'000'000;
inline constexpr std::size_t kSmallSampleCount = 400;

// slow() in the spinner scripts: a prime, about 3.3 s in the book's CPython.
inline constexpr std::uint64_t kSlowPrime = 5'000'111'000'222'021ull;

} // namespace conlab
