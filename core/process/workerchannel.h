// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/process/workercrash.h"
#include "core/process/workerprocess.h"
#include "kernel/protocol.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace conlab {

class RunControl;

// One worker process with its decoder: the piece the processes model, the
// process pool executor and the process spinner share. It knows how to start
// a worker, read whole messages from it, and say in plain words how it failed.
class WorkerChannel
{
    Q_DECLARE_TR_FUNCTIONS(conlab::WorkerChannel)
public:
    // TimedOut only from the waitNext() that takes a deadline.
    enum class Next { Message, NeedMore, Closed, Malformed, TimedOut };

    explicit WorkerChannel(int id) : id_(id) { }

    // Spawns the worker and sends it hello.
    bool start(const QString &program, const protocol::Hello &hello, QString *error);
    int id() const { return id_; }
    int readFd() const { return proc_.readFd(); }
    pid_t pid() const { return proc_.pid(); }
    bool send(const protocol::Message &msg) { return proc_.send(msg); }

    // The next whole message, reading what the pipe holds without blocking.
    Next next(protocol::Message &out);
    // Blocks (polling every few ms, so a cancel is seen) until a message, the
    // end of the worker's output, or a malformed frame. Returns NeedMore only
    // when the run was cancelled.
    Next waitNext(protocol::Message &out, const RunControl &control);
    // The same, but gives up with TimedOut at deadlineNs (CLOCK_MONOTONIC):
    // the watchdog of one job.
    Next waitNext(protocol::Message &out, const RunControl &control, std::int64_t deadlineNs);

    // "worker 2 (pid 123) was killed by signal 9 (Killed) while checking 7;
    // it said: ..." after Closed (reaps the worker first).
    QString describeExit(std::optional<std::uint64_t> inFlight);
    // "worker 2 sent malformed output (...)" after Malformed.
    QString describeMalformed(std::optional<std::uint64_t> inFlight);
    // Any other complaint, with what the worker was doing and said.
    QString describe(const QString &what, std::optional<std::uint64_t> inFlight);
    // "worker 2 (pid 123) gave no answer within 10 s while checking 7".
    QString describeUnresponsive(std::optional<std::uint64_t> inFlight, std::int64_t limitNs);
    // "the spinner's process (pid 123) drew no frame for 10 s: it is stopped
    // or hung, and was killed"; kills and reaps it.
    QString endSilentSpinner(std::int64_t limitNs);

    // Ends a worker that failed (kills it if it still runs, and reaps it)
    // and says what happened, for the run's event stream. The caller fills
    // in attempt and tNs.
    WorkerCrash endAfterFault(WorkerCrash::Cause cause, std::optional<std::uint64_t> inFlight, QString message);
    // The run's error when a number has cost WorkerCrash::kMaxAttempts
    // workers in a row; names the number and the last crash.
    static QString givingUp(const WorkerCrash &last);

    void stop() { proc_.stop(); }
    bool finish(int timeoutMs) { return proc_.finish(timeoutMs); }

private:
    int id_;
    WorkerProcess proc_;
    protocol::Decoder decoder_;
    bool eof_ = false;
};

} // namespace conlab
