// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnerexports.h"

#include "core/cpython/spinnersidebyside.h"
#include "core/export/cpythonexport.h"
#include "core/export/csvexport.h"
#include "core/export/gzip.h"
#include "core/export/spinnertrace.h"
#include "core/report/spinnerjsonreport.h"
#include "ui/engine/filejob.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QToolButton>
#include <QWidget>

// The texts keep the spinner page's translation context, where they were
// translated before the exports became an object of their own.
namespace conlab {

SpinnerExports::SpinnerExports(QWidget *page, Current current)
    : QObject(page), page_(page), current_(std::move(current))
{
    button_ = new QToolButton(page);
    button_->setPopupMode(QToolButton::InstantPopup);
    button_->setMenu(new QMenu(button_));
    for (int i = 0; i <= static_cast<int>(Kind::Recording); ++i) {
        auto *a = new QAction(page);
        connect(a, &QAction::triggered, this, [this, i] { askAndWrite(static_cast<Kind>(i)); });
        if (i == static_cast<int>(Kind::Recording))
            button_->menu()->addSeparator();
        button_->menu()->addAction(a);
        actions_ << a;
    }
    action(Kind::Recording)->setShortcut(QKeySequence::Save);
    retranslateUi();
}

void SpinnerExports::setEnabled(bool enabled)
{
    for (QAction *a : std::as_const(actions_))
        a->setEnabled(enabled);
    button_->setEnabled(enabled);
}

void SpinnerExports::retranslateUi()
{
    //: menu button with the exports of the run on screen
    button_->setText(QCoreApplication::translate("conlab::SpinnerPage", "Export"));
    // The same actions sit in the File menu, so each names what it does.
    action(Kind::Csv)->setText(QCoreApplication::translate("conlab::SpinnerPage", "Export frame gaps as CSV…"));
    action(Kind::Json)->setText(QCoreApplication::translate("conlab::SpinnerPage", "Export run as JSON…"));
    action(Kind::Trace)
        ->setText(QCoreApplication::translate("conlab::SpinnerPage", "Export Chrome trace for Perfetto…"));
    action(Kind::Recording)->setText(QCoreApplication::translate("conlab::SpinnerPage", "Save recording…"));
}

FileJob *SpinnerExports::write(Kind kind, const QString &path, QString *error) const
{
    std::optional<RunRecording> run = current_();
    if (!run) {
        if (error)
            *error = QCoreApplication::translate("conlab::SpinnerPage", "no run to export yet");
        return nullptr;
    }
    return FileJob::write(page_, path, [kind, path, run = std::move(*run)] { return build(kind, run, path); });
}

QByteArray SpinnerExports::build(Kind kind, const RunRecording &run, const QString &path)
{
    // CPython's report, when it ran, goes into the same file, marked.
    const SpinnerReport *py = run.cpython && run.cpython->report ? &*run.cpython->report : nullptr;
    switch (kind) {
    case Kind::Csv: {
        const QByteArray emulation = CsvExport::spinnerFrames(*run.report);
        if (!run.cpython)
            return emulation;
        return CPythonExport::csv(emulation, py ? CsvExport::spinnerFrames(*py) : QByteArray());
    }
    case Kind::Json: {
        const QByteArray emulation = SpinnerJsonReport::build(run.spinner, *run.report);
        if (!run.cpython)
            return emulation;
        const SpinnerSideBySide side(run.spinner, *run.report, *run.cpython);
        return CPythonExport::json(emulation, *run.cpython,
                                   py ? SpinnerJsonReport::build(run.spinner, *py) : QByteArray(), side.toJson());
    }
    case Kind::Trace: {
        // The trace's metadata names the GUI action where the CLI's names
        // its command line. Reading the machine's facts reads /proc: here,
        // off the GUI thread.
        TraceMetadata metadata = TraceMetadata::forThisMachine();
        metadata.appVersion = QCoreApplication::applicationVersion();
        metadata.command = QStringLiteral("concurrency-lab window: Spinner, Export Chrome trace");
        metadata.pace = run.spinner.pace.name();
        QByteArray trace = SpinnerTrace::build(run.description, *run.report, run.gilHolds, run.loopEvents, metadata);
        if (py)
            trace = CPythonExport::trace(trace, SpinnerTrace::build(run.description, *py, {}, {}, metadata),
                                         run.cpython->commandLine);
        return Gzip::forPath(path, trace);
    }
    case Kind::Recording: return run.toJson();
    }
    return {};
}

void SpinnerExports::askAndWrite(Kind kind)
{
    const std::optional<RunRecording> run = current_();
    if (!run)
        return;
    const QString base = QStringLiteral("spinner-%1-%2")
                             .arg(SpinnerChoices::modelName(run->spinner.model),
                                  SpinnerChoices::slowName(run->spinner.slow));
    QString caption, name, filter;
    switch (kind) {
    case Kind::Csv:
        caption = QCoreApplication::translate("conlab::SpinnerPage", "Export frame gaps as CSV");
        name = base + QStringLiteral("-frames.csv");
        filter = QCoreApplication::translate("conlab::SpinnerPage", "CSV (*.csv)");
        break;
    case Kind::Json:
        caption = QCoreApplication::translate("conlab::SpinnerPage", "Export run as JSON");
        name = base + QStringLiteral(".json");
        filter = QCoreApplication::translate("conlab::SpinnerPage", "JSON (*.json)");
        break;
    case Kind::Trace:
        caption = QCoreApplication::translate("conlab::SpinnerPage", "Export Chrome trace");
        name = base + QStringLiteral("-trace.json");
        filter = QCoreApplication::translate("conlab::SpinnerPage", "Chrome trace JSON (*.json)") + QStringLiteral(";;")
            + QCoreApplication::translate("conlab::SpinnerPage", "Compressed Chrome trace (*.json.gz)");
        break;
    case Kind::Recording:
        caption = QCoreApplication::translate("conlab::SpinnerPage", "Save recording");
        name = base + QStringLiteral(".clrec.json");
        filter = QCoreApplication::translate("conlab::SpinnerPage", "Concurrency Lab recordings (*.clrec.json *.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(page_, caption, name, filter);
    if (!path.isEmpty()) // a failed write says why in a message box
        FileJob::exportFrom(page_, path, [kind, path, run = *run] { return build(kind, run, path); });
}

} // namespace conlab
