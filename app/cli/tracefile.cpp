// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "tracefile.h"

#include "options.h"
#include "outputpath.h"
#include "shellword.h"

#include "core/export/gzip.h"

#include <QFileInfo>
#include <QStringList>
#include <cstdio>

namespace conlab::cli {

TraceMetadata TraceFile::metadata()
{
    TraceMetadata m = TraceMetadata::forThisMachine();
    m.appVersion = QCoreApplication::applicationVersion();
    QStringList words = QCoreApplication::arguments();
    if (!words.isEmpty())
        words.first() = QFileInfo(words.first()).fileName(); // not the build or install path
    for (QString &w : words)
        w = shellWord(w);
    m.command = words.join(u' ');
    return m;
}

std::unique_ptr<TraceFile> TraceFile::open(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    std::unique_ptr<TraceFile> trace(new TraceFile(OutputPath::open(QStringLiteral("trace"), path)));
    trace->toStdout_ = OutputPath::isStdout(path);
    return trace;
}

bool TraceFile::commit(const QByteArray &trace)
{
    QString why;
    if (file_->commit(Gzip::forPath(file_->path(), trace), &why))
        return true;
    QString line;
    if (toStdout_)
        //: %1 the system's reason
        line = tr("could not write the trace to standard output: %1").arg(why);
    else
        //: %1 the trace file's path, %2 the system's reason
        line = tr("could not write the trace %1: %2").arg(file_->path(), why);
    std::fprintf(stderr, "%s\n", qPrintable(line));
    return false;
}

} // namespace conlab::cli
