// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/files/boundedread.h"
#include "core/text/quotedvalue.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace conlab {

namespace {

QString systemReason(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Why a node of this type cannot be read here, or an empty string.
QString refusal(mode_t mode, BoundedRead::Streams streams)
{
    if (S_ISCHR(mode))
        return BoundedRead::tr("it is a character device, not a file");
    if (S_ISBLK(mode))
        return BoundedRead::tr("it is a block device, not a file");
    if (S_ISDIR(mode))
        return BoundedRead::tr("it is a folder, not a file");
    if (S_ISFIFO(mode) || S_ISSOCK(mode)) {
        if (streams == BoundedRead::Streams::Allow && S_ISFIFO(mode))
            return {};
        return BoundedRead::tr("it is a pipe or socket, not a regular file");
    }
    if (!S_ISREG(mode))
        return BoundedRead::tr("it is not a regular file");
    return {};
}

} // namespace

QString BoundedRead::sizeText(qint64 bytes)
{
    //: a size limit in mebibytes
    return tr("%1 MiB").arg(bytes >> 20);
}

bool BoundedRead::isStream(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
}

BoundedRead::Result BoundedRead::read(const QString &path, qint64 limit, const QString &what, Streams streams)
{
    Result out;
    const QString shown = QuotedValue::of(path);
    const auto fail = [&](const QString &why) {
        //: %1 a file path (quoted), %2 why it cannot be read
        out.error = tr("cannot read %1: %2").arg(shown, why);
        out.bytes.clear();
        return out;
    };
    const auto tooLarge = [&] {
        //: %1 a file path (quoted), %2 a size such as "64 MiB", %3 the kind of file, e.g. "a numbers file"
        out.error = tr("%1 is larger than %2, the limit for %3").arg(shown, sizeText(limit), what);
        out.bytes.clear();
        return out;
    };
    const QByteArray name = QFile::encodeName(path);
    // Looked at before it is opened: opening a FIFO waits for a writer, and
    // opening some devices has effects of its own.
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) != 0)
        return fail(systemReason(errno));
    if (const QString why = refusal(st.st_mode, streams); !why.isEmpty())
        return fail(why);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fail(systemReason(errno));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    // Again on what was opened: the path may have been swapped meanwhile.
    if (::fstat(fd, &st) != 0)
        return fail(systemReason(errno));
    if (const QString why = refusal(st.st_mode, streams); !why.isEmpty())
        return fail(why);
    if (S_ISREG(st.st_mode)) {
        if (st.st_size > limit)
            return tooLarge();
        out.bytes.reserve(static_cast<qsizetype>(st.st_size));
    }
    // One byte past the limit tells a file of exactly `limit` bytes from a
    // longer one (a FIFO, or a file that grew since fstat).
    constexpr qint64 kChunk = 1 << 16;
    for (;;) {
        const qint64 room = limit + 1 - out.bytes.size();
        if (room <= 0)
            return tooLarge();
        const qsizetype at = out.bytes.size();
        const qint64 want = std::min(kChunk, room);
        out.bytes.resize(at + static_cast<qsizetype>(want));
        const ssize_t got = ::read(fd, out.bytes.data() + at, static_cast<std::size_t>(want));
        if (got < 0) {
            const int err = errno;
            out.bytes.resize(at);
            if (err == EINTR)
                continue;
            return fail(systemReason(err));
        }
        out.bytes.resize(at + static_cast<qsizetype>(got));
        if (got == 0)
            break;
    }
    if (out.bytes.size() > limit)
        return tooLarge();
    return out;
}

} // namespace conlab
