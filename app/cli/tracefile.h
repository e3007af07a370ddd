// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/export/outputfile.h"
#include "core/export/tracemetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace conlab::cli {

// The --trace FILE of primes and spinner. The path is checked before the run
// (OutputPath::open), so an unwritable one is refused at once (exit 2)
// instead of after minutes of work; the trace is written at the end, onto a
// file atomically, into a device or FIFO as a stream (OutputFile). A path
// ending in .gz gets the trace gzip-compressed. "-" writes the (plain) trace
// to stdout.
class TraceFile
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::TraceFile)
public:
    // Null when the option is not set; throws UsageError when the path cannot
    // be written.
    static std::unique_ptr<TraceFile> open(const QString &path);
    bool toStdout() const { return toStdout_; }
    // Writes and commits; prints the reason on stderr and returns false when
    // that fails.
    bool commit(const QByteArray &trace);
    // The trace's metadata block: this machine, now, this app's version and
    // the command line as typed (shell-quoted where needed).
    static TraceMetadata metadata();

private:
    explicit TraceFile(std::unique_ptr<OutputFile> file) : file_(std::move(file)) { }
    std::unique_ptr<OutputFile> file_;
    bool toStdout_ = false;
};

} // namespace conlab::cli
