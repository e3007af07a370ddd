// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "gil.h"

#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"

#include <algorithm>
#include <cassert>
#include <stdexcept>
#include <utility>

namespace conlab {

namespace {

GilConfig clamped(GilConfig config)
{
    config.switchInterval = std::clamp(config.switchInterval, kMinSwitchInterval, kMaxSwitchInterval);
    return config;
}

} // namespace

Gil::Gil(EvalBreaker &breaker, GilConfig config, std::int64_t t0Ns)
    : breaker_(breaker), config_(clamped(config)), t0Ns_(t0Ns)
{
}

Gil::~Gil() = default;

void Gil::setHoldObserver(HoldObserver observer)
{
    observer_ = std::move(observer);
}

void Gil::setRecordCap(std::size_t maxRecords)
{
    recordCap_ = maxRecords;
}

int Gil::registerThread(std::string name, int worker)
{
    std::lock_guard lock(mutex_);
    slots_.push_back({});
    slots_.back().stats.name = std::move(name);
    slots_.back().stats.worker = worker;
    return static_cast<int>(slots_.size()) - 1;
}

std::int64_t Gil::nowNs() const noexcept
{
    return monotonicNs() - t0Ns_;
}

bool Gil::cancelled() const noexcept
{
    return breaker_.test(EvalBreaker::CancelRequested);
}

void Gil::throwIfCancelled() const
{
    if (cancelled())
        throw Cancelled{};
}

void Gil::acquire(int tid)
{
    if (!config_.enabled)
        return;
    Lock lock(mutex_);
    assert(tid >= 0 && static_cast<std::size_t>(tid) < slots_.size());
    // Taking it twice would wait for ourselves forever; a loud error is better.
    if (isHeldBy(tid))
        throw std::logic_error("Gil::acquire: thread already holds the GIL (it is not recursive)");
    throwIfCancelled();
    std::int64_t waitStart = -1;
    if (locked_) {
        waitStart = nowNs();
        waitUntilFree(lock, tid);
    }
    take(tid, waitStart);
}

bool Gil::acquireUnlessCancelled(int tid)
{
    try {
        acquire(tid);
        return true;
    } catch (const Cancelled &) {
        return false;
    }
}

void Gil::release(int tid) noexcept
{
    // Only tid itself makes holder_ equal to tid or moves it away, so this
    // unlocked check is exact for the caller.
    if (!config_.enabled || !isHeldBy(tid))
        return;
    Lock lock(mutex_);
    drop(lock, tid);
}

void Gil::dropOnRequest(int tid)
{
    if (!config_.enabled || !isHeldBy(tid))
        return;
    Lock lock(mutex_);
    // The request may be gone: only a take clears it besides us, and nobody
    // can take while we hold, but keep the check so a stray call is harmless.
    if (!breaker_.test(EvalBreaker::GilDropRequested))
        return;
    breaker_.clear(EvalBreaker::GilDropRequested);
    ++slots_[static_cast<std::size_t>(tid)].stats.forcedDrops;
    drop(lock, tid);

    // Forced switching: on a multi-core machine the dropper would often win
    // the race for the mutex and take the GIL straight back, starving the
    // waiter that asked. So wait until someone else has become the last
    // holder. Also stop waiting if no waiter is left (it was cancelled or
    // gave up), or on cancel, so this can never deadlock.
    const std::int64_t waitStart = nowNs();
    ++switchWaiters_;
    switchCond_.wait(lock, [&] { return lastHolder_ != tid || waiters_ == 0 || cancelled(); });
    --switchWaiters_;
    throwIfCancelled();
    if (locked_)
        waitUntilFree(lock, tid);
    take(tid, waitStart);
}

void Gil::interrupt()
{
    // Taking the mutex orders this after any waiter's cancel check: a waiter
    // has either seen the cancel bit already or is parked and gets woken.
    std::lock_guard lock(mutex_);
    gilCond_.notify_all();
    switchCond_.notify_all();
}

void Gil::waitUntilFree(Lock &lock, int tid)
{
    ++waiters_;
    try {
        while (locked_) {
            // CPython's rule: ask for a drop only if a whole interval passed
            // with the GIL held and no switch meanwhile. If some other thread
            // got it in between, the holder has not been running long.
            const std::uint64_t seen = switchNumber_;
            const bool timedOut = gilCond_.wait_for(lock, config_.switchInterval) == std::cv_status::timeout;
            throwIfCancelled();
            if (timedOut && locked_ && switchNumber_ == seen)
                requestDrop(tid);
        }
    } catch (...) {
        --waiters_;
        // A dropper may be waiting for this thread to take over.
        if (switchWaiters_ > 0)
            switchCond_.notify_all();
        throw;
    }
    --waiters_;
}

void Gil::requestDrop(int requester)
{
    // Setting and clearing this bit always happens under mutex_, so the test
    // and the set cannot race; repeats while a request is pending are not new
    // requests.
    if (breaker_.test(EvalBreaker::GilDropRequested))
        return;
    breaker_.set(EvalBreaker::GilDropRequested);
    ++slots_[static_cast<std::size_t>(requester)].stats.dropRequests;
    if (requests_.size() < recordCap_)
        requests_.push_back({requester, holder_.load(std::memory_order_relaxed), nowNs()});
    else
        ++droppedRequests_;
}

void Gil::take(int tid, std::int64_t waitStartNs)
{
    const std::int64_t now = nowNs();
    locked_ = true;
    holder_.store(tid, std::memory_order_relaxed);
    holders_.fetch_add(1, std::memory_order_relaxed);

    Slot &slot = slots_[static_cast<std::size_t>(tid)];
    slot.holdStartNs = now;
    ++slot.stats.acquisitions;
    if (waitStartNs >= 0)
        slot.stats.waitNs += now - waitStartNs;

    if (lastHolder_ != tid) {
        if (lastHolder_ >= 0)
            ++slot.stats.switches;
        lastHolder_ = tid;
        ++switchNumber_;
        // Pending requests were all made against the previous holder (no
        // switch happened since), so this take serves them.
        for (; firstUnserved_ < requests_.size(); ++firstUnserved_) {
            requests_[firstUnserved_].servedNs = now;
            requests_[firstUnserved_].servedByTid = tid;
        }
        if (switchWaiters_ > 0)
            switchCond_.notify_all();
    }
    // As take_gil() does: a request still standing was aimed at the previous
    // holder; left set, it would make this thread drop at its first check.
    if (breaker_.test(EvalBreaker::GilDropRequested))
        breaker_.clear(EvalBreaker::GilDropRequested);
}

void Gil::drop(Lock &lock, int tid)
{
    const std::int64_t now = nowNs();
    Slot &slot = slots_[static_cast<std::size_t>(tid)];
    slot.stats.holdNs += now - slot.holdStartNs;
    const GilHold hold{tid, slot.holdStartNs, now};
    if (holds_.size() < recordCap_)
        holds_.push_back(hold);
    else
        ++droppedHolds_;

    if (observer_) {
        // Still logically held (locked_ is true), so observers run one at a
        // time and in order; the mutex is let go so that an observer may read
        // stats() and so that waiters are not stuck on the mutex meanwhile.
        lock.unlock();
        try {
            observer_(hold);
        } catch (...) {
            // An observer that throws must not leave the GIL locked forever.
        }
        lock.lock();
    }

    locked_ = false;
    holder_.store(-1, std::memory_order_relaxed);
    holders_.fetch_sub(1, std::memory_order_relaxed);
    // Uncontended releases skip the signal, so they cost no futex call.
    if (waiters_ > 0)
        gilCond_.notify_one();
}

int Gil::waiting() const
{
    std::lock_guard lock(mutex_);
    return waiters_;
}

GilStats Gil::stats() const
{
    std::lock_guard lock(mutex_);
    GilStats s;
    s.config = config_;
    s.threads.reserve(slots_.size());
    const int holder = holder_.load(std::memory_order_relaxed);
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        GilThreadStats t = slots_[i].stats;
        if (locked_ && holder == static_cast<int>(i))
            t.holdNs += nowNs() - slots_[i].holdStartNs;
        s.switches += t.switches;
        s.dropRequests += t.dropRequests;
        s.threads.push_back(std::move(t));
    }
    s.droppedHolds = droppedHolds_;
    s.droppedRequests = droppedRequests_;
    return s;
}

std::vector<GilHold> Gil::holds() const
{
    std::lock_guard lock(mutex_);
    return holds_;
}

std::vector<GilDropRequest> Gil::dropRequests() const
{
    std::lock_guard lock(mutex_);
    return requests_;
}

} // namespace conlab
