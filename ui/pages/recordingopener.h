// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/record/runrecording.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace conlab {

// Open recording… for both kinds of page. A recording may be hundreds of
// megabytes (a million-number run writes about 100 MB), and reading and
// checking one took seconds on the GUI thread, during which the window froze
// and a SIGTERM could not quit it. The file is read and parsed on the global
// thread pool; a progress dialog appears if that takes longer than a moment,
// and Cancel drops the result (the read itself runs to its end off-screen,
// bounded by RunRecording::kMaxFileBytes).
class RecordingOpener : public QObject
{
    Q_OBJECT
public:
    // Called on the GUI thread with the parsed recording; false with *error
    // set when the page cannot show it.
    using Show = std::function<bool(const RunRecording &, const QString &path, QString *error)>;

    RecordingOpener(QWidget *page, Show show);
    ~RecordingOpener() override;

    // Asks for a file, then loads it as open(path) does.
    void chooseAndOpen();
    // Starts loading and returns at once; the page sees the recording (or a
    // message box with the reason) later, from the event loop. A second call
    // while one is loading is ignored.
    void open(const QString &path);
    bool loading() const { return loading_; }

signals:
    // After each open(): shown or not (also when cancelled).
    void finished(bool shown);

private:
    struct Loaded
    {
        std::optional<RunRecording> recording;
        QString error;
    };
    void done(const QString &path, const Loaded &loaded);

    QWidget *page_;
    Show show_;
    QPointer<QProgressDialog> progress_;
    bool loading_ = false;
    // Bumped by Cancel, so a result that arrives later is dropped.
    quint64 generation_ = 0;
};

} // namespace conlab
