// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "engine/filejob.h"

#include "export/outputfile.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace conlab {

namespace {
struct Written
{
    bool ok = false;
    QString why;
};
} // namespace

FileJob *FileJob::write(QObject *context, const QString &path, Make make)
{
    auto *job = new FileJob(context);
    auto *watcher = new QFutureWatcher<Written>(job);
    connect(watcher, &QFutureWatcher<Written>::finished, job, [job, watcher] {
        const Written w = watcher->result();
        emit job->finished(w.ok, w.why);
        job->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, make = std::move(make)] {
        Written w;
        w.ok = OutputFile::write(path, make(), &w.why);
        return w;
    }));
    return job;
}

FileJob *FileJob::exportFrom(QWidget *page, const QString &path, Make make)
{
    FileJob *job = write(page, path, std::move(make));
    connect(job, &FileJob::finished, page, [page, path](bool ok, const QString &why) {
        if (!ok)
            QMessageBox::warning(page, tr("Export failed"),
                                 //: %1 file path, %2 the system's reason
                                 tr("Could not write %1: %2").arg(path, why));
    });
    return job;
}

} // namespace conlab
