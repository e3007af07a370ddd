// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"
#include "ui/engine/runsession.h"
#include "ui/engine/spinnerliveevent.h"

#include <QObject>
#include <vector>

namespace conlab {

class SpinnerReplay;

// The spinner run on a page's screen, live or replayed, and its source: a
// live run goes through a RunSession, which hands its events over at the
// screen's pace; a replay (SpinnerReplay) feeds the same session from the
// recorded time stamps, so a page draws both alike. It keeps what was shown
// as a recording, which is what the page saves and exports.
class SpinnerShownRun : public QObject
{
    Q_OBJECT
public:
    explicit SpinnerShownRun(QObject *parent = nullptr);

    // Each drops the run shown before; only one runs at a time.
    void start(const SpinnerConfig &config);
    void replay(const RunRecording &recording);
    void stop();
    // Back to nothing shown; whatever an earlier run still sends is ignored.
    void reset();

    bool isReplay() const { return replaying_; }
    double elapsedSeconds() const { return static_cast<double>(session_->elapsedNs()) / 1e9; }
    // What the run is (spinner), what it showed (GIL holds, loop events)
    // and, once it ended, its report; a replay keeps its recording time.
    const RunRecording &run() const { return run_; }

signals:
    // Each batch in order, on the GUI thread.
    void eventsShown(const std::vector<conlab::SpinnerLiveEvent> &events);
    // At the screen's pace while a run goes.
    void ticked();
    // The run ended (or stopped) and every event it sent was shown.
    void finished(const conlab::SpinnerReport &report);

private:
    quint64 begin(const SpinnerConfig &config, bool replay);
    void onFinished();

    RunSession *session_ = nullptr;
    RunSession::Channel<SpinnerLiveEvent> *events_ = nullptr;
    SpinnerReplay *replay_ = nullptr;
    RunRecording run_;
    bool replaying_ = false;
};

} // namespace conlab
