// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"
#include "core/gil/gilevents.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "core/primes/racetally.h"
#include "core/record/runrecording.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QWidget;

namespace conlab {

class FileJob;

// The files a finished primes run can be saved as: its results as CSV or
// JSON, a Chrome trace for Perfetto, and a recording the page can replay.
// Each is built and written off the GUI thread by a FileJob; the page's part
// is only to hand over the run it shows.
class PrimesExports : public QObject
{
    Q_OBJECT
public:
    // The run on screen. Its parts are shared and never change once handed
    // over (a new run brings new ones), so a job on the thread pool reads
    // them while the page moves on, and handing a million results to it
    // copies pointers, not rows.
    struct Run
    {
        QString title; // the page's
        std::shared_ptr<const PrimesConfig> config;
        std::shared_ptr<const std::vector<PrimeResult>> results;
        std::shared_ptr<const std::vector<GilHold>> holds;
        std::shared_ptr<const std::vector<aio::LoopEvent>> loopSteps;
        RunSummary summary;
        // A replayed recording's; invalid for a live run (saved as now).
        QDateTime recordedAt;
        // The same run in CPython, once it ended ("Run in CPython too").
        std::shared_ptr<const CPythonSide> cpython;
        // The tallies of the repeated racy series this run ended, if it did.
        std::shared_ptr<const RaceTallies> tallies;

        // A copy of everything: on the GUI thread that costs a copy of every row.
        RunRecording recording() const;
    };

    // `page` parents the file dialogs and the failure messages.
    explicit PrimesExports(QWidget *page);

    // Enabled while there is a run to export. The results as CSV and JSON,
    // the trace; and the recording, which the Export menu sets apart.
    QList<QAction *> exportActions() const { return {csv_, json_, trace_}; }
    QAction *saveRecordingAction() const { return recording_; }

    void setRun(Run run);
    // The CPython side arrives after the emulated run; the exports add it.
    void setCPython(std::shared_ptr<const CPythonSide> side);
    // A repeated racy run: its tallies, after its last run (setRun), go into
    // the JSON export as "race_tally" beside that run's report, and into the
    // recording.
    void setRaceTallies(std::shared_ptr<const RaceTallies> tallies);
    // Forgets the run and any tallies.
    void clear();
    const std::optional<Run> &run() const { return run_; }

    // Without asking for a file (tests, benchmarks); nullptr without a run.
    FileJob *exportCsv(const QString &path);
    FileJob *exportJson(const QString &path);
    FileJob *exportTrace(const QString &path);
    FileJob *saveRecording(const QString &path);

    // The action texts, again after a language change.
    void retranslate();

private:
    void updateActions();

    QWidget *page_;
    QAction *csv_ = nullptr;
    QAction *json_ = nullptr;
    QAction *trace_ = nullptr;
    QAction *recording_ = nullptr;
    std::optional<Run> run_;
};

} // namespace conlab
