// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace conlab {

// One export, made and written off the GUI thread. Building the CSV, JSON
// or trace of a million results and writing it (atomically, through
// OutputFile) took the GUI thread for seconds; here both run on the global
// thread pool, as RecordingOpener reads recordings, and the answer comes
// back on the GUI thread. `make` runs on the pool: it must own what it
// reads (capture copies), never touch the page.
class FileJob : public QObject
{
    Q_OBJECT
public:
    using Make = std::function<QByteArray()>;

    // Starts the job and returns at once. finished() comes on `context`'s
    // thread; the job deletes itself after it, and with `context`.
    static FileJob *write(QObject *context, const QString &path, Make make);
    // write(), and a message box on `page` when the file could not be written.
    static FileJob *exportFrom(QWidget *page, const QString &path, Make make);

signals:
    // `why` is a sentence without the path, empty when ok.
    void finished(bool ok, const QString &why);

private:
    explicit FileJob(QObject *context) : QObject(context) { }
};

} // namespace conlab
