// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "sweep/sweepdata.h"

#include <QList>
#include <QString>

namespace conlab {

// A results file found in the app's data folder.
struct SweepListing
{
    QString path;
    QDateTime created;
    QStringList series; // specs
    int done = 0;
    int total = 0;
    int issues = 0; // lines skipped on load
    bool complete() const { return done >= total; }
};

// The sweeps folder in the app's data folder
// (QStandardPaths::AppDataLocation + "/sweeps"), newest first.
class SweepStore
{
public:
    static QString directory(); // created on demand
    static QString newFilePath(); // sweeps/sweep-YYYYMMDD-HHMMSS[-n].jsonl, UTC
    static QList<SweepListing> list();
    // The newest unfinished sweep, which a restart offers to resume.
    static std::optional<SweepListing> latestUnfinished();
};

} // namespace conlab
