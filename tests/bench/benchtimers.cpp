// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "benchtimers.h"

#include "bareloop.h"
#include "core/gil/gil.h"
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "core/primes/primesrun.h"
#include "core/process/workerprocess.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"
#include "kernel/trialdivision.h"

#include <algorithm>
#include <array>
#include <poll.h>
#include <stdexcept>
#include <string>

namespace conlab::bench {

namespace {

// The primes of the book's sample, from the P marks in EXPERIMENTS.md: an
// answer key that owes nothing to the code being measured.
constexpr std::array<std::uint64_t, 9> kSamplePrimes = {
    2ull,
    142702110479723ull,
    299593572317531ull,
    3333333333333301ull,
    4444444444444423ull,
    5555555555555503ull,
    6666666666666719ull,
    7777777777777753ull,
    9999999999999917ull,
};

int expectedPrimes(const Numbers &numbers)
{
    return static_cast<int>(std::count_if(numbers.begin(), numbers.end(), [](std::uint64_t n) {
        return std::find(kSamplePrimes.begin(), kSamplePrimes.end(), n) != kSamplePrimes.end();
    }));
}

void checkPrimes(const char *what, int found, const Numbers &numbers)
{
    const int expected = expectedPrimes(numbers);
    if (found != expected)
        throw std::runtime_error(std::string(what) + " found " + std::to_string(found) + " primes, the book marks "
                                 + std::to_string(expected));
}

double secondsSince(std::int64_t t0)
{
    return static_cast<double>(monotonicNs() - t0) / 1e9;
}

} // namespace

double timeBare(const Numbers &numbers)
{
    int primes = 0;
    const std::int64_t t0 = monotonicNs();
    for (std::uint64_t n : numbers)
        primes += bareIsPrime(n) ? 1 : 0;
    const double s = secondsSince(t0);
    checkPrimes("the bare loop", primes, numbers);
    return s;
}

double timeTrialDivision(const Numbers &numbers, bool checked)
{
    EvalBreaker breaker;
    CancelCheckpoint checkpoint(breaker);
    LoopCost cost;
    cost.checkpoint = checked ? &checkpoint : nullptr;
    int primes = 0;
    const std::int64_t t0 = monotonicNs();
    for (std::uint64_t n : numbers) {
        TrialDivision t(n);
        t.run(cost);
        primes += t.prime() ? 1 : 0;
    }
    const double s = secondsSince(t0);
    checkPrimes("TrialDivision", primes, numbers);
    return s;
}

GilCheckTimes timeGilCheck(const Numbers &numbers)
{
    EvalBreaker breaker;
    Gil gil(breaker, GilConfig{}, monotonicNs());
    GilThreadState state(gil, "MainThread");
    GilAcquire holding(state);
    LoopCost checked;
    checked.checkpoint = &state;
    const LoopCost bare;
    GilCheckTimes times;
    int primesChecked = 0, primesBare = 0;
    const auto once = [](std::uint64_t n, const LoopCost &cost, double &seconds, int &primes) {
        const std::int64_t t0 = monotonicNs();
        TrialDivision t(n);
        t.run(cost);
        seconds += secondsSince(t0);
        primes += t.prime() ? 1 : 0;
    };
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        if (k % 2 == 0) {
            once(numbers[k], checked, times.checkedSeconds, primesChecked);
            once(numbers[k], bare, times.bareSeconds, primesBare);
        } else {
            once(numbers[k], bare, times.bareSeconds, primesBare);
            once(numbers[k], checked, times.checkedSeconds, primesChecked);
        }
    }
    checkPrimes("TrialDivision with the GIL held", primesChecked, numbers);
    checkPrimes("TrialDivision without a checkpoint", primesBare, numbers);
    if (!gil.dropRequests().empty())
        throw std::runtime_error("a drop request reached a GIL nobody else wanted");
    return times;
}

double timePrimesRun(PrimesModel model, int workers, const Pace &pace, const Numbers &numbers, const GilConfig &gil)
{
    // Calibrate before the clock starts; it is cached per pace.
    PaceCalibration::instance().unitsPerDivision(pace);
    PrimesConfig config;
    config.model = model;
    config.workers = workers;
    config.pace = pace;
    config.numbers = numbers;
    config.gil = gil;
    PrimesRun run(config);
    int primes = 0;
    const RunSummary summary = run.exec([&primes](const PrimeResult &r) { primes += r.prime ? 1 : 0; });
    if (!summary.ok())
        throw std::runtime_error("the run failed: " + summary.error.toStdString());
    if (summary.checked != static_cast<qsizetype>(numbers.size()))
        throw std::runtime_error("the run checked " + std::to_string(summary.checked) + " of "
                                 + std::to_string(numbers.size()) + " numbers");
    checkPrimes("PrimesRun", primes, numbers);
    return summary.wall;
}

double spawnToFirstResultMs(const QString &worker)
{
    constexpr std::uint64_t kTiny = 97;
    constexpr int kTimeoutMs = 5000;
    WorkerProcess proc;
    protocol::Decoder decoder;
    QString error;
    const std::int64_t t0 = monotonicNs();
    if (!proc.start(worker, {}, &error))
        throw std::runtime_error("cannot start " + worker.toStdString() + ": " + error.toStdString());
    proc.send(protocol::Hello{1, 0, 0});
    proc.send(protocol::Job{kTiny});
    for (bool open = true;;) {
        protocol::Message msg;
        const auto status = decoder.next(msg);
        if (status == protocol::Decoder::Status::Error)
            throw std::runtime_error("malformed output from the worker: " + decoder.error());
        if (status == protocol::Decoder::Status::Ok) {
            const auto *r = std::get_if<protocol::Result>(&msg);
            if (!r || r->n != kTiny || !r->prime)
                throw std::runtime_error("the worker's first message was not the Result for 97");
            break;
        }
        pollfd p{proc.readFd(), POLLIN, 0};
        if (!open || ::poll(&p, 1, kTimeoutMs) <= 0) {
            proc.drainStderr();
            throw std::runtime_error("no Result from the worker: " + proc.stderrText());
        }
        open = proc.readInto(decoder);
    }
    const std::int64_t t1 = monotonicNs();
    proc.send(protocol::Pill{});
    proc.finish(1000);
    return static_cast<double>(t1 - t0) / 1e6;
}

std::uint64_t divisionsOf(const Numbers &numbers)
{
    std::uint64_t total = 0;
    for (std::uint64_t n : numbers) {
        TrialDivision t(n);
        t.run({});
        total += t.divisions();
    }
    return total;
}

} // namespace conlab::bench
