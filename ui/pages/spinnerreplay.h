// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"
#include "ui/engine/eventinbox.h"
#include "ui/engine/spinnerliveevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace conlab {

// Plays a recorded spinner run back into a page's inbox, each event at the
// time the engine stamped it: the spinner object line at the start, every
// frame at its own time, every GIL hold when it ended, and the wiped line and
// the report when the run ended. It stands in for the engine, so the page
// draws a replay exactly as it drew the run: the glyph moves only when a
// recorded frame is due, and a recorded stall is a stall again. Its timer
// is set to the next recorded event, never to a spin rate of its own.
class SpinnerReplay : public QObject
{
    Q_OBJECT
public:
    // Longer recordings are played up to this point and then end.
    static constexpr std::int64_t kMaxDurationNs = 3'600'000'000'000; // an hour

    SpinnerReplay(const RunRecording &recording, std::shared_ptr<EventInbox<SpinnerLiveEvent>> inbox,
                  QObject *parent = nullptr);

    void start();
    // Ends at once: finished() reports the run as stopped, with the frames
    // replayed so far.
    void stop();
    bool isActive() const { return active_; }
    std::int64_t durationNs() const { return endNs_; }
    int framesReplayed() const { return framesReplayed_; }

signals:
    void finished(const conlab::SpinnerReport &report);

private:
    struct Timed
    {
        std::int64_t tNs = 0;
        SpinnerLiveEvent event;
    };
    void playDue();
    void finish(bool stopped);

    std::shared_ptr<EventInbox<SpinnerLiveEvent>> inbox_;
    SpinnerReport report_;
    std::vector<Timed> events_; // by time; equal times keep their order
    std::size_t next_ = 0;
    std::int64_t endNs_ = 0;
    int framesReplayed_ = 0;
    bool active_ = false;
    QTimer timer_;
    QElapsedTimer clock_;
};

} // namespace conlab
