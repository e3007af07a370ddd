// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <QList>
#include <QString>
#include <memory>

namespace conlab {

class SweepFile;

// A results file found in the app's data folder.
struct SweepListing
{
    QString path;
    QDateTime created;
    QStringList series; // specs
    QString cpython;    // the CPython version of its CPython series, if any
    int done = 0;
    int total = 0;
    int issues = 0;     // lines skipped on load
    bool inUse = false; // a sweep (here or in another process) is writing it
    bool complete() const { return done >= total; }
};

// The sweeps folder in the app's data folder
// (QStandardPaths::AppDataLocation + "/sweeps"), newest first.
class SweepStore
{
public:
    static QString directory();   // created on demand
    static QString newFilePath(); // sweeps/sweep-YYYYMMDD-HHMMSS.jsonl, UTC
    // A new results file at newFilePath(), or -2, -3, ... after it when that
    // name is taken: created exclusively, so sweeps started in the same
    // second by the window and the CLI each get their own file.
    static std::unique_ptr<SweepFile> createFile(const SweepData &data, QString *error);
    static QList<SweepListing> list();
    // The newest unfinished sweep that no one is writing, which a restart
    // offers to resume.
    static std::optional<SweepListing> latestUnfinished();
};

} // namespace conlab
