// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <sys/types.h>

namespace conlab {

// How a child process ended, as ChildProcess::run() saw it.
struct ChildExit
{
    enum class End {
        Exited,        // it ended by itself; `code` is its exit status
        Signalled,     // a signal ended it; `code` is the signal
        TimedOut,      // the deadline passed: the group was killed
        Cancelled,     // cancel was asked: the group was killed
        FailedToStart, // `error` says why
    };
    End end = End::FailedToStart;
    int code = 0;
    QString error;
};

// One program run with both output pipes read as the bytes arrive, in a
// process group of its own, so that killing it also kills every process it
// started (multiprocessing's workers, a ProcessPoolExecutor's pool).
// posix_spawn and poll() rather than QProcess: the reader must drain stderr
// before stdout at every wake, so a line a worker wrote to stderr before the
// parent printed its result is always read first, and it must work on a
// thread with no event loop.
class ChildProcess
{
public:
    struct Spec
    {
        QString program;
        QStringList arguments;
        QString workingDirectory;
        QStringList environment; // "NAME=value", added to (or replacing in) this process's environment
    };
    // Bytes from one pipe, stamped with CLOCK_MONOTONIC when the read woke.
    using ChunkFn = std::function<void(const QByteArray &bytes, std::int64_t monotonicNs)>;

    explicit ChildProcess(Spec spec) : spec_(std::move(spec)) { }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    // Starts the program and blocks until it has ended and its pipes are
    // closed, `deadlineNs` (CLOCK_MONOTONIC, 0 for none) has passed, or
    // `cancel` is set. Ending early kills the whole group with SIGKILL.
    // Callbacks run on the calling thread.
    ChildExit run(const ChunkFn &onStdout, const ChunkFn &onStderr, std::int64_t deadlineNs,
                  const std::atomic<bool> &cancel);
    // CLOCK_MONOTONIC just before the spawn.
    std::int64_t startNs() const { return startNs_; }
    // The child's pid, also its process group's id; 0 before the spawn.
    pid_t pid() const { return pid_; }

private:
    Spec spec_;
    std::int64_t startNs_ = 0;
    pid_t pid_ = 0;
};

} // namespace conlab
