// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "kernel/protocol.h"

#include <QString>
#include <QStringList>
#include <sys/types.h>

#include <string>

namespace conlab {

// One concurrency-lab-worker child, spoken to over its stdin (a socket, so a
// write to a dead worker fails with EPIPE instead of raising SIGPIPE) and its
// stdout (a pipe). stderr goes to a second pipe, kept for error messages.
// Plain POSIX on purpose: the report loop polls many workers on one thread,
// off any Qt event loop, and must reap every child it started.
class WorkerProcess
{
public:
    WorkerProcess() = default;
    ~WorkerProcess(); // kills and reaps if still running
    WorkerProcess(const WorkerProcess &) = delete;
    WorkerProcess &operator=(const WorkerProcess &) = delete;

    // Spawns the worker. Returns false and sets *error on failure.
    bool start(const QString &program, const QStringList &args, QString *error);

    pid_t pid() const { return pid_; }
    int readFd() const { return out_; }
    int errFd() const { return err_; }

    // Sends one message; false if the worker is gone.
    bool send(const protocol::Message &msg);
    // Closes the worker's stdin: end-of-file tells it to leave.
    void closeInput();

    // Reads what is available (non-blocking) into the decoder. Returns false
    // on end-of-file or a read error.
    bool readInto(protocol::Decoder &decoder);
    // Collects what the worker wrote on stderr (bounded), non-blocking.
    void drainStderr();
    const std::string &stderrText() const { return stderrText_; }

    // Kills and reaps at once. A cancelled run has no use for a worker's
    // last words, and SIGKILL cannot be ignored or delayed. Safe to repeat.
    void stop();
    // Waits up to `timeoutMs` for the worker to leave by itself after its
    // pill, then stop(). Returns true if it left cleanly (exit code 0).
    bool finish(int timeoutMs);
    bool running() const { return pid_ > 0 && !reaped_; }
    // "exited with code 3" / "was killed by signal 9 (Killed)"; empty if
    // still running.
    QString exitDescription() const;
    // Once reaped: the signal that ended it (0 if it exited by itself) and
    // its exit code (-1 if a signal ended it).
    int termSignal() const;
    int exitCode() const;

private:
    bool reapWithin(int timeoutMs);
    void closeAll();

    pid_t pid_ = -1;
    int in_ = -1;
    int out_ = -1;
    int err_ = -1;
    bool reaped_ = false;
    int status_ = 0;
    std::string stderrText_;
};

} // namespace conlab
