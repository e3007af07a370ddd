// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/filejob.h"

#include "core/export/outputfile.h"
#include "ui/widgets/busydialog.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
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
    watcher->setFuture(QtConcurrent::run([path, make = std::move(make), cancelled = job->cancelled_] {
        Written w;
        QByteArray bytes = make();
        if (cancelled->load()) {
            w.why = tr("the export was cancelled");
            return w;
        }
        w.ok = OutputFile::write(path, bytes, &w.why);
        return w;
    }));
    return job;
}

FileJob *FileJob::exportFrom(QWidget *page, const QString &path, Make make)
{
    FileJob *job = write(page, path, std::move(make));
    QPointer<QProgressDialog> busy = openBusyDialog(page, tr("Export"),
                                                    //: %1 file name
                                                    tr("Writing %1…").arg(QFileInfo(path).fileName()));
    connect(busy, &QProgressDialog::canceled, job, &FileJob::cancel);
    connect(job, &FileJob::finished, page, [job, page, path, busy](bool ok, const QString &why) {
        delete busy;
        if (!ok && !job->isCancelled())
            QMessageBox::warning(page, tr("Export failed"),
                                 //: %1 file path, %2 the system's reason
                                 tr("Could not write %1: %2").arg(path, why));
    });
    return job;
}

} // namespace conlab
