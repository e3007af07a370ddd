// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// What kind of node a path is, for tests that check an output left a device,
// FIFO or symlink what it was.
#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace conlab::testing {

// st_mode 0 when the path does not exist; `follow` false looks at a symlink
// itself.
inline struct stat statOf(const QString &path, bool follow = true)
{
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if ((follow ? ::stat(native.constData(), &st) : ::lstat(native.constData(), &st)) != 0)
        st.st_mode = 0;
    return st;
}

} // namespace conlab::testing
