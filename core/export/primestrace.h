// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"
#include "core/export/tracemetadata.h"
#include "core/gil/gilevents.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"

#include <QByteArray>
#include <vector>

namespace conlab {

// A primes run as a Chrome trace: one track per worker (a process of its own
// for the processes models, a thread of the run's process otherwise) with one
// X event per checked number; GIL holds on a track of their own per thread,
// since holds and jobs interleave and X events on one track must nest; the
// job queue's depth as a counter; the event loop's task steps (coroutine
// models) on a track per task; lost results as an instant at the end; each
// worker crash as a "worker crashed" instant on that worker's track.
// Every process's main thread has tid == pid, which is how Perfetto knows it
// for the main thread: the run's (the report loop, and the jobs of the
// sequential and coroutines models) is tid 1 in pid 1, worker thread w is
// tid 1 + w, and worker process w is pid 1 + w with its one thread tid 1 + w.
// The metadata block gets the run's model, pace and workers from config.
class PrimesTrace
{
public:
    static constexpr int kRunPid = 1;
    static constexpr int kGilTidBase = 1000;

    static QByteArray build(const PrimesConfig &config, const std::vector<PrimeResult> &results,
                            const std::vector<GilHold> &holds, const RunSummary *summary,
                            const std::vector<aio::LoopEvent> &loopEvents = {}, TraceMetadata metadata = {});
};

} // namespace conlab
