#include "process/workerlocator.h"

#include <QFileInfo>

namespace conlab {

QString WorkerLocator::workerPath()
{
    const QString fromEnv = qEnvironmentVariable("CONLAB_WORKER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // /proc/self/exe rather than QCoreApplication::applicationDirPath(), so
    // the engine works before (or without) an application object.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return self.canonicalFilePath().section(u'/', 0, -2) + u"/concurrency-lab-worker";
}

} // namespace conlab
