#include "tracefile.h"

#include "options.h"

#include <cstdio>

namespace conlab::cli {

std::unique_ptr<TraceFile> TraceFile::open(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    std::unique_ptr<TraceFile> trace(new TraceFile(path));
    if (!trace->file_.open(QIODevice::WriteOnly))
        //: %1 the path given to --trace, %2 the system's reason
        throw UsageError{tr("--trace: cannot write %1: %2").arg(path, trace->file_.errorString())};
    return trace;
}

bool TraceFile::commit(const QByteArray &trace)
{
    if (file_.write(trace) == trace.size() && file_.commit())
        return true;
    std::fprintf(stderr, "%s\n",
                 //: %1 the trace file's path, %2 the system's reason
                 qPrintable(tr("could not write the trace %1: %2").arg(file_.fileName(), file_.errorString())));
    return false;
}

} // namespace conlab::cli
