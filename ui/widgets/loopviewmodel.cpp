// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/loopviewmodel.h"

#include <algorithm>
#include <utility>

namespace conlab {

using Kind = aio::LoopEvent::Kind;

void LoopViewModel::clear()
{
    const std::size_t own = ownLanes_;
    *this = LoopViewModel();
    ownLanes_ = own;
}

void LoopViewModel::add(const std::vector<aio::LoopEvent> &events)
{
    for (const aio::LoopEvent &e : events)
        add(e);
}

bool LoopViewModel::roomFor()
{
    if (items_ >= kMaxItems) {
        truncated_ = true;
        return false;
    }
    ++items_;
    return true;
}

LoopViewModel::Lane &LoopViewModel::laneFor(const aio::LoopEvent &e)
{
    if (const auto it = laneOfTask_.find(e.taskId); it != laneOfTask_.end())
        return lanes_[it->second];
    std::size_t index = 0;
    if (lanes_.size() < ownLanes_) {
        index = lanes_.size();
        lanes_.emplace_back();
    } else if (const auto shared = sharedLaneOfCoro_.find(e.coroName); shared != sharedLaneOfCoro_.end()) {
        index = shared->second;
    } else if (lanes_.size() < kMaxLanes) {
        index = lanes_.size();
        lanes_.emplace_back();
        sharedLaneOfCoro_[e.coroName] = index;
    } else {
        index = lanes_.size() - 1; // a stray model with many coroutines: the last lane takes the rest
    }
    Lane &lane = lanes_[index];
    if (lane.tasks == 0) {
        lane.firstTaskId = e.taskId;
        lane.taskName = e.taskName;
        lane.coroName = e.coroName;
    }
    lane.lastTaskId = std::max(lane.lastTaskId, e.taskId);
    ++lane.tasks;
    laneOfTask_[e.taskId] = index;
    return lane;
}

void LoopViewModel::add(const aio::LoopEvent &e)
{
    endNs_ = std::max({endNs_, e.startNs, e.kind == Kind::TimerScheduled ? e.startNs : e.endNs});
    Lane &lane = laneFor(e);
    if (e.kind == Kind::ReadyQueue) {
        // The queue grew: the task joined it; it shrank: the task left for
        // its step, and the wait is drawn on its lane.
        const bool joined = e.queued > lastQueued_;
        lastQueued_ = e.queued;
        maxQueued_ = std::max(maxQueued_, e.queued);
        if (roomFor())
            queue_.push_back({e.startNs, e.queued});
        if (joined) {
            waiting_[e.taskId] = {e.startNs, laneOfTask_[e.taskId]};
        } else if (const auto it = waiting_.find(e.taskId); it != waiting_.end()) {
            if (roomFor())
                lane.waits.push_back({it->second.sinceNs, e.startNs});
            waiting_.erase(it);
        }
        return;
    }
    switch (e.kind) {
    case Kind::TaskCreated:
    case Kind::TaskDone:
    case Kind::ReadyQueue: break;
    case Kind::StepStarted: lane.openStepNs = e.startNs; break;
    case Kind::TaskStep:
        cancelPending_.erase(e.taskId);
        lane.openStepNs = -1;
        lane.longestStepNs = std::max(lane.longestStepNs, e.endNs - e.startNs);
        if (roomFor())
            lane.steps.push_back({e.startNs, e.endNs});
        break;
    case Kind::TaskCancelled:
        if (roomFor())
            lane.cancelled.push_back(e.startNs);
        break;
    case Kind::CancelRequested:
        if (!std::exchange(cancelPending_[e.taskId], true) && roomFor())
            lane.cancels.push_back(e.startNs);
        break;
    case Kind::TimerScheduled:
        if (roomFor()) {
            armedTimer_[e.taskId] = lane.timers.size();
            lane.timers.push_back({e.startNs, e.endNs});
        }
        break;
    case Kind::TimerFired:
    case Kind::TimerCancelled:
        if (const auto it = armedTimer_.find(e.taskId); it != armedTimer_.end()) {
            Timer &t = lane.timers[it->second];
            t.endNs = e.startNs;
            t.cancelled = e.kind == Kind::TimerCancelled;
            armedTimer_.erase(it);
        }
        break;
    }
}

const LoopViewModel::Lane *LoopViewModel::laneOf(const std::string &taskName) const
{
    for (const Lane &lane : lanes_) {
        if (lane.tasks == 1 && lane.taskName == taskName)
            return &lane;
    }
    return nullptr;
}

std::uint32_t LoopViewModel::queuedAt(std::int64_t tNs) const
{
    const auto after = std::upper_bound(queue_.begin(), queue_.end(), tNs,
                                        [](std::int64_t t, const QueueSample &s) { return t < s.tNs; });
    return after == queue_.begin() ? 0 : std::prev(after)->queued;
}

std::uint32_t LoopViewModel::minQueuedDuring(std::int64_t fromNs, std::int64_t toNs) const
{
    std::uint32_t least = queuedAt(fromNs);
    for (const QueueSample &s : queue_) {
        if (s.tNs > fromNs && s.tNs <= toNs)
            least = std::min(least, s.queued);
    }
    return least;
}

} // namespace conlab
