// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace conlab {

// The task a number becomes on the broker: Celery's message protocol 2 in
// kombu's Redis envelope, as `check.delay(n)` in primes_tasks.py would send
// it (REFERENCE.md, "Celery on Redis"). JSON only: a worker that accepts
// pickle would run whatever a message holds.
struct CeleryMessage
{
    static constexpr const char *kTaskName = "primes_tasks.check";
    static constexpr const char *kQueue = "celery";
    static constexpr const char *kResultPrefix = "celery-task-meta-";

    // A new task id: a random UUID, as Celery makes them.
    static QByteArray newTaskId();
    // The envelope to LPUSH onto kQueue. `n` is written as a JSON integer
    // digit for digit (up to 2^64-1), never through a double.
    static QByteArray envelope(std::uint64_t n, const QByteArray &taskId, const QString &origin);
    // The task's body alone: [[n], {}, {callbacks, errbacks, chain, chord}].
    static QByteArray body(std::uint64_t n);
};

} // namespace conlab
