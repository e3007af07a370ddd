// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/recordingopener.h"

#include "ui/widgets/busydialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace conlab {

RecordingOpener::RecordingOpener(QWidget *page, Show show) : QObject(page), page_(page), show_(std::move(show)) { }

RecordingOpener::~RecordingOpener()
{
    delete progress_;
}

void RecordingOpener::chooseAndOpen()
{
    if (loading_)
        return;
    const QString path = QFileDialog::getOpenFileName(
        page_, tr("Open recording"), {}, tr("Concurrency Lab recordings (*.clrec.json *.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void RecordingOpener::open(const QString &path)
{
    if (loading_)
        return;
    loading_ = true;
    const quint64 generation = ++generation_;

    // QJsonDocument parses in one call, so there is no fraction to show, but
    // the window keeps drawing and Cancel gives it back.
    progress_ = openBusyDialog(
        page_, tr("Open recording"),
        //: %1 file name, %2 its size such as "180 MB"
        tr("Reading %1 (%2)…").arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(QFileInfo(path).size())));
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        ++generation_;
        loading_ = false;
        progress_->deleteLater();
        emit finished(false);
    });

    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != generation_)
            return; // cancelled; a newer open may be under way
        done(path, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Loaded loaded;
        loaded.recording = RunRecording::load(path, &loaded.error);
        return loaded;
    }));
}

void RecordingOpener::done(const QString &path, const Loaded &loaded)
{
    loading_ = false;
    delete progress_;
    QString error = loaded.error;
    const bool shown = loaded.recording && show_(*loaded.recording, path, &error);
    if (!shown)
        QMessageBox::warning(page_, tr("Cannot open recording"),
                             //: %1 file path, %2 what is wrong with it
                             tr("%1 cannot be shown: %2").arg(path, error));
    emit finished(shown);
}

} // namespace conlab
