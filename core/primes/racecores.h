// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <deque>
#include <vector>

namespace conlab {

// The machine's cores as Linux shares them among the racy script's
// processes, on RaceReport's model clock. While no more processes want a core
// than there are cores, each runs at once. Otherwise they take turns: a
// process keeps its core until it blocks or exits, or until a scheduler tick
// finds that it has run a whole slice while another waits; then the one that
// has waited longest takes the core, and it waits at the back. The kernel's
// fairness gives each process an equal share of the cores; one queue for all
// cores, served in turns of a tick, keeps that share (the kernel's queues per
// core and their balancing are not modelled). A process that wakes does not
// take a busy core from its runner: it waits its turn (RaceReport decides the
// one exception, the woken parent).
class RaceCores
{
public:
    RaceCores(int cores, int processes, double sliceUs);

    int runnerOf(int core) const { return on_[static_cast<std::size_t>(core)]; }       // -1 when idle
    int coreOf(int process) const { return core_[static_cast<std::size_t>(process)]; } // -1 unless running
    bool anyIdle() const;
    int cores() const { return static_cast<int>(on_.size()); }

    // The process wants a core: an idle one at once, else it waits its turn.
    void want(int process, double now);
    // The process blocks or exits: its core goes to the one that waited longest.
    void leave(int process, double now);
    // The process takes the core of `runner` at once; `runner` waits first in line.
    void takeFrom(int process, int runner, double now);
    // A scheduler tick: every runner that has had a whole slice gives way to a waiter.
    void tick(double now);

private:
    void run(int process, int core, double now);

    std::vector<int> on_;       // per core: its process, or -1
    std::vector<double> since_; // per core: when its process got it
    std::vector<int> core_;     // per process: its core, or -1
    std::deque<int> waiting_;   // in the order they will get a core
    double sliceUs_;
};

} // namespace conlab
