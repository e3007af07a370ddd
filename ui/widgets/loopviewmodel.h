// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace conlab {

// What the loop view draws, built from the loop's events (LoopDetail::Full):
// a lane of steps, timers and cancel() marks per task, and the ready queue's
// length over time. Plain data, no painting, so tests can check what the
// room will see.
class LoopViewModel
{
public:
    struct Span
    {
        std::int64_t startNs = 0;
        std::int64_t endNs = 0;
    };
    struct Timer
    {
        std::int64_t armedNs = 0;
        std::int64_t dueNs = 0;
        std::int64_t endNs = -1; // when it fired or was cancelled; -1 while armed
        bool cancelled = false;
    };
    struct Lane
    {
        std::uint64_t firstTaskId = 0;
        std::uint64_t lastTaskId = 0;
        int tasks = 0;        // more than one once tasks share the lane
        std::string taskName; // of its first task: "Task-2"
        std::string coroName; // "spin"
        std::vector<Span> steps;
        std::vector<Span> waits; // in the ready queue, waiting for its step
        std::vector<Timer> timers;
        // cancel() called on a task of the lane; a second call before the
        // task ran again (asyncio.run's cleanup) adds no mark.
        std::vector<std::int64_t> cancels;
        std::vector<std::int64_t> cancelled; // a task of the lane ended cancelled
        std::int64_t openStepNs = -1;        // a step runs since then; -1 when none
        std::int64_t longestStepNs = 0;
    };
    struct QueueSample
    {
        std::int64_t tNs = 0;
        std::uint32_t queued = 0;
    };

    // Tasks get lanes of their own up to this many lanes; later tasks share
    // a lane with the others of their coroutine (steps of one loop never
    // overlap, so a shared lane stays readable). A primes run makes one task
    // per number.
    static constexpr std::size_t kOwnLanes = 6;
    static constexpr std::size_t kMaxLanes = 10;
    // Steps, timers and samples kept per run at most.
    static constexpr std::size_t kMaxItems = 200'000;

    // Lanes of their own for the first `lanes` tasks (kOwnLanes unless
    // set); kept across clear(). A page whose program makes a task per item
    // (primes_async.py) gives only main its own lane.
    void setOwnLanes(std::size_t lanes) { ownLanes_ = std::clamp<std::size_t>(lanes, 1, kMaxLanes); }
    void clear();
    void add(const aio::LoopEvent &event);
    void add(const std::vector<aio::LoopEvent> &events);

    const std::vector<Lane> &lanes() const { return lanes_; }
    // The lane of the task named `taskName` ("Task-2"), or nullptr.
    const Lane *laneOf(const std::string &taskName) const;
    const std::vector<QueueSample> &queue() const { return queue_; }
    std::uint32_t maxQueued() const { return maxQueued_; }
    // The ready queue's length at `tNs` (the last sample at or before it).
    std::uint32_t queuedAt(std::int64_t tNs) const;
    // The least length of the queue over [fromNs, toNs].
    std::uint32_t minQueuedDuring(std::int64_t fromNs, std::int64_t toNs) const;
    // Tasks in the ready queue now, by id: since when, and on which lane.
    struct Waiting
    {
        std::int64_t sinceNs = 0;
        std::size_t lane = 0;
    };
    const std::map<std::uint64_t, Waiting> &waiting() const { return waiting_; }
    // The latest time any event speaks of.
    std::int64_t endNs() const { return endNs_; }
    bool empty() const { return lanes_.empty() && queue_.empty(); }
    bool truncated() const { return truncated_; }

private:
    Lane &laneFor(const aio::LoopEvent &event);
    bool roomFor();

    std::size_t ownLanes_ = kOwnLanes;
    std::vector<Lane> lanes_;
    std::map<std::uint64_t, std::size_t> laneOfTask_;
    std::map<std::string, std::size_t> sharedLaneOfCoro_;
    std::map<std::uint64_t, std::size_t> armedTimer_; // task -> index in its lane's timers
    std::map<std::uint64_t, bool> cancelPending_;
    std::map<std::uint64_t, Waiting> waiting_; // task -> cancel() called since its last step
    std::vector<QueueSample> queue_;
    std::uint32_t maxQueued_ = 0;
    std::uint32_t lastQueued_ = 0;
    std::int64_t endNs_ = 0;
    std::size_t items_ = 0;
    bool truncated_ = false;
};

} // namespace conlab
