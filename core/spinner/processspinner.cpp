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
// of the child's output, or on cancel.
void readFrames(SpinnerContext &ctx, WorkerChannel &channel)
{
    protocol::Message msg;
    for (;;) {
        switch (channel.waitNext(msg, ctx.control)) {
        case WorkerChannel::Next::NeedMore: return; // cancelled
        case WorkerChannel::Next::Closed: {
            const QString why = channel.describeExit(std::nullopt);
            std::lock_guard lock(ctx.mutex);
            ctx.error = why;
            return;
        }
        case WorkerChannel::Next::Malformed: {
            const QString why = channel.describeMalformed(std::nullopt);
            std::lock_guard lock(ctx.mutex);
            ctx.error = why;
            return;
        }
        case WorkerChannel::Next::Message: break;
        }
        if (const auto *f = std::get_if<protocol::Frame>(&msg)) {
            ctx.frame(static_cast<int>(f->index), f->tNs, f->glyph);
        } else if (std::holds_alternative<protocol::SpinStopped>(msg)) {
            ctx.cleared();
            return;
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
    std::thread reader([&] { readFrames(ctx, channel); });
    const auto stopSpinner = [&] {
        channel.send(protocol::SpinStop{}); // done.set(), across the pipe
        reader.join();
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
        channel.stop(); // the reader sees the cancel, or the end of output
        reader.join();
        throw;
    }
    ctx.markStop();
    stopSpinner();
    report.answer = 42;
}

} // namespace conlab::spinner
