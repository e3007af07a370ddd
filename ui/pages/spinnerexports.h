// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QToolButton;
class QWidget;

namespace conlab {

class FileJob;

// The exports of the spinner run on screen: frame gaps as CSV, the run as
// JSON, a Chrome trace and the recording. Every one of them is made from the
// run's recording, so a job takes a copy of it and builds and writes the
// file on the thread pool (FileJob); the page may start another run
// meanwhile. The page owns this object and tells it when there is a run.
class SpinnerExports : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Csv, Json, Trace, Recording };
    // The run on screen as a recording; empty while there is none.
    using Current = std::function<std::optional<RunRecording>()>;

    SpinnerExports(QWidget *page, Current current);

    QAction *action(Kind kind) const { return actions_[static_cast<int>(kind)]; }
    // A menu button with every export, for the page's header.
    QToolButton *menuButton() const { return button_; }
    void setEnabled(bool enabled);
    void retranslateUi();

    // Starts writing `kind` to `path` and returns the job (its finished()
    // says how it went); null, with *error set, when there is no run.
    FileJob *write(Kind kind, const QString &path, QString *error) const;
    // The file's bytes. Runs on the pool: it reads only its arguments.
    static QByteArray build(Kind kind, const RunRecording &run, const QString &path);

private:
    void askAndWrite(Kind kind);

    QWidget *page_;
    Current current_;
    QList<QAction *> actions_; // in Kind order
    QToolButton *button_ = nullptr;
};

} // namespace conlab
