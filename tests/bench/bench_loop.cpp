// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The event loop's cost per task switch: two tasks handing the loop to each
// other with sleep(0), with and without an observer.
//
// g++ 12 mishandles temporaries inside a co_await full-expression, so every
// awaitable is named first, and coroutine arguments are values or pointers.
#include "core/eventloop/aio.h"
#include "kernel/monotonic.h"

#include "benchconcurrency.h"

#include <cstdio>
#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;

namespace conlab::bench {

namespace {

constexpr int kSwitches = 1'000'000;

aio::Task<void> pinger(int naps, std::uint64_t *resumed)
{
    for (int i = 0; i < naps; ++i) {
        auto nap = aio::sleep(0);
        co_await nap;
        ++*resumed;
    }
}

aio::Task<void> pingPong(int napsEach, std::uint64_t *resumed)
{
    const aio::CoroInfo pingInfo{"ping", {}};
    const aio::CoroInfo pongInfo{"pong", {}};
    auto ping = aio::createTask(pinger(napsEach, resumed), pingInfo);
    auto pong = aio::createTask(pinger(napsEach, resumed), pongInfo);
    co_await ping;
    co_await pong;
}

// Nanoseconds per switch: each resume after a sleep(0) is one.
double nsPerSwitch(bool observed)
{
    aio::EventLoop loop;
    std::uint64_t events = 0;
    if (observed)
        loop.setObserver([&events](const aio::LoopEvent &) { ++events; });
    std::uint64_t resumed = 0;
    const aio::CoroInfo mainInfo{"main", {}};
    const std::int64_t t0 = monotonicNs();
    loop.run(pingPong(kSwitches / 2, &resumed), mainInfo);
    const std::int64_t t1 = monotonicNs();
    if (resumed != static_cast<std::uint64_t>(kSwitches))
        throw std::runtime_error("the loop resumed " + std::to_string(resumed) + " naps of "
                                 + std::to_string(kSwitches));
    if (observed && events < static_cast<std::uint64_t>(kSwitches))
        throw std::runtime_error("the observer saw " + std::to_string(events) + " events for "
                                 + std::to_string(kSwitches) + " switches");
    return static_cast<double>(t1 - t0) / kSwitches;
}

} // namespace

QJsonObject benchLoopTaskSwitch(const Plan &plan)
{
    nsPerSwitch(false); // warm-up: allocator, page faults
    const Pairs p = interleave(
        u"loop_task_switch_ns"_s, plan.runs, [] { return nsPerSwitch(false); }, [] { return nsPerSwitch(true); });
    QJsonObject e = series(p.a, 1);
    e[u"of"] = u"nanoseconds per task switch, two tasks ping-ponging with sleep(0), no observer"_s;
    e[u"switches"] = kSwitches;
    QJsonObject observed = series(p.b, 1);
    observed[u"of"] = u"the same with an observer set (every step timed and reported)"_s;
    e[u"with_observer"] = observed;
    Samples overhead;
    for (double r : p.ratios)
        overhead.push_back(1.0 / r);
    QJsonObject ratio = series(overhead, 3);
    ratio[u"of"] = u"with_observer / without, in interleaved pairs"_s;
    e[u"observer_ratio"] = ratio;
    return e;
}

} // namespace conlab::bench
