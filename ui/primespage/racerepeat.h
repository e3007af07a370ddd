// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/primes/primesconfig.h"
#include "core/primes/racetally.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace conlab {

// The racy run repeated N times on the process-pool page ("Run N times"):
// which run comes next, the pause between runs, and the tallies. It runs
// nothing itself: it asks the page to start each run (runEmulated,
// runCPython) and is told how each ended, so every run of the series is a
// run of the page as the room knows it, drawn the same way.
// The emulated runs come first, each with a seed of its own; then, with
// "Run in CPython too", CPython's racy listing as many times, never at the
// same time (they would share the cores).
class RaceRepeat : public QObject
{
    Q_OBJECT
public:
    // Between runs: long enough to read one run's outcome before the next
    // run clears the view.
    static constexpr int kPauseMs = 1000;

    explicit RaceRepeat(QObject *parent = nullptr);

    // `config` is frozen for the whole series: the toolbar may change under
    // it, but a tally of runs with different settings would mean nothing.
    // Its raceSeed, when set, gives the first run's seed and the next runs
    // count up from it (a series that can be replayed); 0 draws a fresh one
    // for each run.
    void start(int runs, const PrimesConfig &config, bool alsoCPython);
    // How the run it asked for ended.
    void emulatedEnded(const RunSummary &summary);
    void cpythonEnded(const CPythonSide &side);
    // Stop: returns true when the series was between runs and has ended
    // here; otherwise the page cancels the run going, whose end stops it.
    bool stopBetweenRuns();
    // Forgets the series on screen (a single run, a reset, a recording).
    void clear();

    bool isActive() const { return phase_ != Phase::Idle; }
    bool inCPythonPhase() const { return phase_ == Phase::CPython; }
    const PrimesConfig &config() const { return config_; }
    // The series on screen, if any; CPython's only when asked for.
    const std::optional<RaceTally> &emulation() const { return emulation_; }
    const std::optional<RaceTally> &cpython() const { return cpython_; }

signals:
    void runEmulated(const conlab::PrimesConfig &config);
    void runCPython(const conlab::PrimesConfig &config);
    void tallyChanged();
    void finished();

private:
    enum class Phase { Idle, Emulation, CPython, Pause };
    void next();
    void pause();
    void finish();

    PrimesConfig config_;
    bool alsoCPython_ = false;
    Phase phase_ = Phase::Idle;
    std::optional<RaceTally> emulation_;
    std::optional<RaceTally> cpython_;
    QTimer pause_;
};

} // namespace conlab
