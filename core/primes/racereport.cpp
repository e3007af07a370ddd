// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racereport.h"

#include <algorithm>
#include <cmath>
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

struct Sent
{
    double at; // the result is in the pipe
    std::uint64_t n;
    double nextTake; // its worker took its next item then
};

double draw(std::mt19937_64 &rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

} // namespace

RaceVerdict RaceReport::play(const std::vector<std::uint64_t> &numbers, const Setup &setup, const RaceTiming &t)
{
    std::mt19937_64 rng(setup.seed);
    const int w = std::max(1, setup.workers);
    const double share = std::max(1.0, static_cast<double>(w) / std::max(1, setup.cores));
    const std::size_t count = numbers.size();

    // The parent starts the workers one by one and puts a pill after each.
    std::vector<double> ready(w), pillPut(w);
    double clock = 0;
    for (int k = 0; k < w; ++k) {
        ready[k] = clock + t.boot.draw(rng);
        clock += t.spawn.draw(rng);
        pillPut[k] = clock;
    }
    const double loopStart = clock;

    // The workers drain the queue in order: numbers, then pills.
    std::vector<Sent> sent;
    sent.reserve(count);
    std::vector<double> pillTaken(w, 0);
    std::vector<int> pillTaker(w, 0);
    std::vector<bool> gone(w, false);
    for (std::size_t item = 0; item < count + static_cast<std::size_t>(w); ++item) {
        int k = -1;
        for (int j = 0; j < w; ++j)
            if (!gone[j] && (k < 0 || ready[j] < ready[k]))
                k = j;
        if (k < 0)
            break;
        if (item >= count) {
            const std::size_t pill = item - count;
            pillTaken[pill] = std::max(ready[k], pillPut[pill]);
            pillTaker[pill] = k + 1;
            gone[k] = true;
            continue;
        }
        const std::uint64_t n = numbers[item];
        const double compute = (t.checkUs + divisions(n) * t.nsPerDivision / 1000) * share;
        const double putDone = ready[k] + compute + t.put.draw(rng);
        ready[k] = putDone + t.take.draw(rng);
        sent.push_back({putDone, n, ready[k]});
    }
    const double emptyFrom = w > 0 ? *std::max_element(pillTaken.begin(), pillTaken.end()) : 0;
    // One pipe: results are read in the order they were put.
    std::stable_sort(sent.begin(), sent.end(), [](const Sent &a, const Sent &b) { return a.at < b.at; });

    RaceVerdict v;
    v.seed = setup.seed;
    double now = loopStart;
    double heldBack = -1; // the take a preempted waker had not yet made
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const bool woken = sent[i].at > now;
        now = woken ? sent[i].at + t.wake.draw(rng) : now + t.get.draw(rng);
        now += t.print.draw(rng);
        v.printed.push_back(sent[i].n);
        // The woken parent ran first: if its waker was the last to take an
        // item, the queue is not empty yet at this check.
        const bool preempted = woken && draw(rng) < t.wakePreempts && sent[i].nextTake >= emptyFrom;
        heldBack = preempted ? sent[i].nextTake : -1;
        if (now >= emptyFrom && !preempted) {
            for (std::size_t j = i + 1; j < sent.size(); ++j)
                v.lost.push_back(sent[j].n);
            v.outcome = v.lost.empty() ? RaceOutcome::Complete : RaceOutcome::Lost;
            v.modelSeconds = now / 1e6;
            return v;
        }
        now += t.empty.draw(rng);
    }
    // Every result is printed and a pill is still queued: get() again, for ever.
    v.outcome = RaceOutcome::Hung;
    v.modelSeconds = now / 1e6;
    double first = std::numeric_limits<double>::max();
    for (int p = 0; p < w; ++p) {
        if (pillTaken[p] > now || pillTaken[p] == heldBack) {
            ++v.pillsLeft;
            if (pillTaken[p] < first) {
                first = pillTaken[p];
                v.lateWorker = pillTaker[p];
            }
        }
    }
    return v;
}

} // namespace conlab
