// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace conlab {

// A line of a results file that could not be used, and why. Line numbers
// count from 1, as an editor shows them.
struct SweepFileIssue
{
    qint64 line = 0;
    QString message;
};

struct SweepLoad
{
    std::optional<SweepData> data;      // nullopt: the file is unusable (see error)
    QString error;                      // why the whole file is unusable
    std::vector<SweepFileIssue> issues; // lines skipped; the good lines still load
};

// The append-only results file of one sweep: JSON Lines, a header object with
// the configuration and the machine, then one object per finished run, each
// written and fsync'ed before the next run starts. A sweep killed at any
// moment, even by SIGKILL, loses at most the run in flight; a torn last line
// is reported and skipped on load, and cut off before a resume appends.
// While a SweepFile is open it holds an exclusive flock() on the file, which
// the kernel releases when the process ends, however it ends.
class SweepFile
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepFile)
public:
    ~SweepFile();
    SweepFile(const SweepFile &) = delete;
    SweepFile &operator=(const SweepFile &) = delete;

    // A new file holding the header of `data` (and any runs it already has),
    // created exclusively: it fails if `path` exists, even if another process
    // creates it in the same instant.
    static std::unique_ptr<SweepFile> create(const QString &path, const SweepData &data, QString *error);
    // The same at `path`, or if that is taken at the first free one of
    // path-2.jsonl, path-3.jsonl, ...; path() says which.
    static std::unique_ptr<SweepFile> createUnique(const QString &path, const SweepData &data, QString *error);
    // An existing file, to append the runs of a resumed sweep. Refused while
    // another SweepFile (in any process) has it open.
    static std::unique_ptr<SweepFile> openForAppend(const QString &path, QString *error);
    // True while a sweep writes the file (a SweepFile holds its lock).
    static bool isInUse(const QString &path);
    // Writes one line and fsyncs it. false with *error if the disk refused.
    bool append(const SweepRun &run, const SweepConfig &config, QString *error);
    QString path() const { return path_; }

    static SweepLoad load(const QString &path);
    // The decoder alone, for tests and the fuzz target: never throws, never
    // crashes, whatever the bytes.
    static SweepLoad parse(QByteArrayView bytes);

private:
    static constexpr int kMaxNumberedNames = 1000;
    static std::unique_ptr<SweepFile> createAt(const QString &path, bool numbered, const SweepData &data,
                                               QString *error);
    SweepFile(QString path, int fd) : path_(std::move(path)), fd_(fd) { }
    QString path_;
    int fd_ = -1;
};

} // namespace conlab
