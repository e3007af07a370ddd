// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"
#include "core/gil/gilevents.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "ui/engine/runsession.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace conlab {

class PrimesReplay;
class ResultsTableModel;
struct RunRecording;

// Where a primes page's events come from: a live run, which a RunSession
// runs and drains at the screen's pace, or a recording played back at the
// pace it was recorded. Both arrive the same way, so the page draws a replay
// with the code that draws a run. Results go straight into the results
// model; the rest comes as signals on the GUI thread, in order. Starting
// either drops whatever came before it: a cancelled run's late events have
// nowhere to go.
class PrimesSource : public QObject
{
    Q_OBJECT
public:
    // Loop events kept per run: a million numbers make millions of steps,
    // and the first ones show the pattern.
    static constexpr std::size_t kMaxLoopEvents = 200'000;

    explicit PrimesSource(ResultsTableModel *results, QObject *parent = nullptr);
    ~PrimesSource() override; // the session asks its run to stop

    void start(const PrimesConfig &config);
    void play(const RunRecording &recording);
    // Asks the live run to cancel; runFinished() follows as usual.
    void stop();
    // Shows the rest of the replay at once; replayFinished() follows.
    void skipToEnd();
    // Drops the run or replay on screen; nothing more comes from it.
    void reset();

    bool isRunning() const;
    bool isReplaying() const { return replay_ != nullptr; }
    // How far the run or the replay is, in the run's own time.
    qint64 elapsedNs() const;
    // How many times faster than recorded the replay plays.
    double replaySpeed() const;

    // The GIL holds and task steps of the run that ended, for its exports;
    // handed over, shared, once.
    std::shared_ptr<const std::vector<GilHold>> takeHolds();
    std::shared_ptr<const std::vector<aio::LoopEvent>> takeTaskSteps();

signals:
    void holdsArrived(const std::vector<conlab::GilHold> &holds);
    void crashesArrived(const std::vector<conlab::WorkerCrash> &crashes);
    void loopEventsArrived(const std::vector<conlab::aio::LoopEvent> &events);
    // After each frame's batches, while a run or a replay goes.
    void ticked();
    // Racy processes: the report loop has begun to wait for a result that
    // will never come; the run ends `graceNs` later (or when stopped).
    void hangBegan(const conlab::RaceVerdict &verdict, qint64 graceNs);
    void runFinished(const conlab::RunSummary &summary);
    // recordedAt: when the recording was made (invalid: unknown).
    void replayFinished(const conlab::RunSummary &summary, const QDateTime &recordedAt);

private:
    struct Hang
    {
        RaceVerdict verdict;
        std::int64_t graceNs = 0;
    };
    void addHolds(const std::vector<GilHold> &holds);
    void addLoopEvents(const std::vector<aio::LoopEvent> &events);
    void dropReplay();

    ResultsTableModel *results_;
    RunSession *session_;
    RunSession::Channel<PrimeResult> *resultsIn_ = nullptr;
    RunSession::Channel<GilHold> *holdsIn_ = nullptr;
    RunSession::Channel<WorkerCrash> *crashesIn_ = nullptr;
    RunSession::Channel<aio::LoopEvent> *loopIn_ = nullptr;
    RunSession::Channel<Hang> *hangIn_ = nullptr;
    PrimesReplay *replay_ = nullptr;
    QTimer replayTicks_;
    RunSummary replaySummary_;
    QDateTime replayRecordedAt_;
    std::vector<GilHold> holds_;
    std::vector<aio::LoopEvent> steps_;
};

} // namespace conlab
