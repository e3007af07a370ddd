// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primesexports.h"

#include "core/cpython/primessidebyside.h"
#include "core/export/cpythonexport.h"
#include "core/export/csvexport.h"
#include "core/export/gzip.h"
#include "core/export/primestrace.h"
#include "core/report/jsonreport.h"
#include "ui/engine/filejob.h"
#include "ui/pages/primesoutcome.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QJsonDocument>
#include <QWidget>

namespace conlab {

namespace {
// The report with the tallies of the series it ended, at its top level.
QByteArray withRaceTally(const QByteArray &json, const QJsonObject &tally)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("race_tally"), tally);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
} // namespace

RunRecording PrimesExports::Run::recording() const
{
    RunRecording r;
    r.kind = RunRecording::Kind::Primes;
    r.title = title;
    r.description = PrimesOutcome::settingsText(*config);
    // A replay saved again is still the run it was, from the day it ran.
    r.recordedAt = recordedAt.isValid() ? recordedAt : QDateTime::currentDateTimeUtc();
    r.primes = *config;
    r.results = *results;
    r.summary = summary;
    r.gilHolds = *holds;
    r.loopEvents = *loopSteps;
    if (cpython)
        r.cpython = *cpython;
    if (tallies)
        r.raceTallies = *tallies;
    return r;
}

PrimesExports::PrimesExports(QWidget *page) : QObject(page), page_(page)
{
    const auto ask = [this](const auto &title, const QString &file, const auto &filter, auto job) {
        return [=, this] {
            const QString path = QFileDialog::getSaveFileName(page_, title(), file, filter());
            if (!path.isEmpty())
                (this->*job)(path);
        };
    };
    csv_ = new QAction(this);
    connect(csv_, &QAction::triggered, this,
            ask([] { return tr("Export results as CSV"); }, QStringLiteral("primes.csv"),
                [] { return tr("CSV (*.csv)"); }, &PrimesExports::exportCsv));
    json_ = new QAction(this);
    connect(json_, &QAction::triggered, this,
            ask([] { return tr("Export results as JSON"); }, QStringLiteral("primes.json"),
                [] { return tr("JSON (*.json)"); }, &PrimesExports::exportJson));
    trace_ = new QAction(this);
    connect(trace_, &QAction::triggered, this,
            ask([] { return tr("Export Chrome trace"); }, QStringLiteral("primes-trace.json"),
                [] {
                    return tr("Chrome trace JSON (*.json)") + QStringLiteral(";;")
                        + tr("Compressed Chrome trace (*.json.gz)");
                },
                &PrimesExports::exportTrace));
    recording_ = new QAction(this);
    recording_->setShortcut(QKeySequence::Save);
    connect(recording_, &QAction::triggered, this,
            ask([] { return tr("Save recording"); }, QStringLiteral("primes.clrec.json"),
                [] { return tr("Concurrency Lab recordings (*.clrec.json *.json)"); }, &PrimesExports::saveRecording));
    retranslate();
    updateActions();
}

void PrimesExports::retranslate()
{
    // The same actions sit in the File menu, so each names what it does.
    csv_->setText(tr("Export results as CSV…"));
    json_->setText(tr("Export results as JSON…"));
    trace_->setText(tr("Export Chrome trace for Perfetto…"));
    recording_->setText(tr("Save recording…"));
}

void PrimesExports::setRun(Run run)
{
    run_ = std::move(run);
    updateActions();
}

void PrimesExports::setCPython(std::shared_ptr<const CPythonSide> side)
{
    if (run_)
        run_->cpython = std::move(side);
}

void PrimesExports::setRaceTallies(std::shared_ptr<const RaceTallies> tallies)
{
    if (run_)
        run_->tallies = std::move(tallies);
}

void PrimesExports::clear()
{
    run_.reset();
    updateActions();
}

void PrimesExports::updateActions()
{
    for (QAction *a : {csv_, json_, trace_, recording_})
        a->setEnabled(run_.has_value());
}

// Each job captures the shared parts it reads: the page may start a new run
// (new parts) while it writes.
FileJob *PrimesExports::exportCsv(const QString &path)
{
    if (!run_)
        return nullptr;
    return FileJob::exportFrom(page_, path, [results = run_->results, cpython = run_->cpython] {
        const QByteArray emulation = CsvExport::results(*results);
        return cpython ? CPythonExport::csv(emulation, CsvExport::results(cpython->results)) : emulation;
    });
}

FileJob *PrimesExports::exportJson(const QString &path)
{
    if (!run_)
        return nullptr;
    return FileJob::exportFrom(page_, path,
                               [results = run_->results, config = run_->config, summary = run_->summary,
                                cpython = run_->cpython, tallies = run_->tallies] {
                                   const auto withTallies = [&tallies](const QByteArray &json) {
                                       return tallies ? withRaceTally(json, tallies->toJson()) : json;
                                   };
                                   const auto reportOf = [&config](const std::vector<PrimeResult> &rows,
                                                                   const RunSummary &s) {
                                       JsonReport report(*config);
                                       for (const PrimeResult &r : rows)
                                           report.add(r);
                                       return report.finish(s);
                                   };
                                   const QByteArray emulation = reportOf(*results, summary);
                                   if (!cpython)
                                       return withTallies(emulation);
                                   const auto pairs = PrimesSideBySide::pair(*results, cpython->results);
                                   const auto totals = PrimesSideBySide::totals(*results, summary, *cpython);
                                   return withTallies(CPythonExport::json(emulation, *cpython,
                                                                          cpython->summary ? reportOf(cpython->results,
                                                                                                      *cpython->summary)
                                                                                           : QByteArray(),
                                                                          PrimesSideBySide::toJson(pairs, totals)));
                               });
}

FileJob *PrimesExports::exportTrace(const QString &path)
{
    if (!run_)
        return nullptr;
    // The trace's metadata names the GUI action where the CLI's names its
    // command line.
    TraceMetadata metadata = TraceMetadata::forThisMachine();
    metadata.appVersion = QCoreApplication::applicationVersion();
    metadata.command = QStringLiteral("concurrency-lab window: Primes, Export Chrome trace");
    return FileJob::exportFrom(page_, path, [path, metadata, run = *run_] {
        QByteArray trace = PrimesTrace::build(*run.config, *run.results, *run.holds, &run.summary, *run.loopSteps,
                                              metadata);
        if (run.cpython && run.cpython->summary)
            trace = CPythonExport::trace(trace,
                                         PrimesTrace::build(*run.config, run.cpython->results, {},
                                                            &*run.cpython->summary, {}, metadata),
                                         run.cpython->commandLine);
        return Gzip::forPath(path, trace);
    });
}

FileJob *PrimesExports::saveRecording(const QString &path)
{
    if (!run_)
        return nullptr;
    // The copy into a RunRecording happens on the pool too.
    return FileJob::exportFrom(page_, path, [run = *run_] { return run.recording().toJson(); });
}

} // namespace conlab
