// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/outputfile.h"

#include "core/text/quotedvalue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace conlab {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The descriptor a path names by itself, without opening anything: "-",
// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N. Opening
// /dev/stdout anew would truncate a file the shell redirected it to (and
// lose what was printed before); writing to the descriptor appends.
std::optional<int> namedDescriptor(const QString &path)
{
    if (OutputFile::isStdout(path) || path == u"/dev/stdout")
        return STDOUT_FILENO;
    if (path == u"/dev/stderr")
        return STDERR_FILENO;
    for (const QLatin1StringView prefix : {QLatin1StringView("/dev/fd/"), QLatin1StringView("/proc/self/fd/")}) {
        if (!path.startsWith(prefix))
            continue;
        bool ok = false;
        const int fd = path.mid(prefix.size()).toInt(&ok);
        if (ok && fd >= 0)
            return fd;
    }
    return std::nullopt;
}

// A file name the system would refuse only when the file is created, which
// for a CLI output is after the whole run: say so now. The limits are the
// file system's where it tells them (pathconf), else POSIX's.
std::optional<QString> lengthProblem(const QString &path)
{
    const QFileInfo info(path);
    const QByteArray full = QFile::encodeName(info.absoluteFilePath());
    long pathMax = ::pathconf(QFile::encodeName(info.absolutePath()).constData(), _PC_PATH_MAX);
    if (pathMax <= 0)
        pathMax = PATH_MAX;
    if (full.size() >= pathMax)
        //: %1 and %2 counts of bytes
        return OutputFile::tr("the path is %1 bytes long; the system allows %2").arg(full.size()).arg(pathMax - 1);
    long nameMax = ::pathconf(QFile::encodeName(info.absolutePath()).constData(), _PC_NAME_MAX);
    if (nameMax <= 0)
        nameMax = NAME_MAX;
    const QList<QByteArray> parts = full.split('/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].size() <= nameMax)
            continue;
        if (i == parts.size() - 1)
            //: %1 and %2 counts of bytes
            return OutputFile::tr("its name is %1 bytes long; the file system allows %2")
                .arg(parts[i].size())
                .arg(nameMax);
        //: %1 a folder's name (quoted), %2 and %3 counts of bytes
        return OutputFile::tr("the folder name %1 is %2 bytes long; the file system allows %3")
            .arg(QuotedValue::of(QFile::decodeName(parts[i])))
            .arg(parts[i].size())
            .arg(nameMax);
    }
    return std::nullopt;
}

// An atomic write creates a temporary file next to the target and renames
// it: the folder must exist and take a new file. Probed with a temporary
// file removed at once, so the check changes nothing the user owns.
std::optional<QString> folderProblem(const QString &folder)
{
    const QFileInfo dir(folder);
    const QString shown = QuotedValue::of(QDir::toNativeSeparators(dir.absoluteFilePath()));
    if (!dir.exists())
        //: %1 a folder's path
        return OutputFile::tr("the folder %1 does not exist").arg(shown);
    if (!dir.isDir())
        //: %1 a path that should be a folder
        return OutputFile::tr("%1 is not a folder").arg(shown);
    QTemporaryFile probe(dir.absoluteFilePath() + u"/.concurrency-lab-probe-XXXXXX");
    if (!probe.open())
        //: %1 a folder's path, %2 the system's reason
        return OutputFile::tr("cannot create a file in %1 (%2)").arg(shown, probe.errorString());
    return std::nullopt;
}

// write(2) until done. SIGPIPE is held back meanwhile: a reader that went
// away is an error to report, not a reason for the window (or the CLI,
// mid-message) to die.
bool writeAll(int fd, const QByteArray &bytes, QString *why)
{
    sigset_t pipe, old;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, &old);
    sigset_t pendingBefore;
    sigpending(&pendingBefore);
    const bool wasPending = sigismember(&pendingBefore, SIGPIPE) == 1;

    qsizetype done = 0;
    int error = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = n < 0 ? errno : EIO;
            break;
        }
        done += n;
    }
    if (error == EPIPE && !wasPending) {
        const timespec now{0, 0};
        sigtimedwait(&pipe, nullptr, &now); // the SIGPIPE this write raised
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    if (error == 0)
        return true;
    *why = error == EPIPE ? OutputFile::tr("the program reading it has closed it") : systemReason(error);
    return false;
}

} // namespace

