// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepfile.h"

#include "core/sweep/sweepfilekeys.h"

#include "core/export/jsonstring.h"
#include "core/files/boundedread.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace conlab {

namespace {

using namespace sweepkeys;

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The keys are plain ASCII words: nothing to escape.
QByteArray key(const char16_t *name)
{
    return '"' + QString::fromUtf16(name).toLatin1() + "\":";
}

// The lines are written by hand so the keys keep a reader's order (the
// format first, the long number list last); QJsonObject would sort them.
QByteArray headerLine(const SweepData &data)
{
    const SweepConfig &c = data.config;
    QByteArray series = "[";
    for (const SweepSeries &s : c.series)
        series += (series.size() > 1 ? "," : "") + jsonString(s.spec());
    series += ']';
    QByteArray numbers;
    numbers.reserve(qsizetype(c.numbers.size()) * 17);
    for (std::size_t k = 0; k < c.numbers.size(); ++k) {
        if (k)
            numbers += ' ';
        numbers += QByteArray::number(c.numbers[k]);
    }
    // Every string goes through jsonString(), which escapes line breaks: one line.
    return '{' + key(kFormat) + jsonString(QString::fromUtf16(kFormatName)) + ',' + key(kVersionKey)
        + QByteArray::number(kVersion) + ',' + key(kSeries) + series + ',' + key(kMax)
        + QByteArray::number(c.maxWorkers) + ',' + key(kRuns) + QByteArray::number(c.runs) + ',' + key(kPace)
        + jsonString(c.pace.name()) + ',' + key(kNumbersHash) + jsonString(numbersHash(c.numbers)) + ',' + key(kHost)
        + jsonString(data.machine.host) + ',' + key(kCores) + QByteArray::number(data.machine.cores) + ','
        + key(kCreated) + jsonString(isoUtc(data.machine.created)) + ',' + key(kAppVersion)
        + jsonString(data.machine.appVersion) + ','
        + (data.machine.cpython.isEmpty() ? QByteArray() : key(kCPython) + jsonString(data.machine.cpython) + ',')
        + key(kNumbers) + '"' + numbers + '"' + "}\n";
}

QByteArray runLine(const SweepRun &run, const SweepConfig &config)
{
    // The shortest text that reads back as the same double.
    const QByteArray wall = QByteArray::number(run.wall, 'g', QLocale::FloatingPointShortest);
    QByteArray events;
    if (run.crashes > 0)
        events += ',' + key(kCrashes) + QByteArray::number(run.crashes);
    if (run.stalls > 0)
        events += ',' + key(kStalls) + QByteArray::number(run.stalls);
    return '{' + key(kSeries) + jsonString(config.series[std::size_t(run.series)].spec()) + ',' + key(kWorkers)
        + QByteArray::number(run.workers) + ',' + key(kRepeat) + QByteArray::number(run.repeat) + ',' + key(kWall)
        + wall + ',' + key(kFinished) + jsonString(isoUtc(run.finished)) + events + "}\n";
}

QString systemError(int err)
{
    return qt_error_string(err);
}

bool writeAll(int fd, const QByteArray &bytes, int *err)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, std::size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *err = errno;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// The new name must reach the disk too, or a crash could leave the data
// without the directory entry that names it.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The writer's lock: flock() on the open file rather than a lock file
// beside it. The kernel drops it when the process ends in any way, SIGKILL
// and power cuts included, so a crash never leaves a stale lock that a user
// must delete, and the folder holds only results. O_CLOEXEC keeps it out of
// the worker processes, which would otherwise hold it past our death.
// Returns 0 or errno (EWOULDBLOCK: someone else writes the file).
int lockFd(int fd)
{
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

SweepFile::~SweepFile()
{
    if (fd_ >= 0)
        ::close(fd_);
}

std::unique_ptr<SweepFile> SweepFile::create(const QString &path, const SweepData &data, QString *error)
{
    return createAt(path, false, data, error);
}

std::unique_ptr<SweepFile> SweepFile::createUnique(const QString &path, const SweepData &data, QString *error)
{
    return createAt(path, true, data, error);
}

std::unique_ptr<SweepFile> SweepFile::createAt(const QString &path, bool numbered, const SweepData &data,
                                               QString *error)
{
    if (const QString why = data.config.validate(); !why.isEmpty()) {
        setError(error, why);
        return nullptr;
    }
    for (const SweepRun &r : data.runs) {
        if (r.series < 0 || r.series >= int(data.config.series.size())) {
            //: %1 the series number the run gives (counted from 0)
            setError(error, tr("a run names series %1, which the sweep does not have").arg(r.series));
            return nullptr;
        }
        if (!std::isfinite(r.wall) || r.wall < 0) {
            //: %1 the run's time in seconds, negative or not a number
            setError(error, tr("a run took %1 s, which is not a time").arg(r.wall));
            return nullptr;
        }
    }
    QByteArray content = headerLine(data);
    for (const SweepRun &r : data.runs)
        content += runLine(r, data.config);

    // Written and fsync'ed whole under a temporary name, then given its
    // real name with link(), which fails if that name exists: whoever looks
    // sees either no file or a whole header, and two sweeps started in the
    // same second (the window and the CLI share the folder) can never both
    // take one name, as an exists-check before a rename could.
    const QByteArray target = QFile::encodeName(path);
    static std::atomic<int> serial{0};
    const QByteArray temp = target + '.' + QByteArray::number(qint64(::getpid())) + '.'
        + QByteArray::number(serial.fetch_add(1)) + ".tmp";
    const auto fail = [&](const QString &name, int err) {
        //: %1 a file path, %2 the system's reason
        setError(error, tr("could not create %1: %2").arg(QDir::toNativeSeparators(name), systemError(err)));
        return nullptr;
    };
    ::unlink(temp.constData()); // a leftover of a crashed process with our pid
    const int fd = ::open(temp.constData(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return fail(path, errno);
    std::unique_ptr<SweepFile> file(new SweepFile(QString(), fd));
    // Locked before it has a name, so no one can resume it while we write.
    int err = lockFd(fd);
    if (err == 0 && !writeAll(fd, content, &err))
        err = err ? err : EIO;
    if (err == 0 && ::fsync(fd) != 0)
        err = errno;
    if (err != 0) {
        ::unlink(temp.constData());
        return fail(path, err);
    }

    // sweep.jsonl, then sweep-2.jsonl, sweep-3.jsonl, ... when asked for.
    const QString suffix = QStringLiteral(".jsonl");
    const QString stem = path.endsWith(suffix) ? path.chopped(suffix.size()) : path;
    const int last = numbered ? kMaxNumberedNames : 1;
    for (int n = 1; n <= last; ++n) {
        const QString name = n == 1 ? path
                                    : stem + u'-' + QString::number(n) + (path.endsWith(suffix) ? suffix : QString());
        const QByteArray encoded = QFile::encodeName(name);
        bool linked = ::link(temp.constData(), encoded.constData()) == 0;
        err = linked ? 0 : errno;
        if (!linked && (err == EPERM || err == ENOTSUP || err == EOPNOTSUPP || err == ENOSYS)) {
            // A file system without hard links: the rename that refuses
            // to replace is just as exclusive.
            linked = ::renameat2(AT_FDCWD, temp.constData(), AT_FDCWD, encoded.constData(), RENAME_NOREPLACE) == 0;
            err = linked ? 0 : errno;
        }
        if (linked) {
            ::unlink(temp.constData()); // gone already after a rename
            syncDirectory(QFileInfo(name).absolutePath());
            file->path_ = name;
            return file;
        }
        if (err != EEXIST)
            break;
    }
    ::unlink(temp.constData());
    if (err == EEXIST && !numbered)
        //: %1 a file path
        setError(error, tr("%1 already exists").arg(QDir::toNativeSeparators(path)));
    else
        fail(path, err);
    return nullptr;
}

bool SweepFile::isInUse(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // A shared lock conflicts only with a writer's exclusive one.
    const bool busy = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return busy;
}

std::unique_ptr<SweepFile> SweepFile::openForAppend(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const auto fail = [&](const QString &why) {
        //: %1 a file path, %2 the reason
        setError(error, tr("could not open %1: %2").arg(QDir::toNativeSeparators(path), why));
        return nullptr;
    };
    const int fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0)
        return fail(systemError(errno));
    std::unique_ptr<SweepFile> file(new SweepFile(path, fd));
    // Before anything is cut off or appended: a second resume of a file
    // that a sweep is still writing would do every missing run twice.
    // A list of past sweeps (isInUse()) holds a shared lock for a few
    // microseconds: a short retry tells that apart from a writer.
    int lockErr = lockFd(fd);
    for (int tries = 0; lockErr == EWOULDBLOCK && tries < 25; ++tries) {
        ::usleep(10'000);
        lockErr = lockFd(fd);
    }
    if (const int err = lockErr; err == EWOULDBLOCK)
        return fail(tr("another sweep is writing it right now (in the window or a concurrency-lab sweep); "
                       "let that one finish, or stop it, then resume"));
    else if (err != 0)
        return fail(systemError(err));
    const int rfd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (rfd < 0)
        return fail(systemError(errno));
    struct stat st
    {
    };
    if (::fstat(rfd, &st) != 0) {
        const int err = errno;
        ::close(rfd);
        return fail(systemError(err));
    }
    // Find the last newline from the end: whatever follows it is the line a
    // killed sweep was writing, and a new line appended to it would be lost
    // with it.
    off_t end = st.st_size;
    off_t lastNewline = -1;
    char buf[65536];
    while (end > 0 && lastNewline < 0) {
        const off_t start = end > off_t(sizeof buf) ? end - off_t(sizeof buf) : 0;
        const ssize_t n = ::pread(rfd, buf, std::size_t(end - start), start);
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(rfd);
            return fail(systemError(err));
        }
        for (ssize_t k = n; k-- > 0;) {
            if (buf[k] == '\n') {
                lastNewline = start + k;
                break;
            }
        }
        end = start;
    }
    ::close(rfd);
    if (lastNewline < 0)
        return fail(tr("the file has no complete header line"));
    if (lastNewline + 1 < st.st_size) {
        if (::ftruncate(fd, lastNewline + 1) != 0 || ::fsync(fd) != 0)
            return fail(systemError(errno));
    }
    return file;
}

bool SweepFile::append(const SweepRun &run, const SweepConfig &config, QString *error)
{
    if (run.series < 0 || run.series >= int(config.series.size())) {
        //: %1 the series number the run gives (counted from 0)
        setError(error, tr("a run names series %1, which the sweep does not have").arg(run.series));
        return false;
    }
    if (!std::isfinite(run.wall) || run.wall < 0) {
        //: %1 a run's measured time
        setError(error, tr("a run took %1 s, which is not a time").arg(run.wall));
        return false;
    }
    const QByteArray line = runLine(run, config);
    const auto fail = [&](int err) {
        //: %1 a file path, %2 the system's reason (disk full, ...)
        setError(error, tr("could not write to %1: %2").arg(QDir::toNativeSeparators(path_), systemError(err)));
        return false;
    };
    struct stat st
    {
    };
    if (::fstat(fd_, &st) != 0)
        return fail(errno);
    int err = 0;
    if (!writeAll(fd_, line, &err)) {
        // A partial line would make the next one unreadable: take it back.
        if (::ftruncate(fd_, st.st_size) == 0)
            ::fsync(fd_);
        return fail(err);
    }
    if (::fsync(fd_) != 0)
        return fail(errno);
    return true;
}

SweepLoad SweepFile::load(const QString &path)
{
    SweepLoad out;
    // Regular files only: a results file is appended to later, and the
    // sweeps folder is scanned at every start, where a FIFO would hang it.
    const BoundedRead::Result read = BoundedRead::read(path, kMaxFileBytes, tr("a sweep results file"),
                                                       BoundedRead::Streams::Refuse);
    if (!read.ok()) {
        out.error = read.error;
        return out;
    }
    return parse(read.bytes);
}

} // namespace conlab
