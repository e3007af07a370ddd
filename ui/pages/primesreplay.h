// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/record/runrecording.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <cstdint>
#include <vector>

namespace conlab {

// Plays a recorded primes run back at the pace it was recorded: each result
// appears when its number was done, each GIL hold when it ended, in batches
// at the screen's pace (~30 a second), as a live run's do. A recording
// longer than kMaxPlayNs is played faster, so that a lecturer never waits
// more than that; skipToEnd() shows the rest at once.
class PrimesReplay : public QObject
{
    Q_OBJECT
public:
    static constexpr std::int64_t kMaxPlayNs = 20'000'000'000; // 20 s

    explicit PrimesReplay(const RunRecording &recording, QObject *parent = nullptr);

    void start();
    // Delivers everything not yet shown, then finished().
    void skipToEnd();
    bool isActive() const { return active_; }
    // The recorded run's length, and how many times faster it is played.
    std::int64_t durationNs() const { return durationNs_; }
    double speed() const { return speed_; }
    // Where the replay is, in the recorded run's time.
    std::int64_t positionNs() const;

signals:
    // Everything due since the last tick, in the recorded order.
    void resultsDue(const std::vector<conlab::PrimeResult> &results);
    void holdsDue(const std::vector<conlab::GilHold> &holds);
    void finished();

private:
    void tick();
    void deliverUpTo(std::int64_t ns);

    std::vector<PrimeResult> results_;
    std::vector<GilHold> holds_; // by end time
    std::size_t nextResult_ = 0;
    std::size_t nextHold_ = 0;
    std::int64_t durationNs_ = 0;
    double speed_ = 1.0;
    bool active_ = false;
    bool done_ = false;
    QTimer timer_;
    QElapsedTimer clock_;
};

} // namespace conlab
