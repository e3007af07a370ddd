// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QMetaType>
#include <QString>
#include <cstdint>
#include <optional>

namespace conlab {

// A worker process lost during a run: it died, wrote output that broke the
// protocol, or stopped answering. The engine kills what is left of it, starts
// a fresh worker in its place (same worker index, new pid) and hands that one
// the number in flight; a number that costs kMaxAttempts workers in a row
// fails the run (docs/worker-protocol.md, "Failure"). A plain value, delivered
// to the caller as it happens, like results, and kept in RunSummary.
struct WorkerCrash
{
    enum class Cause {
        Died,         // its output ended: it exited or a signal killed it
        Malformed,    // garbage, a truncated frame, or an answer out of turn
        Unresponsive, // no answer within the job's watchdog limit
    };
    static constexpr int kMaxAttempts = 3;

    Cause cause = Cause::Died;
    int worker = 0; // the lane, 1..N; its replacement keeps it
    qint64 pid = 0;
    int signal = 0;                 // what ended it (SIGKILL when the engine killed it), 0 if it exited
    int exitCode = -1;              // when it exited by itself, else -1
    std::optional<std::uint64_t> n; // the number it was checking, if any
    int attempt = 0;                // workers n has cost in a row, this one included
    std::int64_t tNs = 0;           // when the engine noticed, since the run's start
    QString message;                // how it ended and what it wrote on stderr

    // Stable names for files and traces: "died", "malformed", "unresponsive".
    static const char *causeName(Cause cause);
    static std::optional<Cause> parseCause(const QString &name);
};

} // namespace conlab

Q_DECLARE_METATYPE(conlab::WorkerCrash)
