// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// SpinnerPage: exports of the run on screen, and record/replay.
#include "pages/spinnerpage.h"

#include "export/csvexport.h"
#include "export/gzip.h"
#include "export/outputfile.h"
#include "export/spinnertrace.h"
#include "pages/recordingopener.h"
#include "pages/spinnerreplay.h"
#include "report/spinnerjsonreport.h"
#include "widgets/spinnerliveview.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace conlab {

namespace {
QString describe(const SpinnerConfig &c)
{
    return SpinnerChoices::modelName(c.model) + u' ' + SpinnerChoices::slowName(c.slow);
}
} // namespace

void SpinnerPage::buildFileActions()
{
    for (int i = 0; i <= static_cast<int>(Export::Recording); ++i) {
        auto *a = new QAction(this);
        connect(a, &QAction::triggered, this, [this, i] { exportWithDialog(static_cast<Export>(i)); });
        exportActions_ << a;
    }
    exportActions_[static_cast<int>(Export::Recording)]->setShortcut(QKeySequence::Save);
    openAction_ = new QAction(this);
    openAction_->setShortcut(QKeySequence::Open);
    recordingOpener_ = new RecordingOpener(this, [this](const RunRecording &rec, const QString &path, QString *error) {
        if (running_) {
            *error = tr("a run is under way; stop it first");
            return false;
        }
        return replay(rec, path, error);
    });
    connect(openAction_, &QAction::triggered, recordingOpener_, &RecordingOpener::chooseAndOpen);
    // On the page too, so the shortcuts work while it is on screen, and only then.
    addActions(fileActions());
}

QList<QAction *> SpinnerPage::fileActions()
{
    return {openAction_, exportActions_[static_cast<int>(Export::Recording)], exportActions_[static_cast<int>(Export::Csv)],
            exportActions_[static_cast<int>(Export::Json)], exportActions_[static_cast<int>(Export::Trace)]};
}

std::optional<RunRecording> SpinnerPage::recording() const
{
    if (!shownReport_)
        return std::nullopt;
    RunRecording r;
    r.kind = RunRecording::Kind::Spinner;
    r.title = title();
    r.description = describe(shownConfig_);
    // A replay saved again is still the run it was, from the day it ran.
    r.recordedAt = isReplay() && replayRecordedAt_.isValid() ? replayRecordedAt_ : QDateTime::currentDateTimeUtc();
    r.spinner = shownConfig_;
    r.report = shownReport_;
    r.gilHolds = shownHolds_;
    r.loopEvents = shownLoopEvents_;
    return r;
}

bool SpinnerPage::replay(const RunRecording &recording, const QString &source, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (running_)
        return fail(tr("stop the run first"));
    if (recording.kind != RunRecording::Kind::Spinner)
        return fail(tr("this recording is of a primes run; open it on a primes page"));
    if (!recording.report)
        return fail(tr("the recording holds no report of the run"));
    int variant = -1;
    for (int i = 0; i < spec_.variants.size(); ++i) {
        if (spec_.variants[i].model == recording.spinner.model && spec_.variants[i].slow == recording.spinner.slow)
            variant = i;
    }
    if (variant < 0)
        //: %1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind
        return fail(tr("this page has no %1 spinner with slow() = %2; open the recording on the page that has it")
                        .arg(SpinnerChoices::modelName(recording.spinner.model),
                             SpinnerChoices::slowName(recording.spinner.slow)));

    setCurrentVariant(variant);
    seconds_->setValue(recording.spinner.seconds);
    replaySource_ = source.isEmpty() ? tr("a recording") : source;
    replayRecordedAt_ = recording.recordedAt;
    // The replay stands in for the engine: it feeds this generation's inbox
    // and ends it, and the session hands the page its events as for a run.
    const quint64 generation = beginShowing(recording.spinner);
    replay_ = new SpinnerReplay(recording, events_->inbox(), this);
    connect(replay_, &SpinnerReplay::finished, this,
            [this, generation](const SpinnerReport &report) { session_->complete(generation, report); });
    setRunning(true);
    replay_->start();
    return true;
}

bool SpinnerPage::exportTo(Export what, const QString &path, QString *error) const
{
    if (!shownReport_) {
        if (error)
            *error = tr("no run to export yet");
        return false;
    }
    QByteArray bytes;
    switch (what) {
    case Export::Csv: bytes = CsvExport::spinnerFrames(*shownReport_); break;
    case Export::Json: bytes = SpinnerJsonReport::build(shownConfig_, *shownReport_); break;
    case Export::Trace: {
        // The trace's metadata names the GUI action where the CLI's names
        // its command line.
        TraceMetadata metadata = TraceMetadata::forThisMachine();
        metadata.appVersion = QCoreApplication::applicationVersion();
        metadata.command = QStringLiteral("concurrency-lab window: Spinner, Export Chrome trace");
        metadata.pace = shownConfig_.pace.name();
        bytes = Gzip::forPath(path, SpinnerTrace::build(describe(shownConfig_), *shownReport_, shownHolds_,
                                                        shownLoopEvents_, metadata));
        break;
    }
    case Export::Recording: bytes = recording()->toJson(); break;
    }
    QString why;
    if (OutputFile::write(path, bytes, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

void SpinnerPage::exportWithDialog(Export what)
{
    if (!shownReport_ || running_)
        return;
    const QString base = QStringLiteral("spinner-%1-%2")
                             .arg(SpinnerChoices::modelName(shownConfig_.model), SpinnerChoices::slowName(shownConfig_.slow));
    QString caption, name, filter;
    switch (what) {
    case Export::Csv:
        caption = tr("Export frame gaps as CSV");
        name = base + QStringLiteral("-frames.csv");
        filter = tr("CSV (*.csv)");
        break;
    case Export::Json:
        caption = tr("Export run as JSON");
        name = base + QStringLiteral(".json");
        filter = tr("JSON (*.json)");
        break;
    case Export::Trace:
        caption = tr("Export Chrome trace");
        name = base + QStringLiteral("-trace.json");
        filter = tr("Chrome trace JSON (*.json)") + QStringLiteral(";;") + tr("Compressed Chrome trace (*.json.gz)");
        break;
    case Export::Recording:
        caption = tr("Save recording");
        name = base + QStringLiteral(".clrec.json");
        filter = tr("Concurrency Lab recordings (*.clrec.json *.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, caption, name, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(what, path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             //: %1 file path, %2 the system's reason
                             tr("Could not write %1: %2").arg(path, error));
}

} // namespace conlab
