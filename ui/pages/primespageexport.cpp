// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// PrimesPage: exports of the run on screen, and record/replay.
#include "pages/primespage.h"

#include "engine/filejob.h"

#include "export/csvexport.h"
#include "export/gzip.h"
#include "export/outputfile.h"
#include "export/primestrace.h"
#include "models/resultstablemodel.h"
#include "primes/primesrun.h"
#include "pages/primesoutcome.h"
#include "pages/primesreplay.h"
#include "pages/sequentialbaseline.h"
#include "record/runrecording.h"
#include "report/jsonreport.h"
#include "widgets/loopview.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QToolButton>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>

namespace conlab {

RunRecording PrimesPage::recording() const
{
    RunRecording r;
    r.kind = RunRecording::Kind::Primes;
    r.title = title();
    r.description = PrimesOutcome::settingsText(shownConfig_);
    // A replay saved again is still the run it was, from the day it ran.
    r.recordedAt = showingRecording_ && replayRecordedAt_.isValid() ? replayRecordedAt_ : QDateTime::currentDateTimeUtc();
    r.primes = shownConfig_;
    r.results = results_->results();
    r.summary = shownSummary_;
    r.gilHolds = shownHolds_;
    r.loopEvents = shownLoopSteps_;
    return r;
}

bool PrimesPage::showRecording(const RunRecording &recording, QString *error, const QString &source)
{
    if (recording.kind != RunRecording::Kind::Primes) {
        if (error)
            *error = tr("this recording is of a spinner run; open it on a spinner page");
        return false;
    }
    if (isRunning()) {
        if (error)
            *error = tr("stop the run first");
        return false;
    }
    // A new generation drops whatever an earlier run still had queued.
    session_->reset();
    dropReplay();
    shownConfig_ = recording.primes;
    shownFingerprint_ = SequentialBaseline::fingerprint(shownConfig_.numbers);
    setModel(recording.primes.model);
    if (recording.primes.model == PrimesModel::Processes)
        setRacy(recording.primes.racy);
    // The field shows the recorded list when it fits there, so Run repeats
    // the recorded run; longer lists would need their file.
    if (recording.primes.numbers.size() <= 10'000) {
        QStringList parts;
        for (std::uint64_t n : recording.primes.numbers)
            parts << QString::number(n);
        numbers_->setText(parts.join(QStringLiteral(", ")));
    }
    // The page starts empty, as before a run, and the replay fills it in;
    // the summary (banner, totals, exports) comes when the replay ends.
    shownSummary_.reset();
    replaySummary_ = recording.summary.value_or(RunSummary{});
    shownHolds_ = recording.gilHolds;
    shownLoopSteps_ = recording.loopEvents;
    showingRecording_ = true;
    replayRecordedAt_ = recording.recordedAt;
    replaySource_ = source;
    results_->clear();
    results_->reserve(recording.results.size());
    timeline_->clear();
    setUpLanes(recording.primes);
    // The loop's steps show whole at once: a recording keeps only them, so
    // there is no queue or timer to replay.
    loopView_->clear();
    loopView_->addEvents(recording.loopEvents);
    const auto given = static_cast<qsizetype>(recording.primes.numbers.size());
    timeline_->setTotalNumbers(given > 0 ? given : replaySummary_->numbers);
    timeline_->setLive(true);
    banner_->hide();

    replay_ = new PrimesReplay(recording, this);
    connect(replay_, &PrimesReplay::resultsDue, this, [this](const std::vector<PrimeResult> &batch) {
        results_->append(batch);
    });
    connect(replay_, &PrimesReplay::holdsDue, this,
            [this](const std::vector<GilHold> &holds) { timeline_->addGilHolds(holds); });
    connect(replay_, &PrimesReplay::finished, this, &PrimesPage::endReplay);
    updateReplayBanner();
    updateControls();
    updateTotals();
    replayTimer_->start(); // moves the time axis and the totals on
    replay_->start();
    return true;
}

bool PrimesPage::isReplaying() const
{
    return replay_ != nullptr;
}

void PrimesPage::skipReplay()
{
    if (replay_)
        replay_->skipToEnd();
}

// The replay reached its end (or was skipped there): the page shows the
// recorded outcome, as if the run had just finished.
void PrimesPage::endReplay()
{
    if (!replay_)
        return;
    replayTimer_->stop();
    replay_->deleteLater();
    replay_ = nullptr;
    shownSummary_ = replaySummary_;
    replaySummary_.reset();
    showOutcome();
    updateReplayBanner();
    updateControls();
}

// A live run or another recording takes the page: the replay on screen
// stops where it is, and its banner goes with it.
void PrimesPage::dropReplay()
{
    if (replay_) {
        replay_->disconnect(this);
        replay_->deleteLater();
        replay_ = nullptr;
    }
    replaySummary_.reset();
    showingRecording_ = false;
    updateReplayBanner();
}

QString PrimesPage::replayBannerText() const
{
    if (!showingRecording_)
        return {};
    const QString when = replayRecordedAt_.isValid()
        ? QLocale().toString(replayRecordedAt_.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    QString text = replaySource_.isEmpty()
        //: %1 when the recording was made (date and time)
        ? tr("Replay of a recording from %1.").arg(when)
        //: %1 when the recording was made (date and time), %2 its file name
        : tr("Replay of a recording from %1 (%2).").arg(when, QFileInfo(replaySource_).fileName());
    if (replay_) {
        text += u' ';
        text += replay_->speed() > 1.0
            //: %1 how many times faster than recorded, e.g. 3.5
            ? tr("Played %1× faster than it was recorded.").arg(replay_->speed(), 0, 'f', 1)
            : tr("The results appear at the pace they were recorded.");
    }
    text += u' ' + tr("Run (F5) runs it live.");
    return text;
}

void PrimesPage::updateReplayBanner()
{
    if (!replayBanner_)
        return;
    replayBanner_->setVisible(showingRecording_);
    replayLabel_->setText(replayBannerText());
    skipButton_->setVisible(replay_ != nullptr);
}

void PrimesPage::exportResults(bool json)
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export results as JSON") : tr("Export results as CSV"),
        json ? QStringLiteral("primes.json") : QStringLiteral("primes.csv"),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // The job owns copies: the page may start a new run while it writes.
    if (!json) {
        FileJob::exportFrom(this, path, [results = results_->results()] { return CsvExport::results(results); });
        return;
    }
    FileJob::exportFrom(this, path, [results = results_->results(), config = shownConfig_, summary = *shownSummary_] {
        JsonReport report(config);
        for (const PrimeResult &r : results)
            report.add(r);
        return report.finish(summary);
    });
}

void PrimesPage::exportTrace()
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chrome trace"), QStringLiteral("primes-trace.json"),
        tr("Chrome trace JSON (*.json)") + QStringLiteral(";;") + tr("Compressed Chrome trace (*.json.gz)"));
    if (path.isEmpty())
        return;
    // The trace's metadata names the GUI action where the CLI's names its
    // command line.
    TraceMetadata metadata = TraceMetadata::forThisMachine();
    metadata.appVersion = QCoreApplication::applicationVersion();
    metadata.command = QStringLiteral("concurrency-lab window: Primes, Export Chrome trace");
    FileJob::exportFrom(this, path,
                        [path, metadata, config = shownConfig_, results = results_->results(), holds = shownHolds_,
                         summary = *shownSummary_, steps = shownLoopSteps_] {
                            return Gzip::forPath(path, PrimesTrace::build(config, results, holds, &summary, steps, metadata));
                        });
}

void PrimesPage::saveRecording()
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save recording"), QStringLiteral("primes.clrec.json"),
                                                      tr("Concurrency Lab recordings (*.clrec.json *.json)"));
    if (!path.isEmpty())
        FileJob::exportFrom(this, path, [recording = recording()] { return recording.toJson(); });
}

} // namespace conlab
