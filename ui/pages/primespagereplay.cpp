// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// PrimesPage: a recording on screen, played back as the run went.
#include "pages/primespage.h"

#include "models/resultstablemodel.h"
#include "pages/primesreplay.h"
#include "primespage/primesexports.h"
#include "primespage/primesliveview.h"
#include "primespage/primesreplaybanner.h"
#include "record/runrecording.h"
#include "widgets/loopview.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QTimer>

namespace conlab {

RunRecording PrimesPage::recording() const
{
    return exports_->run() ? exports_->run()->recording() : RunRecording{};
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
    setModel(recording.primes.model);
    if (recording.primes.model == PrimesModel::Processes)
        setRacy(recording.primes.racy);
    // The field shows the recorded list when it fits there, so Run repeats
    // the recorded run; longer lists would need their file.
    if (recording.primes.numbers.size() <= 10'000) {
        QStringList parts;
        for (std::uint64_t n : recording.primes.numbers)
            parts << QString::number(n);
        numbersInput()->setText(parts.join(QStringLiteral(", ")));
    }
    // The page starts empty, as before a run, and the replay fills it in;
    // the summary (banner, totals, exports) comes when the replay ends.
    startShowing(recording.primes, recording.results.size());
    replaySummary_ = recording.summary.value_or(RunSummary{});
    replayRecordedAt_ = recording.recordedAt;
    shownHolds_ = recording.gilHolds;
    shownLoopSteps_ = recording.loopEvents;
    // The loop's steps show whole at once: a recording keeps only them, so
    // there is no queue or timer to replay.
    live_->loopView()->addEvents(recording.loopEvents);
    const auto given = static_cast<qsizetype>(recording.primes.numbers.size());
    live_->timeline()->setTotalNumbers(given > 0 ? given : replaySummary_.numbers);
    live_->timeline()->setLive(true);

    replay_ = new PrimesReplay(recording, this);
    connect(replay_, &PrimesReplay::resultsDue, results_, &ResultsTableModel::append);
    connect(replay_, &PrimesReplay::holdsDue, live_->timeline(), &TimelineView::addGilHolds);
    connect(replay_, &PrimesReplay::finished, this, &PrimesPage::endReplay);
    live_->replayBanner()->showRecording(recording.recordedAt, source);
    live_->replayBanner()->setPlaying(replay_->speed());
    updateControls();
    updateTotals();
    replayTimer_->start();
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
    live_->replayBanner()->setPlaying(std::nullopt);
    showEnded(replaySummary_, replayRecordedAt_);
    updateControls();
}

// A live run or another recording takes the page: the replay on screen
// stops where it is, and its banner goes with it.
void PrimesPage::dropReplay()
{
    if (replay_) {
        replay_->disconnect(); // its last tick may come before it is deleted
        replay_->deleteLater();
        replay_ = nullptr;
    }
    replayTimer_->stop();
    replayRecordedAt_ = {};
    live_->replayBanner()->clear();
}

QString PrimesPage::replayBannerText() const
{
    return live_->replayBanner()->text();
}

} // namespace conlab
