// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primessource.h"

#include "core/primes/primesrun.h"
#include "core/record/runrecording.h"
#include "ui/models/resultstablemodel.h"
#include "ui/pages/primesreplay.h"

#include <algorithm>
#include <atomic>
#include <iterator>

namespace conlab {

PrimesSource::PrimesSource(ResultsTableModel *results, QObject *parent)
    : QObject(parent), results_(results), session_(new RunSession(this))
{
    resultsIn_ = session_->addChannel<PrimeResult>(
        [this](std::vector<PrimeResult> &&batch) { results_->append(std::move(batch)); });
    holdsIn_ = session_->addChannel<GilHold>([this](std::vector<GilHold> &&holds) { addHolds(holds); });
    crashesIn_ = session_->addChannel<WorkerCrash>(
        [this](std::vector<WorkerCrash> &&crashes) { emit crashesArrived(crashes); });
    loopIn_ = session_->addChannel<aio::LoopEvent>([this](std::vector<aio::LoopEvent> &&loop) { addLoopEvents(loop); });
    hangIn_ = session_->addChannel<Hang>([this](std::vector<Hang> &&hangs) {
        for (const Hang &h : hangs)
            emit hangBegan(h.verdict, h.graceNs);
    });
    connect(session_, &RunSession::ticked, this, &PrimesSource::ticked);
    connect(session_, &RunSession::finished, this, [this] {
        const RunSummary *summary = session_->outcome<RunSummary>();
        emit runFinished(summary ? *summary : RunSummary{});
    });
    // A replay delivers its events when they are due; this moves the clock on.
    replayTicks_.setInterval(RunSession::kTickMs * 2);
    connect(&replayTicks_, &QTimer::timeout, this, &PrimesSource::ticked);
}

PrimesSource::~PrimesSource() = default;

void PrimesSource::start(const PrimesConfig &config)
{
    dropReplay();
    holds_.clear();
    steps_.clear();
    session_->begin();
    // The engine's callbacks hold this run's inboxes, and nothing of the
    // page: a run the page moved on from pushes where nobody looks.
    auto engine = std::make_shared<PrimesRun>(config);
    engine->setGilObserver([in = holdsIn_->inbox()](const GilHold &h) { in->push(h); });
    engine->setFaultObserver([in = crashesIn_->inbox()](const WorkerCrash &c) { in->push(c); });
    engine->setRaceObserver([in = hangIn_->inbox()](const RaceVerdict &v, std::int64_t graceNs) {
        in->push(Hang{v, graceNs});
    });
    // Every kind, for the loop view; the trace keeps the steps. Capped, so
    // the page stays within its memory budget.
    auto seen = std::make_shared<std::atomic<std::size_t>>(0);
    engine->setLoopObserver(
        [in = loopIn_->inbox(), seen](const aio::LoopEvent &e) {
            if (seen->fetch_add(1) < kMaxLoopEvents)
                in->push(e);
        },
        aio::LoopDetail::Full);
    session_->start<RunSummary>(
        [engine, in = resultsIn_->inbox()] { return engine->exec([in](const PrimeResult &r) { in->push(r); }); },
        [engine] { engine->cancel(); });
}

void PrimesSource::play(const RunRecording &recording)
{
    // A new generation drops whatever an earlier run still had queued.
    session_->reset();
    dropReplay();
    holds_.clear();
    steps_.clear();
    replaySummary_ = recording.summary.value_or(RunSummary{});
    replayRecordedAt_ = recording.recordedAt;
    replay_ = new PrimesReplay(recording, this);
    connect(replay_, &PrimesReplay::resultsDue, results_, &ResultsTableModel::append);
    connect(replay_, &PrimesReplay::holdsDue, this, &PrimesSource::addHolds);
    connect(replay_, &PrimesReplay::finished, this, [this] {
        replayTicks_.stop();
        replay_->deleteLater();
        replay_ = nullptr;
        emit replayFinished(replaySummary_, replayRecordedAt_);
    });
    // The loop's steps show whole at once: a recording keeps only them, so
    // there is no queue or timer to replay.
    addLoopEvents(recording.loopEvents);
    replayTicks_.start();
    replay_->start();
}

void PrimesSource::stop()
{
    session_->stop();
}

void PrimesSource::skipToEnd()
{
    if (replay_)
        replay_->skipToEnd();
}

void PrimesSource::reset()
{
    session_->reset();
    dropReplay();
    holds_.clear();
    steps_.clear();
}

void PrimesSource::dropReplay()
{
    if (replay_) {
        replay_->disconnect(); // its last tick may come before it is deleted
        replay_->deleteLater();
        replay_ = nullptr;
    }
    replayTicks_.stop();
}

bool PrimesSource::isRunning() const
{
    return session_->isRunning();
}

qint64 PrimesSource::elapsedNs() const
{
    if (replay_)
        return replay_->positionNs();
    return isRunning() ? session_->elapsedNs() : 0;
}

double PrimesSource::replaySpeed() const
{
    return replay_ ? replay_->speed() : 1.0;
}

void PrimesSource::addHolds(const std::vector<GilHold> &holds)
{
    holds_.insert(holds_.end(), holds.begin(), holds.end());
    emit holdsArrived(holds);
}

void PrimesSource::addLoopEvents(const std::vector<aio::LoopEvent> &events)
{
    std::copy_if(events.begin(), events.end(), std::back_inserter(steps_),
                 [](const aio::LoopEvent &e) { return e.kind == aio::LoopEvent::Kind::TaskStep; });
    emit loopEventsArrived(events);
}

std::shared_ptr<const std::vector<GilHold>> PrimesSource::takeHolds()
{
    return std::make_shared<const std::vector<GilHold>>(std::exchange(holds_, {}));
}

std::shared_ptr<const std::vector<aio::LoopEvent>> PrimesSource::takeTaskSteps()
{
    return std::make_shared<const std::vector<aio::LoopEvent>>(std::exchange(steps_, {}));
}

} // namespace conlab
