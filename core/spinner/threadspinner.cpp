// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/gil/gilguards.h"
#include "core/gil/gilthreadstate.h"
#include "core/spinner/spinnercontext.h"
#include "kernel/monotonic.h"

#include <thread>

namespace conlab::spinner {

namespace {

// spin() of spinner_thread.py: draw a frame (which needs the GIL: it runs
// Python), then wait on the Event for .1 s (which lets the GIL go).
void spin(SpinnerContext &ctx, Gil &gil, ThreadingEvent &done)
{
    GilThreadState state(gil, "Thread-1 (spin)");
    try {
        GilAcquire running(state);
        for (int i = 0;; ++i) {
            ctx.frame(i, monotonicNs(), kGlyphs[i % 4]);
            bool stop = false;
            {
                GilRelease waiting(state);
                stop = done.wait(std::chrono::milliseconds(100));
            } // takes the GIL back: with a busy main thread, this is the wait
            if (stop || ctx.control.cancelled())
                break;
        }
        ctx.cleared();
    } catch (const Cancelled &) {
    }
}

} // namespace

// supervisor() of spinner_thread.py, with slow() run by the main thread.
void runThreadSpinner(SpinnerContext &ctx, SpinnerReport &report)
{
    Gil gil(ctx.control.breaker(), ctx.config.gil, ctx.t0Ns);
    if (ctx.observer.onGilHold)
        gil.setHoldObserver(ctx.observer.onGilHold);
    ThreadingEvent done;
    RunControl::WakerScope wake(ctx.control, [&] {
        gil.interrupt();
        done.set();
        ctx.cancelled.set();
    });
    GilThreadState main(gil, "MainThread");
    {
        GilAcquire running(main);
        ctx.spinnerObject(QStringLiteral("<Thread(Thread-1 (spin), initial)>"));
        ctx.markStart();
        std::thread spinner([&] { spin(ctx, gil, done); });
        const auto stopSpinner = [&] {
            done.set();
            GilRelease joining(main); // join() blocks, so it lets the GIL go
            spinner.join();
        };
        try {
            if (ctx.config.slow == SlowKind::Sleep) {
                GilRelease sleeping(main);
                ctx.blockingSleep(ctx.config.seconds);
            } else {
                isPrime(ctx.config.number, ctx.cost(&main));
            }
        } catch (const Cancelled &) {
            stopSpinner();
            throw;
        }
        ctx.markStop();
        stopSpinner();
        report.answer = 42;
    }
    report.gil = gil.stats();
}

} // namespace conlab::spinner
