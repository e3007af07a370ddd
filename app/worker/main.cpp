// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// concurrency-lab-worker: the process side of the processes model, the
// process spinner (S2, S5) and the coroutine executor. It speaks the protocol
// of core/kernel/protocol.h on stdin and stdout and links no Qt at all, since
// its start-up time is part of what the lesson measures.
//
// Exit codes: 0 after a pill or end-of-file on stdin; 2 on a protocol error
// (bad magic, version, type or length, a job before hello), with a message on
// stderr. It never waits for anything but its stdin.
//
// It never outlives its parent: PR_SET_PDEATHSIG on Linux, and end-of-file
// on stdin everywhere, noticed even in the middle of a long number.
//
// `--guard` makes it something else: the guardian of a CPython listing's
// process group (guard.cpp), kept in this binary so that it is installed,
// found and tested with it.
#include "guard.h"
#include "kernel/checkpoint.h"
#include "kernel/monotonic.h"
#include "kernel/protocol.h"
#include "kernel/trialdivision.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace {

using namespace conlab;

int fatal(const std::string &why)
{
    std::fprintf(stderr, "concurrency-lab-worker: %s\n", why.c_str());
    return 2;
}

// Raised when the parent's end of stdin closes: the parent died, or gave up
// on this worker. Every job's checkpoint reads it, so a job stops within one
// division and the worker leaves instead of computing for nobody.
EvalBreaker gParentGone;

// Between jobs the worker blocks reading stdin, so end-of-file ends it there
// by itself. During a job it does not read, so this thread watches: poll()
// for the peer's hang-up costs nothing while it waits and never consumes the
// parent's messages (POLLIN is not asked for).
void watchParent()
{
    std::thread([] {
        pollfd p{0, POLLRDHUP, 0};
        for (;;) {
            const int r = ::poll(&p, 1, -1);
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0 || (p.revents & (POLLRDHUP | POLLHUP | POLLERR | POLLNVAL)) != 0)
                break;
        }
        gParentGone.set(EvalBreaker::CancelRequested);
    }).detach();
}

// Test only (docs/worker-protocol.md): CONLAB_WORKER_TEST_CRASH_ON=<n> makes
// the worker abort when it is asked to check n, so tests can watch the
// engine replace a worker that dies on one number every time.
std::optional<std::uint64_t> testCrashOn(std::string &error)
{
    const char *text = std::getenv("CONLAB_WORKER_TEST_CRASH_ON");
    if (!text || !*text)
        return std::nullopt;
    char *end = nullptr;
    errno = 0;
    const unsigned long long n = std::strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0' || *text == '-') {
        error = std::string("CONLAB_WORKER_TEST_CRASH_ON must be a number from 0 to 2^64-1, not '") + text + "'";
        return std::nullopt;
    }
    return std::uint64_t{n};
}

bool writeAll(const protocol::Message &msg)
{
    const std::string bytes = protocol::encode(msg);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(1, bytes.data() + done, bytes.size() - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        done += static_cast<std::size_t>(w);
    }
    return true;
}

// Reads until one whole message is decoded. timeoutMs < 0 blocks. Returns 1
// with a message, 0 on timeout, -1 on end-of-file, -2 on a protocol error.
int readMessage(protocol::Decoder &dec, protocol::Message &msg, int timeoutMs, std::string &error)
{
    for (;;) {
        switch (dec.next(msg)) {
        case protocol::Decoder::Status::Ok: return 1;
        case protocol::Decoder::Status::Error: error = dec.error(); return -2;
        case protocol::Decoder::Status::NeedMore: break;
        }
        if (timeoutMs >= 0) {
            pollfd p{0, POLLIN, 0};
            const int r = ::poll(&p, 1, timeoutMs);
            if (r == 0)
                return 0;
            if (r < 0 && errno == EINTR)
                continue;
        }
        char buf[4096];
        const ssize_t r = ::read(0, buf, sizeof buf);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (dec.midFrame()) {
                error = "input ended in the middle of a frame";
                return -2;
            }
            return -1;
        }
        dec.feed(buf, static_cast<std::size_t>(r));
    }
}

