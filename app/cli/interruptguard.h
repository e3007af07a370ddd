// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "signalwatch.h"

#include <QString>
#include <functional>
#include <mutex>

namespace conlab::cli {

// Ctrl+C and SIGTERM from a command's first line. While the command only
// reads its input (a numbers file that is a FIFO, a results file, the sweeps
// folder) there is nothing to save or stop, and the read may wait for ever:
// a signal ends the process at once with exit 130. From beginWork() on, a
// signal is remembered, and goes to the stop function while one is set, so a
// run ends the orderly way and keeps what it finished.
// Construct it first thing in a command, before any thread of its own starts.
class InterruptGuard
{
public:
    explicit InterruptGuard(QString command);

    // From now on a signal no longer ends the process; caught() tells of it.
    void beginWork();
    // Implies beginWork(). Calls `stop` at once if a signal came already.
    void setStop(std::function<void()> stop);
    void clearStop();
    int caught() const;

    // setStop() for as long as it lives: declare it after what it stops.
    class Stopper
    {
    public:
        Stopper(InterruptGuard &guard, std::function<void()> stop) : guard_(guard) { guard_.setStop(std::move(stop)); }
        ~Stopper() { guard_.clearStop(); }
        Stopper(const Stopper &) = delete;
        Stopper &operator=(const Stopper &) = delete;

    private:
        InterruptGuard &guard_;
    };

private:
    void onSignal(int sig);

    const QString command_;
    mutable std::mutex mutex_;
    bool working_ = false;
    int caught_ = 0;
    std::function<void()> stop_;
    // Last: it starts watching once the rest is ready, and stops first.
    SignalWatch watch_;
};

} // namespace conlab::cli
