// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace conlab {

// What the result backend holds for one task (`celery-task-meta-<id>`),
// read and checked. Anything on a broker can be written by anyone with the
// password, so nothing is trusted: a result is Checked only when n is the
// number that task asked about, prime is a boolean and the times are sane.
struct TaskResult
{
    Q_DECLARE_TR_FUNCTIONS(conlab::TaskResult)
public:
    enum class Kind {
        Checked,   // a good result
        Failed,    // the task raised, or its worker was lost (without late acks)
        Started,   // a worker process began it: `host` and `pid` say which
        Pending,   // another state before the end (RETRY, ...): wait on
        Malformed, // anything else; `why` says what
    };
    Kind kind = Kind::Malformed;
    std::uint64_t n = 0;
    bool prime = false;
    double elapsed = 0.0;  // seconds, measured by the worker around is_prime
    QString host;
    qint64 pid = 0;
    double start = 0.0;    // the worker's wall clock, seconds since the epoch
    double end = 0.0;
    QString why;           // Failed: the exception; Malformed: what was wrong

    // `meta` is the stored JSON; `asked` the number this task was sent with.
    static TaskResult parse(const QByteArray &meta, std::uint64_t asked);
};

} // namespace conlab
