// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace conlab {

// One export, made and written off the GUI thread. Building the CSV, JSON
// or trace of a million results and writing it (atomically, through
// OutputFile) took the GUI thread for seconds; here both run on the global
// thread pool, as RecordingOpener reads recordings, and the answer comes
// back on the GUI thread. `make` runs on the pool: it must own what it
// reads (capture copies or shared, immutable data), never touch the page.
class FileJob : public QObject
{
    Q_OBJECT
public:
    using Make = std::function<QByteArray()>;

    // Starts the job and returns at once. finished() comes on `context`'s
    // thread; the job deletes itself after it, and with `context`.
    static FileJob *write(QObject *context, const QString &path, Make make);
    // write(), with a busy bar on `page` while it takes more than a moment
    // (its Cancel cancels), and a message box when the file could not be
    // written.
    static FileJob *exportFrom(QWidget *page, const QString &path, Make make);

    // Nothing is written if the job has not started writing yet; finished()
    // then says false. A file being written is finished whole (it is
    // renamed into place at once), so a cancel never leaves half a file.
    void cancel() { cancelled_->store(true); }
    bool isCancelled() const { return cancelled_->load(); }

signals:
    // `why` is a sentence without the path, empty when ok.
    void finished(bool ok, const QString &why);

private:
    explicit FileJob(QObject *context) : QObject(context) { }

    std::shared_ptr<std::atomic<bool>> cancelled_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace conlab