bool OutputFile::reachesStdout(const QString &path)
{
    return namedDescriptor(path) == STDOUT_FILENO;
}

OutputFile::~OutputFile()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::unique_ptr<OutputFile> OutputFile::open(const QString &path, QString *why)
{
    std::unique_ptr<OutputFile> out(new OutputFile(path));
    if (const std::optional<int> fd = namedDescriptor(path)) {
        const int flags = ::fcntl(*fd, F_GETFL);
        if (flags < 0 || (flags & O_ACCMODE) == O_RDONLY) {
            //: %1 a file descriptor's number
            *why = tr("file descriptor %1 is not open for writing").arg(*fd);
            return nullptr;
        }
        out->fd_ = ::fcntl(*fd, F_DUPFD_CLOEXEC, 3);
        if (out->fd_ < 0) {
            *why = systemReason(errno);
            return nullptr;
        }
        return out;
    }
    if (path.isEmpty()) {
        *why = tr("no file name given");
        return nullptr;
    }
    if (const std::optional<QString> problem = lengthProblem(path)) {
        *why = *problem;
        return nullptr;
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        if (errno != ENOENT && errno != ENOTDIR) { // those two the folder check words better
            *why = systemReason(errno);
            return nullptr;
        }
        // A new file (or a symlink to a new one: QSaveFile writes its target).
        const QFileInfo link(path);
        const QString target = link.isSymLink() ? link.symLinkTarget() : link.absoluteFilePath();
        if (const std::optional<QString> problem = folderProblem(QFileInfo(target).absolutePath())) {
            *why = *problem;
            return nullptr;
        }
        return out;
    }
    if (S_ISREG(st.st_mode)) {
        if (::access(native.constData(), W_OK) != 0) {
            *why = tr("the file is read-only");
            return nullptr;
        }
        const QString target = QFileInfo(path).canonicalFilePath(); // through a symlink: where the rename happens
        if (const std::optional<QString> problem = folderProblem(QFileInfo(target).absolutePath())) {
            *why = *problem;
            return nullptr;
        }
        return out;
    }
    if (S_ISDIR(st.st_mode)) {
        *why = tr("it is a folder; name a file in it");
        return nullptr;
    }
    if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
        // A block device is a disk: a trace written over it destroys it.
        *why = tr("it is neither a file, a character device nor a FIFO; name a file");
        return nullptr;
    }
    // Never O_TRUNC, never a rename: the node stays what it is. O_NONBLOCK
    // so that a FIFO without a reader fails (ENXIO) instead of waiting for
    // ever; the writes themselves block as usual.
    out->fd_ = ::open(native.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (out->fd_ < 0) {
        *why = errno == ENXIO && S_ISFIFO(st.st_mode)
            ? tr("it is a FIFO (named pipe) and no program reads it yet; start the reader first")
            : systemReason(errno);
        return nullptr;
    }
    ::fcntl(out->fd_, F_SETFL, ::fcntl(out->fd_, F_GETFL) & ~O_NONBLOCK);
    return out;
}

bool OutputFile::commit(const QByteArray &bytes, QString *why)
{
    if (fd_ >= 0) {
        std::fflush(nullptr); // what was printed through stdio comes first
        const bool ok = writeAll(fd_, bytes, why);
        ::close(fd_);
        fd_ = -1;
        return ok;
    }
    // Checked again: a FIFO or device put there during the run must not be
    // renamed over.
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path_).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        *why = tr("it is no longer a regular file");
        return false;
    }
    QSaveFile file(path_);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *why = file.errorString();
    return false;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *why)
{
    const std::unique_ptr<OutputFile> out = open(path, why);
    return out && out->commit(bytes, why);
}

} // namespace conlab