// The spinner of spinner_proc.py, run in this process: a frame every
// interval until the parent's Event arrives as a SpinStop message, or its
// end of the pipe closes.
int spin(protocol::Decoder &dec, const protocol::SpinStart &start)
{
    static constexpr char kGlyphs[] = {'\\', '|', '/', '-'};
    const std::int64_t interval = std::int64_t{start.intervalMs} * 1'000'000;
    std::uint32_t index = 0;
    std::int64_t due = monotonicNs();
    for (;;) {
        const std::int64_t now = monotonicNs();
        if (now >= due) {
            if (!writeAll(protocol::Frame{index, now, kGlyphs[index % 4]}))
                return 0;
            ++index;
            due += interval;
            if (due < now)
                due = now + interval;
        }
        // The decoder keeps the interval within kMaxSpinIntervalMs, so the
        // wait fits an int; clamped all the same, since a wrapped negative
        // wait would make this loop spin flat out.
        const std::int64_t waitMs = std::clamp<std::int64_t>((due - monotonicNs() + 999'999) / 1'000'000, 0,
                                                             std::int64_t{protocol::kMaxSpinIntervalMs});
        protocol::Message msg;
        std::string error;
        const int r = readMessage(dec, msg, static_cast<int>(waitMs), error);
        if (r == 0)
            continue;
        if (r == -2)
            return fatal(error);
        if (r == -1 || std::holds_alternative<protocol::SpinStop>(msg)) {
            writeAll(protocol::SpinStopped{index});
            return 0;
        }
        return fatal(std::string("unexpected ") + protocol::typeName(static_cast<protocol::Type>(msg.index() + 1))
                     + " message while spinning");
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Before the SIGKILL death signal below: the guard must outlive the
    // app long enough to end the listing's group.
    if (argc > 1 && std::strcmp(argv[1], "--guard") == 0)
        return runGuard(argc, argv);
    // Leave when the parent dies, even by SIGKILL: the kernel sends SIGKILL.
    // If the parent is already gone (re-parented to init), leave now.
    const pid_t parent = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        return 0;
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::printf("concurrency-lab-worker, protocol version %u\n", unsigned{protocol::kVersion});
        return 0;
    }
    if (::isatty(0))
        return fatal("speaks a binary protocol on stdin and is started by concurrency-lab; "
                     "see docs/worker-protocol.md");

    std::string hookError;
    const std::optional<std::uint64_t> crashOn = testCrashOn(hookError);
    if (!hookError.empty())
        return fatal(hookError);
    watchParent();

    protocol::Decoder dec;
    std::optional<protocol::Hello> hello;
    for (;;) {
        protocol::Message msg;
        std::string error;
        const int r = readMessage(dec, msg, -1, error);
        if (r == -1)
            return 0;
        if (r == -2)
            return fatal(error);
        if (const auto *h = std::get_if<protocol::Hello>(&msg)) {
            hello = *h;
        } else if (const auto *job = std::get_if<protocol::Job>(&msg)) {
            if (!hello)
                return fatal("a job arrived before hello");
            if (crashOn && job->n == *crashOn) {
                std::fprintf(stderr, "concurrency-lab-worker: aborting on %llu (CONLAB_WORKER_TEST_CRASH_ON)\n",
                             static_cast<unsigned long long>(job->n));
                const rlimit noCore{0, 0}; // a test needs no core file
                ::setrlimit(RLIMIT_CORE, &noCore);
                std::abort();
            }
            // Only the parent watch sets this breaker (the parent cancels a
            // worker by killing it); the paced loop is also the same machine
            // code the parent calibrated, which is the one with a checkpoint.
            CancelCheckpoint checkpoint(gParentGone);
            LoopCost cost;
            cost.paceUnits = hello->paceUnits;
            cost.napTestUnits = hello->napTestUnits;
            cost.checkpoint = &checkpoint;
            TrialDivision t(job->n);
            const std::int64_t t0 = monotonicNs();
            try {
                t.run(cost);
            } catch (const Cancelled &) {
                return 0; // the parent is gone
            }
            const std::int64_t t1 = monotonicNs();
            if (!writeAll(protocol::Result{job->n, t.prime(), t0, t1, t.divisions()}))
                return 0; // the parent is gone
        } else if (std::holds_alternative<protocol::Pill>(msg)) {
            writeAll(protocol::Done{}); // answer the pill, then leave
            return 0;
        } else if (const auto *s = std::get_if<protocol::SpinStart>(&msg)) {
            return spin(dec, *s);
        } else {
            return fatal(std::string("unexpected ") + protocol::typeName(static_cast<protocol::Type>(msg.index() + 1))
                         + " message");
        }
    }
}
