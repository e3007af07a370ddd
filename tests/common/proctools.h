// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// What the tests check in /proc: our children (running or zombie) and our
// open file descriptors.
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <unistd.h>

namespace conlab::testing {

struct ChildProcess
{
    int pid = 0;
    char state = '?'; // 'Z' for a zombie
};

// Every process whose parent is `parent` (default: this process).
inline QList<ChildProcess> childrenOf(int parent = ::getpid())
{
    QList<ChildProcess> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        bool ok = false;
        const int pid = e.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...; comm may hold spaces, so split after ')'.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 2 || fields[1].toInt() != parent)
            continue;
        out.push_back({pid, fields[0].isEmpty() ? '?' : fields[0][0]});
    }
    return out;
}

inline int openFdCount()
{
    return static_cast<int>(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

} // namespace conlab::testing
