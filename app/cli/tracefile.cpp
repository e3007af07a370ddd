// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "tracefile.h"

#include "options.h"
#include "outputpath.h"
#include "shellword.h"

#include "text/quotedvalue.h"

#include "export/gzip.h"

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
    std::unique_ptr<TraceFile> trace(new TraceFile(path));
    if (OutputPath::isStdout(path)) {
        trace->toStdout_ = true;
        return trace;
    }
    if (!trace->file_.open(QIODevice::WriteOnly))
        //: %1 the path given to --trace (quoted), %2 the system's reason
        throw UsageError{tr("--trace: cannot write %1: %2").arg(QuotedValue::of(path), trace->file_.errorString())};
    return trace;
}

bool TraceFile::commit(const QByteArray &trace)
{
    QString why;
    if (toStdout_) {
        if (OutputPath::write(QStringLiteral("-"), trace, &why))
            return true;
        //: %1 the system's reason
        std::fprintf(stderr, "%s\n", qPrintable(tr("could not write the trace to standard output: %1").arg(why)));
        return false;
    }
    const QByteArray bytes = Gzip::forPath(file_.fileName(), trace);
    if (file_.write(bytes) == bytes.size() && file_.commit())
        return true;
    std::fprintf(stderr, "%s\n",
                 //: %1 the trace file's path, %2 the system's reason
                 qPrintable(tr("could not write the trace %1: %2").arg(file_.fileName(), file_.errorString())));
    return false;
}

} // namespace conlab::cli
