// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <atomic>
#include <cstdint>

namespace conlab {

// The analogue of CPython's "eval breaker": one word that the hot loop reads
// with a single relaxed load per trial division. Whoever wants the loop's
// attention (a cancel, a GIL drop request) sets a bit; only then does the loop
// take the slow path through Checkpoint::service().
class EvalBreaker
{
public:
    enum Flag : std::uint32_t {
        CancelRequested = 1u << 0,
        GilDropRequested = 1u << 1,
    };

    bool pending() const noexcept { return bits_.load(std::memory_order_relaxed) != 0; }
    bool test(Flag f) const noexcept { return (bits_.load(std::memory_order_acquire) & f) != 0; }
    void set(Flag f) noexcept { bits_.fetch_or(f, std::memory_order_release); }
    void clear(Flag f) noexcept { bits_.fetch_and(~static_cast<std::uint32_t>(f), std::memory_order_release); }

private:
    std::atomic<std::uint32_t> bits_{0};
};

// Thrown out of a workload loop when its run was cancelled.
struct Cancelled
{
};

// The hook a workload loop calls when its breaker is pending. One object per
// thread (like CPython's thread state), so service() knows who is asking.
// service() may throw Cancelled, or block while the GIL is handed over.
class Checkpoint
{
public:
    explicit Checkpoint(const EvalBreaker &breaker) : breaker_(breaker) { }
    virtual ~Checkpoint() = default;
    Checkpoint(const Checkpoint &) = delete;
    Checkpoint &operator=(const Checkpoint &) = delete;

    bool pending() const noexcept { return breaker_.pending(); }
    virtual void service() = 0;

protected:
    const EvalBreaker &breaker_;
};

// The checkpoint of a run without a GIL: it only honours cancellation.
class CancelCheckpoint final : public Checkpoint
{
public:
    using Checkpoint::Checkpoint;
    void service() override
    {
        if (breaker_.test(EvalBreaker::CancelRequested))
            throw Cancelled{};
    }
};

} // namespace conlab
