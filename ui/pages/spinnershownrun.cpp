// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnershownrun.h"

#include "core/spinner/spinnerrun.h"
#include "ui/pages/spinnerreplay.h"

#include <QThread>

namespace conlab {

SpinnerShownRun::SpinnerShownRun(QObject *parent) : QObject(parent)
{
    session_ = new RunSession(this);
    events_ = session_->addChannel<SpinnerLiveEvent>([this](std::vector<SpinnerLiveEvent> &&batch) {
        // Kept for the trace and the recording, exactly what the view got.
        for (const SpinnerLiveEvent &e : batch) {
            if (e.kind == SpinnerLiveEvent::Kind::GilHold)
                run_.gilHolds.push_back(e.hold);
            else if (e.kind == SpinnerLiveEvent::Kind::LoopEvent)
                run_.loopEvents.push_back(e.loop);
        }
        emit eventsShown(batch);
    });
    connect(session_, &RunSession::ticked, this, &SpinnerShownRun::ticked);
    connect(session_, &RunSession::finished, this, &SpinnerShownRun::onFinished);
}

// A new generation of the session, and nothing kept of the run before.
quint64 SpinnerShownRun::begin(const SpinnerConfig &config, bool replay)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 generation = session_->begin();
    run_ = RunRecording{};
    run_.kind = RunRecording::Kind::Spinner;
    run_.spinner = config;
    replaying_ = replay;
    return generation;
}

void SpinnerShownRun::start(const SpinnerConfig &config)
{
    begin(config, false);
    const SpinnerObserver observer = observerFor(events_->inbox());
    // The run outlives the page if it must (it owns what it touches); the
    // session tells it to stop, so its threads and child process go away soon.
    auto engine = std::make_shared<SpinnerRun>(config);
    session_->start<SpinnerReport>([engine, observer] { return engine->exec(observer); },
                                   [engine] { engine->cancel(); });
}

void SpinnerShownRun::replay(const RunRecording &recording)
{
    // The replay stands in for the engine: it feeds this generation's inbox
    // and ends it, and the session hands the events over as for a run.
    const quint64 generation = begin(recording.spinner, true);
    run_.recordedAt = recording.recordedAt;
    replay_ = new SpinnerReplay(recording, events_->inbox(), this);
    connect(replay_, &SpinnerReplay::finished, this,
            [this, generation](const SpinnerReport &report) { session_->complete(generation, report); });
    replay_->start();
}

void SpinnerShownRun::stop()
{
    if (replay_)
        replay_->stop();
    else
        session_->stop();
}

void SpinnerShownRun::reset()
{
    session_->reset();
    run_.report.reset();
    run_.gilHolds.clear();
    run_.loopEvents.clear();
    replaying_ = false;
}

void SpinnerShownRun::onFinished()
{
    if (replay_) {
        replay_->deleteLater();
        replay_ = nullptr;
    }
    const SpinnerReport *report = session_->outcome<SpinnerReport>();
    run_.report = report ? *report : SpinnerReport{};
    // A replay saved again is still the run it was, from the day it ran.
    if (!replaying_ || !run_.recordedAt.isValid())
        run_.recordedAt = QDateTime::currentDateTimeUtc();
    emit finished(*run_.report);
}

} // namespace conlab
