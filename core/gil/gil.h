// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "gilconfig.h"
#include "gilevents.h"
#include "gilstats.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace conlab {

class EvalBreaker;

// An emulation of CPython's GIL (3.2 and later, Python/ceval_gil.c): a flag
// guarded by a mutex, a condition variable for waiters, a drop request raised
// on the run's EvalBreaker when a waiter's switch interval runs out, and forced
// switching so that a thread that was asked to drop cannot take it straight
// back. Threads are known by the small ids registerThread() hands out, the
// analogue of CPython's thread states.
//
// Cancellation: the run's cancel sets EvalBreaker::CancelRequested and then
// calls interrupt(); every wait in here then ends by throwing Cancelled.
//
// With config.enabled == false (free-threaded CPython) acquire, release and
// dropOnRequest return at once and nothing is recorded.
class Gil
{
public:
    using HoldObserver = std::function<void(const GilHold &)>;
    static constexpr std::size_t kDefaultRecordCap = 1'000'000;

    // t0Ns is the run's start on CLOCK_MONOTONIC (monotonicNs()); recorded
    // times are relative to it. The config should have been validated; an
    // out-of-range interval is clamped rather than trusted.
    Gil(EvalBreaker &breaker, GilConfig config, std::int64_t t0Ns);
    ~Gil();
    Gil(const Gil &) = delete;
    Gil &operator=(const Gil &) = delete;

    const GilConfig &config() const noexcept { return config_; }
    bool enabled() const noexcept { return config_.enabled; }
    EvalBreaker &breaker() const noexcept { return breaker_; }
    std::int64_t t0Ns() const noexcept { return t0Ns_; }

    // Set up before the run's threads start; these are not synchronised with
    // acquire/release. The observer gets every hold as it ends, on the
    // releasing thread, while that thread still logically holds the GIL: with
    // the GIL on, calls are therefore serial and in time order. It must be
    // quick and must not call back into this Gil's acquire/release.
    void setHoldObserver(HoldObserver observer);
    // Caps the stored holds and drop requests each (memory stays bounded on
    // long runs); what does not fit is counted in GilStats. The observer still
    // sees every hold.
    void setRecordCap(std::size_t maxRecords);

    // Thread-safe; may also be called while the run is going. `worker` is
    // kept in the stats (GilThreadStats::worker).
    int registerThread(std::string name, int worker = 0);

    // Takes the GIL for tid, waiting as CPython's take_gil() does. Throws
    // Cancelled if the run is cancelled before or while waiting. Not
    // recursive: throws std::logic_error if tid holds it already.
    void acquire(int tid);
    // Like acquire(), but reports cancellation by returning false (for
    // destructors, which must not throw).
    bool acquireUnlessCancelled(int tid);
    // Drops the GIL if tid holds it; a no-op otherwise, so that the release of
    // an RAII guard stays safe after a cancelled reacquire.
    void release(int tid) noexcept;
    // Called from tid's checkpoint when GilDropRequested is set: drops the
    // GIL, waits until another thread has taken it (forced switching), then
    // takes it back like any waiter. Throws Cancelled from the waits.
    void dropOnRequest(int tid);
    // Wakes every waiter so that it can notice a cancel. Call after setting
    // EvalBreaker::CancelRequested.
    void interrupt();

    // Cheap (one atomic load); exact for the calling thread's own tid.
    bool isHeldBy(int tid) const noexcept { return holder_.load(std::memory_order_relaxed) == tid; }
    // Debug aid for tests: how many threads hold the GIL right now. Anything
    // above 1 is a bug.
    int holdersForTesting() const noexcept { return holders_.load(std::memory_order_relaxed); }
    // How many threads are blocked in acquire() right now.
    int waiting() const;

    GilStats stats() const;
    std::vector<GilHold> holds() const;
    std::vector<GilDropRequest> dropRequests() const;

private:
    using Lock = std::unique_lock<std::mutex>;

    std::int64_t nowNs() const noexcept;
    bool cancelled() const noexcept;
    void throwIfCancelled() const;
    void waitUntilFree(Lock &lock, int tid);
    void take(int tid, std::int64_t waitStartNs);
    void drop(Lock &lock, int tid);
    void requestDrop(int requester);

    struct Slot
    {
        GilThreadStats stats;
        std::int64_t holdStartNs = 0;
    };

    EvalBreaker &breaker_;
    const GilConfig config_; // with the interval clamped to the accepted range
    const std::int64_t t0Ns_;
    HoldObserver observer_;
    std::size_t recordCap_ = kDefaultRecordCap;

    mutable std::mutex mutex_;
    std::condition_variable gilCond_;    // the GIL became free, or interrupt()
    std::condition_variable switchCond_; // last holder changed, a waiter left, or interrupt()
    bool locked_ = false;
    int lastHolder_ = -1;
    std::uint64_t switchNumber_ = 0;
    int waiters_ = 0;       // threads waiting in waitUntilFree()
    int switchWaiters_ = 0; // threads in dropOnRequest()'s forced-switch wait
    std::vector<Slot> slots_;
    std::vector<GilHold> holds_;
    std::vector<GilDropRequest> requests_;
    std::size_t firstUnserved_ = 0; // requests_ before this index are all served
    std::uint64_t droppedHolds_ = 0;
    std::uint64_t droppedRequests_ = 0;

    // Written under mutex_, read without it by isHeldBy() and the tests.
    std::atomic<int> holder_{-1};
    std::atomic<int> holders_{0};
};

} // namespace conlab
