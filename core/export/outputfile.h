// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace conlab {

// Every file the app writes on the user's behalf (the CLI's --trace, --out,
// --png, --svg, --pdf, and the window's exports) goes through here, so one
// rule holds everywhere:
// - a new path or an existing regular file (also through a symlink, which
//   stays a link) is written atomically: a temporary file renamed over it,
//   so a half-written file never replaces a good one;
// - anything else that exists is never replaced. A character device
//   (/dev/null, a terminal) or a FIFO is written into as a stream; "-",
//   /dev/stdout, /dev/stderr and /dev/fd/N write to that descriptor at its
//   current position, so `--trace /dev/stdout > file` keeps what was
//   printed before. A folder, a block device or a socket is refused.
// - a FIFO is opened without waiting: when no program reads it yet, it is
//   refused (start the reader first) instead of hanging the caller.
// open() does every check a run can fail on later (name and path length,
// the folder exists and takes a new file, the reader is there), so a CLI
// can refuse a bad path before minutes of work; commit() then writes.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(conlab::OutputFile)
public:
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Null, with *why set (a sentence without the path), when `path` cannot
    // be written. A stream target is held open from here to commit().
    static std::unique_ptr<OutputFile> open(const QString &path, QString *why);
    // Writes all of `bytes`: atomically for a file, in place for a stream.
    // False, with *why set, when that fails. Call once.
    bool commit(const QByteArray &bytes, QString *why);
    // open() and commit() in one, for a write that follows its check at once.
    static bool write(const QString &path, const QByteArray &bytes, QString *why);

    // "-" names standard output.
    static bool isStdout(const QString &path) { return path == u"-"; }
    // "-", or a path that reaches standard output by itself: /dev/stdout,
    // /dev/fd/1, /proc/self/fd/1. What a check for two outputs meeting on
    // stdout, or binary bytes on a terminal, must also catch.
    static bool reachesStdout(const QString &path);
    // True when the target is written into, not replaced (a device, a FIFO,
    // a descriptor).
    bool isStream() const { return fd_ >= 0; }
    const QString &path() const { return path_; }

private:
    explicit OutputFile(QString path) : path_(std::move(path)) { }
    QString path_;
    int fd_ = -1; // the stream, when the target is one
};

} // namespace conlab
