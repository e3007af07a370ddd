// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/jobwatchdog.h"
#include "core/process/workerchannel.h"
#include "core/process/workerlocator.h"
#include "core/spinner/spinnercontext.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"

#include <atomic>
#include <future>
#include <thread>
#include <unistd.h>

namespace conlab::spinner {

namespace {

// How long the child may draw no frame. It draws one every 100 ms, so the
// floor of the job watchdog (10 s) is a hundred frames: only a stopped or
// hung child misses them all, even on a swamped machine.
std::int64_t silenceLimitNs(const SpinnerConfig &config)
{
    return config.watchdogMs > 0 ? std::int64_t{config.watchdogMs} * 1'000'000 : JobWatchdog::kFloorNs;
}

// Reads the child's frames as they come. Ends at spin-stopped, at the end
// of the child's output, on cancel, or when the child has been silent for
// limitNs (TimedOut), and says which. It only reads: the supervisor thread
// alone writes to, describes and reaps the child, after joining this
// reader, so the two never touch the process at once.
WorkerChannel::Next readFrames(SpinnerContext &ctx, WorkerChannel &channel, std::int64_t limitNs)
{
    protocol::Message msg;
    for (;;) {
        const WorkerChannel::Next next = channel.waitNext(msg, ctx.control, monotonicNs() + limitNs);
        if (next != WorkerChannel::Next::Message)
            return next; // NeedMore here means cancelled
        if (const auto *f = std::get_if<protocol::Frame>(&msg)) {
            ctx.frame(static_cast<int>(f->index), f->tNs, f->glyph);
        } else if (std::holds_alternative<protocol::SpinStopped>(msg)) {
            ctx.cleared();
            return next;
        }
    }
}

} // namespace

// supervisor() of spinner_proc.py: the spinner runs in a child process (the
// worker executable); its Event is a message over the pipe, never a signal.
void runProcessSpinner(SpinnerContext &ctx, SpinnerReport &report)
{
    WorkerChannel channel(1);
    const QString program = ctx.config.workerPath.isEmpty() ? WorkerLocator::workerPath() : ctx.config.workerPath;
    QString error;
    if (!channel.start(program, protocol::Hello{1, 0, 0}, &error)) {
        report.error = error;
        return;
    }
    RunControl::WakerScope wake(ctx.control, [&] { ctx.cancelled.set(); });
    ctx.spinnerObject(QStringLiteral("<Process name='Process-1' parent=%1 initial>").arg(::getpid()));
    ctx.markStart();
    channel.send(protocol::SpinStart{100, ctx.config.message.toStdString()});
    const std::int64_t limitNs = silenceLimitNs(ctx.config);
    WorkerChannel::Next ended = WorkerChannel::Next::Message;
    std::atomic<bool> silent{false};
    std::thread reader([&] {
        ended = readFrames(ctx, channel, limitNs);
        if (ended == WorkerChannel::Next::TimedOut) {
            // A silent child ends the run now rather than after slow(): the
            // sleep wakes at once (a prime in this process ends by itself).
            silent = true;
            ctx.cancelled.set();
        }
    });
    const auto stopSpinner = [&] {
        channel.send(protocol::SpinStop{}); // done.set(), across the pipe
        reader.join();
        if (ended == WorkerChannel::Next::Closed)
            report.error = channel.describeExit(std::nullopt);
        else if (ended == WorkerChannel::Next::Malformed)
            report.error = channel.describeMalformed(std::nullopt);
        else if (ended == WorkerChannel::Next::TimedOut)
            report.error = channel.endSilentSpinner(limitNs);
        else
            channel.finish(500);
    };
    try {
        if (ctx.config.slow == SlowKind::Sleep) {
            ctx.blockingSleep(ctx.config.seconds);
        } else {
            // The parent's own interpreter has only this thread: no GIL
            // contention here, the child draws in parallel.
            CancelCheckpoint checkpoint(ctx.control.breaker());
            isPrime(ctx.config.number, ctx.cost(&checkpoint));
        }
    } catch (const Cancelled &) {
        reader.join(); // it sees the cancel within one poll
        if (!silent || ctx.control.cancelled()) {
            channel.stop();
            throw;
        }
        ctx.markStop();
        report.error = channel.endSilentSpinner(limitNs);
        return;
    }
    ctx.markStop();
    stopSpinner();
    report.answer = 42;
}

} // namespace conlab::spinner
