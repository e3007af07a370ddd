// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/listingstage.h"

#include "core/spinner/slowestimate.h"

#include <QDir>
#include <QFile>

namespace conlab {

QString ListingStage::source(const QString &file, const Pace &pace)
{
    QFile f(QStringLiteral(":/listings/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return fillListingPlaceholders(QString::fromUtf8(f.readAll()), pace);
}

ListingStage::ListingStage(const Pace &placeholderPace) : dir_(QDir::tempPath() + QStringLiteral("/conlab-cpython-XXXXXX"))
{
    if (!dir_.isValid()) {
        //: %1 the system's reason
        error_ = tr("Could not create a folder for the listings: %1").arg(dir_.errorString());
        return;
    }
    const QStringList files = QDir(QStringLiteral(":/listings")).entryList({QStringLiteral("*.py")}, QDir::Files);
    if (files.isEmpty()) {
        error_ = tr("The listings are missing from this build (no :/listings resources)");
        return;
    }
    for (const QString &file : files) {
        QFile out(dir_.filePath(file));
        const QByteArray text = source(file, placeholderPace).toUtf8();
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size()) {
            //: %1 a file path, %2 the system's reason
            error_ = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
            return;
        }
    }
}

} // namespace conlab
