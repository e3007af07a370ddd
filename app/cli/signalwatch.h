// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <atomic>
#include <functional>
#include <thread>

namespace conlab::cli {

// Turns Ctrl+C (SIGINT) and SIGTERM into a call of `onSignal` on a thread of
// its own, where it may lock and notify freely (a signal handler may not).
// Construct it before any other thread starts: the signals are blocked in the
// calling thread, and threads started later inherit that mask.
class SignalWatch
{
public:
    explicit SignalWatch(std::function<void(int)> onSignal);
    ~SignalWatch();
    SignalWatch(const SignalWatch &) = delete;
    SignalWatch &operator=(const SignalWatch &) = delete;

    int caught() const { return caught_.load(); }
    // Blocks SIGINT and SIGTERM in the calling thread, for code that starts
    // threads before a SignalWatch exists; what arrives meanwhile waits for it.
    static void blockSignals();

private:
    std::function<void(int)> onSignal_;
    std::atomic<bool> stop_{false};
    std::atomic<int> caught_{0};
    std::thread thread_;
};

} // namespace conlab::cli
