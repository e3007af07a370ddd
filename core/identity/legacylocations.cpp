// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/identity/legacylocations.h"

#include "core/identity/appidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace conlab {

namespace {

QString oldFolderName()
{
    return QStringLiteral("Concurrency Lab");
}

// A free name beside a taken one: sweep-1.jsonl -> sweep-1-old.jsonl, -old-2, ...
QString freeName(const QString &dir, const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString stem = info.completeBaseName();
    const QString dotSuffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate = dir + u'/' + stem + u"-old" + dotSuffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir + u'/' + stem + u"-old-" + QString::number(n) + dotSuffix;
    return candidate;
}

void moveFile(const QString &from, const QString &to, LegacyLocations::Report *report)
{
    QFile file(from);
    // QFile::rename never overwrites; across file systems it copies, then
    // removes the source only once the copy is whole.
    if (file.rename(to)) {
        report->moved << from + u" -> " + to;
        return;
    }
    if (!QFileInfo::exists(from))
        return; // another instance moved it first
    //: %1 a file, %2 where it should have gone, %3 the system's reason
    report->problems << LegacyLocations::tr("could not move %1 to %2: %3").arg(from, to, file.errorString());
}

// Moves every file under `from` into the same place under `to`, keeping both
// where a name is taken, then removes the folders it emptied.
void moveTree(const QString &from, const QString &to, LegacyLocations::Report *report)
{
    const QDir source(from);
    const QFileInfoList entries = source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                           | QDir::NoDotAndDotDot,
                                                       QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() && !entry.isSymLink()) {
            moveTree(entry.absoluteFilePath(), target, report);
            continue;
        }
        if (!QDir().mkpath(to)) {
            //: %1 a folder
            report->problems << LegacyLocations::tr("could not create %1").arg(to);
            return;
        }
        moveFile(entry.absoluteFilePath(), QFileInfo::exists(target) ? freeName(to, entry.fileName()) : target, report);
    }
    QDir().rmdir(from); // only succeeds when empty, which is the point
}

} // namespace

QString LegacyLocations::oldConfigDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + oldFolderName();
}

QString LegacyLocations::oldDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + oldFolderName() + u'/'
        + AppIdentity::name();
}

QString LegacyLocations::newDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' + AppIdentity::name();
}

LegacyLocations::Report LegacyLocations::migrate()
{
    Report report;
    if (QFileInfo(oldConfigDir()).isDir()) {
        // QSettings' lock file holds no data; the settings file itself moves,
        // or, if a newer version already wrote one, moves beside it as
        // concurrency-lab-old.conf.
        QFile::remove(oldConfigDir() + u'/' + AppIdentity::name() + u".conf.lock");
        moveTree(oldConfigDir(), QFileInfo(AppIdentity::settingsFile()).absolutePath(), &report);
    }
    if (QFileInfo(oldDataDir()).isDir()) {
        moveTree(oldDataDir(), newDataDir(), &report);
        QDir().rmdir(QFileInfo(oldDataDir()).absolutePath()); // "Concurrency Lab", if now empty
    }
    return report;
}

QString LegacyLocations::Report::summary() const
{
    QString text;
    if (!moved.isEmpty())
        //: %n how many files; %1 the new settings file, %2 the new data folder
        text += tr("concurrency-lab: moved %n file(s) from the old folders named \"Concurrency Lab\" to %1 and %2.",
                   nullptr, static_cast<int>(moved.size()))
                    .arg(AppIdentity::settingsFile(), newDataDir());
    for (const QString &p : problems)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + u"concurrency-lab: " + p;
    return text;
}

} // namespace conlab
