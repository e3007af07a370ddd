// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/workerlocator.h"

#include <QDir>
#include <QFileInfo>

namespace conlab {

namespace {

const QString kWorkerName = QStringLiteral("concurrency-lab-worker");

} // namespace

QString WorkerLocator::workerPath()
{
    const QString fromEnv = qEnvironmentVariable("CONLAB_WORKER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // /proc/self/exe rather than QCoreApplication::applicationDirPath(), so
    // the engine works before (or without) an application object.
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    return workerPathFrom(self.canonicalFilePath().section(u'/', 0, -2));
}

QString WorkerLocator::workerPathFrom(const QString &executableDir)
{
    const QString beside = executableDir + u'/' + kWorkerName;
    if (QFileInfo(beside).isExecutable())
        return beside;
    // Where an installed app keeps it; when it is missing there too, an
    // error that names this path says where the worker should be.
    return QDir::cleanPath(executableDir + u'/' + QStringLiteral(CONLAB_WORKER_FROM_BIN) + u'/' + kWorkerName);
}

} // namespace conlab
