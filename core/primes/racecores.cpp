// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racecores.h"

#include <algorithm>

namespace conlab {

RaceCores::RaceCores(int cores, int processes, double sliceUs)
    : on_(static_cast<std::size_t>(std::max(1, cores)), -1),
      since_(on_.size(), 0),
      core_(static_cast<std::size_t>(std::max(0, processes)), -1),
      sliceUs_(sliceUs)
{
}

bool RaceCores::anyIdle() const
{
    return std::find(on_.begin(), on_.end(), -1) != on_.end();
}

void RaceCores::run(int process, int core, double now)
{
    on_[static_cast<std::size_t>(core)] = process;
    since_[static_cast<std::size_t>(core)] = now;
    core_[static_cast<std::size_t>(process)] = core;
}

void RaceCores::want(int process, double now)
{
    const auto idle = std::find(on_.begin(), on_.end(), -1);
    if (idle != on_.end())
        run(process, static_cast<int>(idle - on_.begin()), now);
    else
        waiting_.push_back(process);
}

void RaceCores::leave(int process, double now)
{
    const int core = core_[static_cast<std::size_t>(process)];
    if (core < 0) {
        waiting_.erase(std::remove(waiting_.begin(), waiting_.end(), process), waiting_.end());
        return;
    }
    core_[static_cast<std::size_t>(process)] = -1;
    on_[static_cast<std::size_t>(core)] = -1;
    if (!waiting_.empty()) {
        const int next = waiting_.front();
        waiting_.pop_front();
        run(next, core, now);
    }
}

void RaceCores::takeFrom(int process, int runner, double now)
{
    waiting_.erase(std::remove(waiting_.begin(), waiting_.end(), process), waiting_.end());
    const int core = core_[static_cast<std::size_t>(runner)];
    core_[static_cast<std::size_t>(runner)] = -1;
    waiting_.push_front(runner);
    run(process, core, now);
}

void RaceCores::tick(double now)
{
    // Every runner that has had a whole slice gives way while any process
    // waits, so with three processes on two cores each waits one turn in
    // three: the share the kernel's fairness gives each, in turns of a tick.
    for (std::size_t c = 0; c < on_.size() && !waiting_.empty(); ++c) {
        const int runner = on_[c];
        if (runner < 0 || now - since_[c] < sliceUs_)
            continue;
        const int next = waiting_.front();
        waiting_.pop_front();
        core_[static_cast<std::size_t>(runner)] = -1;
        waiting_.push_back(runner);
        run(next, static_cast<int>(c), now);
    }
}

} // namespace conlab
