// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepstore.h"

#include "core/sweep/sweepfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace conlab {

QString SweepStore::directory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sweeps";
    QDir().mkpath(dir);
    return dir;
}

QString SweepStore::newFilePath()
{
    const QString stem = directory() + u"/sweep-"
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return stem + u".jsonl";
}

std::unique_ptr<SweepFile> SweepStore::createFile(const SweepData &data, QString *error)
{
    return SweepFile::createUnique(newFilePath(), data, error);
}

QList<SweepListing> SweepStore::list()
{
    QList<SweepListing> out;
    const QDir dir(directory());
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QFileInfo &info : files) {
        const SweepLoad load = SweepFile::load(info.absoluteFilePath());
        if (!load.data)
            continue; // not a sweep, or unreadable: nothing to offer
        SweepListing l;
        l.path = info.absoluteFilePath();
        l.created = load.data->machine.created;
        l.cpython = load.data->machine.cpython;
        for (const SweepSeries &s : load.data->config.series)
            l.series << s.spec();
        l.done = int(load.data->runs.size());
        l.total = load.data->config.totalRuns();
        l.issues = int(load.issues.size());
        l.inUse = SweepFile::isInUse(l.path);
        out << l;
    }
    // Newest first; the name (which holds the time) breaks ties.
    std::sort(out.begin(), out.end(), [](const SweepListing &a, const SweepListing &b) {
        if (a.created != b.created)
            return a.created > b.created;
        return a.path > b.path;
    });
    return out;
}

std::optional<SweepListing> SweepStore::latestUnfinished()
{
    const QList<SweepListing> all = list();
    for (const SweepListing &l : all)
        if (!l.complete() && !l.inUse)
            return l;
    return std::nullopt;
}

} // namespace conlab
