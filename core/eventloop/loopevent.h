// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>
#include <string>

namespace conlab::aio {

// How much the loop tells its observer. Tasks is what traces and the
// benchmarks need; Full adds what a picture of the loop needs (the ready
// queue, timers, cancel() calls), which costs a clock read per change, so
// only an observer that draws the loop asks for it.
enum class LoopDetail : std::uint8_t { Tasks, Full };

// What the loop tells its observer. A plain value, so the experiment layer
// can copy it across threads, record it and replay it.
// Times are steady_clock nanoseconds since the loop's clock origin.
struct LoopEvent
{
    enum class Kind : std::uint8_t {
        TaskCreated,
        TaskStep, // one resumption of the task: [startNs, endNs]
        TaskDone, // finished, with a result or an exception
        TaskCancelled,
        // LoopDetail::Full only, from here on.
        ReadyQueue,      // the task joined (length grew) or left the ready queue, now `queued` long
        TimerScheduled,  // the task sleeps: armed at startNs, due at endNs
        TimerFired,      // its timer woke the task (startNs)
        TimerCancelled,  // a cancel() woke the task before its timer
        CancelRequested, // someone called cancel() on the task (startNs)
        StepStarted,     // a step began (startNs): a live view can draw it before it ends
    };
    static constexpr Kind kLastKind = Kind::StepStarted;

    Kind kind = Kind::TaskStep;
    std::uint64_t taskId = 0; // N of "Task-N"
    std::string taskName;
    std::string coroName;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;      // equal to startNs except for TaskStep and TimerScheduled
    std::uint64_t iteration = 0; // the loop iteration that produced the event
    std::uint32_t queued = 0;    // ReadyQueue: tasks waiting for their step
};

} // namespace conlab::aio
