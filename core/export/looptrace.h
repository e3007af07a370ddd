// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"

#include <vector>

namespace conlab {

class ChromeTrace;

// The event loop's task steps, one X event per step on a track per task
// (tid kTaskTidBase + task id), named "Task-N (coro)". The tids stay clear
// of the worker threads and processes (2..257) and the GIL tracks (1000+).
// Steps of one loop never overlap: one thread runs them all, one at a time.
class LoopTrace
{
public:
    static constexpr int kTaskTidBase = 300;
    static constexpr int kTaskTracks = 600;
    static void add(ChromeTrace &trace, int pid, const std::vector<aio::LoopEvent> &events);
};

} // namespace conlab
