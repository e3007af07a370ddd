#pragma once
#include <cstdint>
#include <string>

namespace conlab::aio {

// What the loop tells its observer. A plain value, so the experiment layer
// can copy it across threads, record it and replay it.
// Times are steady_clock nanoseconds since the loop's clock origin.
struct LoopEvent
{
    enum class Kind : std::uint8_t {
        TaskCreated,
        TaskStep,      // one resumption of the task: [startNs, endNs]
        TaskDone,      // finished, with a result or an exception
        TaskCancelled,
    };

    Kind kind = Kind::TaskStep;
    std::uint64_t taskId = 0;    // N of "Task-N"
    std::string taskName;
    std::string coroName;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;      // equal to startNs except for TaskStep
    std::uint64_t iteration = 0; // the loop iteration that produced the event
};

} // namespace conlab::aio
