// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racereport.h"

#include "core/primes/racecores.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace conlab {

double RaceReport::divisions(std::uint64_t n)
{
    if (n < 3 || n % 2 == 0)
        return 0;
    const auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(n)));
    // A small factor is found at once; past the first 10^5 odd divisors the
    // loop is taken to run to the root, as it does for primes.
    for (std::uint64_t d = 3; d <= root && d < 200003; d += 2)
        if (n % d == 0)
            return static_cast<double>((d - 1) / 2);
    return root >= 3 ? static_cast<double>((root - 1) / 2) : 0;
}

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

double uniform(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// One run of the script: the parent is process 0, worker k is process k.
// Each process does one step at a time, and a step's CPU time passes only
// while the process has a core.
class Play
{
public:
    Play(const std::vector<std::uint64_t> &numbers, const RaceReport::Setup &setup, const RaceTiming &t)
        : numbers_(numbers),
          t_(t),
          workers_(std::max(1, setup.workers)),
          rng_(setup.seed),
          cores_(setup.cores, workers_ + 1, t.sliceUs),
          procs_(static_cast<std::size_t>(workers_) + 1),
          pillTaker_(static_cast<std::size_t>(workers_), 0)
    {
        verdict_.seed = setup.seed;
    }

    RaceVerdict run();

private:
    enum class Step { Boot, Take, Compute, Exit, Spawn, Warm, Get, Print, Empty };
    struct Process
    {
        Step step = Step::Boot;
        double left = 0; // CPU time still to run for the step, in microseconds
        bool done = false;
        std::uint64_t n = 0;
        int items = 0;
    };

    std::size_t items() const { return numbers_.size() + static_cast<std::size_t>(workers_); }
    Process &proc(int p) { return procs_[static_cast<std::size_t>(p)]; }
    void startSpawn(int worker);
    void startGet();
    void takeItem(int worker);
    void wakeParent(int waker);
    void finishParent();
    void finishWorker(int worker);
    void stop(int p) { cores_.leave(p, now_); }
    bool workersDone() const;

    const std::vector<std::uint64_t> &numbers_;
    const RaceTiming &t_;
    const int workers_;
    std::mt19937_64 rng_;
    RaceCores cores_;
    std::vector<Process> procs_;
    double now_ = 0;
    double wakeAt_ = kNever; // the parent, woken on a free core, runs then

    std::size_t taken_ = 0; // items taken from the job queue: numbers, then pills
    std::size_t pillsPut_ = 0;
    std::deque<int> pillWaiters_;     // workers blocked in jobs.get() until a pill is put
    std::vector<int> pillTaker_;      // per pill, the worker that took it
    std::vector<std::uint64_t> sent_; // the result pipe, in the order the results were put
    std::size_t read_ = 0;
    bool parentWaits_ = false; // blocked in results.get() with nothing to read

    bool decided_ = false;
    bool checked_ = false;
    std::size_t takenAtCheck_ = 0; // taken_ when the loop last asked jobs.empty()
    RaceVerdict verdict_;
};

bool Play::workersDone() const
{
    return std::all_of(procs_.begin() + 1, procs_.end(), [](const Process &p) { return p.done; });
}

// The parent starts a worker and then puts its pill. The child exists from
// the fork on and boots on whatever core it gets meanwhile.
void Play::startSpawn(int worker)
{
    Process &child = proc(worker);
    child.step = Step::Boot;
    child.left = t_.bootCpu.draw(rng_) * t_.traceScale;
    cores_.want(worker, now_);
    Process &parent = proc(0);
    parent.step = Step::Spawn;
    parent.left = t_.forkCpu.draw(rng_) * t_.traceScale;
}

void Play::startGet()
{
    Process &parent = proc(0);
    if (read_ < sent_.size()) {
        parent.step = Step::Get;
        parent.left = t_.get.drawBody(rng_);
        return;
    }
    stop(0);
    if (read_ < numbers_.size()) {
        parentWaits_ = true;
        return;
    }
    // Every result is printed and the queue was not empty: get() for ever.
    decided_ = true;
    verdict_.outcome = RaceOutcome::Hung;
    verdict_.modelSeconds = now_ / 1e6;
    if (!checked_)
        takenAtCheck_ = taken_;
}

void Play::takeItem(int worker)
{
    Process &w = proc(worker);
    if (taken_ < numbers_.size()) {
        w.n = numbers_[taken_++];
        w.step = Step::Compute;
        w.left = t_.checkUs + RaceReport::divisions(w.n) * t_.nsPerDivision / 1000 + t_.put.drawBody(rng_);
        if (++w.items == 1)
            w.left += t_.workerWarmUs * t_.traceScale;
        return;
    }
    const std::size_t pill = taken_ - numbers_.size();
    if (pill < pillsPut_) {
        pillTaker_[pill] = worker;
        ++taken_;
        w.step = Step::Exit;
        w.left = t_.exitCpu.draw(rng_) * t_.traceScale;
        return;
    }
    // Its pill is not in the queue yet: it blocks in jobs.get().
    w.step = Step::Take;
    w.left = 0;
    pillWaiters_.push_back(worker);
    stop(worker);
}

// A result was put while the parent blocked in get(). With a core free the
// parent runs there after the wake-up, unless it is woken on its waker's core
// (wakePreempts): then the waker waits until the parent blocks again, and has
// not come back for its next item when the parent asks jobs.empty(). With
// every core busy the parent waits its turn: it has just run, so the kernel
// does not let it preempt a process that has had less.
void Play::wakeParent(int waker)
{
    Process &parent = proc(0);
    parent.step = Step::Get;
    if (!cores_.anyIdle()) {
        parent.left = t_.get.drawBody(rng_);
        cores_.want(0, now_);
    } else if (uniform(rng_) < t_.wakePreempts) {
        parent.left = t_.get.drawBody(rng_);
        cores_.takeFrom(0, waker, now_);
    } else {
        parent.left = 0; // the wake latency ends when get() returns
        wakeAt_ = now_ + t_.wake.drawBody(rng_);
    }
}

void Play::finishParent()
{
    Process &parent = proc(0);
    switch (parent.step) {
    case Step::Spawn:
        ++pillsPut_;
        if (!pillWaiters_.empty()) {
            cores_.want(pillWaiters_.front(), now_);
            pillWaiters_.pop_front();
        }
        if (static_cast<int>(pillsPut_) < workers_) {
            startSpawn(static_cast<int>(pillsPut_) + 1);
        } else {
            parent.step = Step::Warm;
            parent.left = t_.parentWarmUs * t_.traceScale;
        }
        return;
    case Step::Warm:
    case Step::Empty: startGet(); return;
    case Step::Get:
        verdict_.printed.push_back(sent_[read_++]);
        parent.step = Step::Print;
        parent.left = t_.print.drawBody(rng_);
        return;
    case Step::Print:
        // if jobs.empty(): break
        checked_ = true;
        takenAtCheck_ = taken_;
        if (taken_ == items()) {
            decided_ = true;
            verdict_.outcome = read_ == numbers_.size() ? RaceOutcome::Complete : RaceOutcome::Lost;
            verdict_.modelSeconds = now_ / 1e6;
            parent.done = true;
            stop(0);
            return;
        }
        parent.step = Step::Empty;
        parent.left = t_.empty.drawBody(rng_);
        return;
    default: return;
    }
}

void Play::finishWorker(int worker)
{
    Process &w = proc(worker);
    switch (w.step) {
    case Step::Boot:
    case Step::Take: takeItem(worker); return;
    case Step::Compute:
        sent_.push_back(w.n);
        w.step = Step::Take;
        w.left = t_.take.drawBody(rng_);
        if (parentWaits_ && !decided_) {
            parentWaits_ = false;
            wakeParent(worker);
        }
        return;
    case Step::Exit:
        w.done = true;
        stop(worker);
        return;
    default: return;
    }
}

RaceVerdict Play::run()
{
    double nextTick = uniform(rng_) * t_.tickUs;
    cores_.want(0, now_);
    startSpawn(1);
    // The workers run on after the loop's end, so that the lost results and
    // the pills left are known. Every step ends, so this does too; the bound
    // only guards against a broken timing.
    for (long step = 0; step < 100'000'000 && !(decided_ && workersDone()); ++step) {
        double at = nextTick;
        int who = -1;
        for (int c = 0; c < cores_.cores(); ++c) {
            const int p = cores_.runnerOf(c);
            if (p >= 0 && now_ + proc(p).left < at) {
                at = now_ + proc(p).left;
                who = p;
            }
        }
        const bool woken = wakeAt_ < at;
        if (woken)
            at = wakeAt_;
        for (int c = 0; c < cores_.cores(); ++c)
            if (const int p = cores_.runnerOf(c); p >= 0)
                proc(p).left -= at - now_;
        now_ = at;
        if (woken) {
            wakeAt_ = kNever;
            cores_.want(0, now_);
        } else if (who < 0) {
            cores_.tick(now_);
            nextTick += t_.tickUs;
        } else {
            proc(who).left = 0;
            if (who == 0)
                finishParent();
            else
                finishWorker(who);
        }
    }
    if (verdict_.outcome == RaceOutcome::Lost)
        verdict_.lost.assign(sent_.begin() + static_cast<std::ptrdiff_t>(read_), sent_.end());
    if (verdict_.outcome == RaceOutcome::Hung && takenAtCheck_ < items()) {
        verdict_.pillsLeft = static_cast<int>(items() - takenAtCheck_);
        verdict_.lateWorker = pillTaker_[takenAtCheck_ - numbers_.size()];
    }
    return verdict_;
}

} // namespace

RaceVerdict RaceReport::play(const std::vector<std::uint64_t> &numbers, const Setup &setup, const RaceTiming &timing)
{
    return Play(numbers, setup, timing).run();
}

} // namespace conlab
