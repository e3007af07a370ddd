// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>

namespace conlab {

class Checkpoint;

// How one trial division is charged and checked.
struct LoopCost
{
    std::uint32_t paceUnits = 0;      // extra burn() units per division (0 = native)
    std::uint32_t napTestUnits = 0;   // extra units for S8's `i % 100_000 == 1` test
    Checkpoint *checkpoint = nullptr; // cancel and GIL hook; nullptr = bare loop
};

// The book's is_prime, resumable: advance() runs at most a given number of
// divisions, so a coroutine (S8) can await between slices while the algorithm
// stays the one plain trial division every model uses.
class TrialDivision
{
public:
    explicit TrialDivision(std::uint64_t n) noexcept;

    // Returns true once the answer is known. May throw Cancelled through the
    // checkpoint.
    bool advance(std::uint64_t maxDivisions, const LoopCost &cost);
    bool run(const LoopCost &cost) { return advance(~std::uint64_t{0}, cost); }

    bool done() const noexcept { return state_ != State::Running; }
    bool prime() const noexcept { return state_ == State::Prime; }
    std::uint64_t divisions() const noexcept { return divisions_; }
    // Burn units charged so far: the call once (callcost.h), then every
    // division, the one that finds a factor included, as CPython pays for it.
    std::uint64_t chargedUnits() const noexcept { return charged_; }
    std::uint64_t number() const noexcept { return n_; }
    // The next odd divisor to try; S8 naps when it is 1 modulo 100,000.
    std::uint64_t nextDivisor() const noexcept { return next_; }

private:
    enum class State { Running, Prime, Composite };
    std::uint64_t n_;
    std::uint64_t root_ = 0;
    std::uint64_t next_ = 3;
    std::uint64_t divisions_ = 0;
    std::uint64_t charged_ = 0;
    bool callCharged_ = false;
    State state_ = State::Running;
};

// is_prime(n) from the book: false below 2, true for 2, false for other even
// numbers, else divide by every odd i from 3 to isqrt(n).
bool isPrime(std::uint64_t n, const LoopCost &cost = {});

} // namespace conlab
