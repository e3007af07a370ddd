// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "trialdivision.h"

#include "burn.h"
#include "callcost.h"
#include "checkpoint.h"
#include "isqrt.h"

namespace conlab {

TrialDivision::TrialDivision(std::uint64_t n) noexcept : n_(n)
{
    if (n < 2)
        state_ = State::Composite;
    else if (n == 2)
        state_ = State::Prime;
    else if (n % 2 == 0)
        state_ = State::Composite;
    else
        root_ = isqrt(n);
    if (state_ == State::Running && root_ < 3)
        state_ = State::Prime; // 3, 5, 7: no odd divisor to try
}

namespace {

// The loop is instantiated per feature set so the native pace pays for
// nothing it does not use; the branch on `Checked` and `Paced` is resolved at
// compile time.
template <bool Checked, bool Paced>
bool divide(std::uint64_t n, std::uint64_t root, std::uint64_t &i, std::uint64_t &count, std::uint64_t budget,
            const LoopCost &cost, bool &composite)
{
    const std::uint32_t units = cost.paceUnits + cost.napTestUnits;
    for (; i <= root && budget != 0; i += 2, --budget) {
        ++count;
        // Before the test: CPython pays for the iteration that finds a
        // factor as for any other.
        if constexpr (Paced)
            burn(units);
        if (n % i == 0) {
            composite = true;
            return true;
        }
        if constexpr (Checked) {
            if (cost.checkpoint->pending()) [[unlikely]]
                cost.checkpoint->service();
        }
    }
    return i > root;
}

} // namespace

bool TrialDivision::advance(std::uint64_t maxDivisions, const LoopCost &cost)
{
    if (!callCharged_) {
        callCharged_ = true;
        // At most 8 times paceUnits, itself at most 2^24 (pace.cpp).
        const auto call = static_cast<std::uint32_t>(callUnits(n_, cost.paceUnits));
        burn(call);
        charged_ += call;
    }
    if (done())
        return true;
    bool composite = false;
    const bool checked = cost.checkpoint != nullptr;
    const std::uint32_t perDivision = cost.paceUnits + cost.napTestUnits;
    const bool paced = perDivision != 0;
    const std::uint64_t before = divisions_;
    bool finished;
    if (checked && paced)
        finished = divide<true, true>(n_, root_, next_, divisions_, maxDivisions, cost, composite);
    else if (checked)
        finished = divide<true, false>(n_, root_, next_, divisions_, maxDivisions, cost, composite);
    else if (paced)
        finished = divide<false, true>(n_, root_, next_, divisions_, maxDivisions, cost, composite);
    else
        finished = divide<false, false>(n_, root_, next_, divisions_, maxDivisions, cost, composite);
    charged_ += (divisions_ - before) * perDivision;
    if (composite)
        state_ = State::Composite;
    else if (finished)
        state_ = State::Prime;
    return done();
}

bool isPrime(std::uint64_t n, const LoopCost &cost)
{
    TrialDivision t(n);
    t.run(cost);
    return t.prime();
}

} // namespace conlab
