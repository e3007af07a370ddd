// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "kernel/checkpoint.h"
#include "process/workerchannel.h"
#include "process/workerlocator.h"
#include "spinner/spinnercontext.h"

#include <future>
#include <thread>
#include <unistd.h>

namespace conlab::spinner {

namespace {

// Reads the child's frames as they come. Ends at spin-stopped, at the end
// of the child's output, or on cancel, and says which. It only reads: the
// supervisor thread alone writes to, describes and reaps the child, after
// joining this reader, so the two never touch the process at once.
WorkerChannel::Next readFrames(SpinnerContext &ctx, WorkerChannel &channel)
{
    protocol::Message msg;
    for (;;) {
        const WorkerChannel::Next next = channel.waitNext(msg, ctx.control);
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
    WorkerChannel::Next ended = WorkerChannel::Next::Message;
    std::thread reader([&] { ended = readFrames(ctx, channel); });
    const auto stopSpinner = [&] {
        channel.send(protocol::SpinStop{}); // done.set(), across the pipe
        reader.join();
        if (ended == WorkerChannel::Next::Closed)
            report.error = channel.describeExit(std::nullopt);
        else if (ended == WorkerChannel::Next::Malformed)
            report.error = channel.describeMalformed(std::nullopt);
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
        channel.stop();
        throw;
    }
    ctx.markStop();
    stopSpinner();
    report.answer = 42;
}

} // namespace conlab::spinner
