// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// What the tests of the task-queue lesson look for in /proc: the processes
// a session must not leave behind (redis-server, Celery nodes and their
// pools), which run no code of ours and so can only be found by their
// command lines.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace conlab::testing {

// The state letter of /proc/PID/stat (R, S, Z, ...); 0 when it is gone.
inline char processState(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : 0;
}

// "PID command line" of each live process (not a zombie, not this test)
// whose command line mentions `needle`.
inline QStringList processesWith(const QByteArray &needle)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        bool ok = false;
        const int p = pid.toInt(&ok);
        if (!ok || p == ::getpid())
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray cmd = f.readAll();
        cmd.replace('\0', ' ');
        if (cmd.contains(needle) && processState(p) != 'Z')
            found << pid + u' ' + QString::fromLocal8Bit(cmd);
    }
    return found;
}

// What a task-queue session starts: worker nodes (they run primes_tasks)
// and the app's own redis-server (its config is redis.conf in a private
// folder).
inline QStringList taskQueueProcesses()
{
    return processesWith("primes_tasks") + processesWith("redis.conf");
}

// Those of `now` that were not in `before`: what a test itself started. The
// scan is machine-wide, and another test or a lecturer's app may run a
// session beside this one; each entry carries its pid, so a process that
// came since is a new entry.
inline QStringList startedSince(const QStringList &before, const QStringList &now = taskQueueProcesses())
{
    QStringList fresh;
    for (const QString &p : now)
        if (!before.contains(p))
            fresh << p;
    return fresh;
}

} // namespace conlab::testing
