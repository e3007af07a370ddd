// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "signalwatch.h"

#include <csignal>
#include <ctime>

namespace conlab::cli {

namespace {
sigset_t watchedSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace

void SignalWatch::blockSignals()
{
    const sigset_t set = watchedSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWatch::SignalWatch(std::function<void(int)> onSignal) : onSignal_(std::move(onSignal))
{
    const sigset_t set = watchedSignals();
    blockSignals();
    thread_ = std::thread([this, set] {
        // A short timeout lets the destructor end the thread without sending
        // it a signal of its own.
        const timespec tick{0, 50'000'000};
        while (!stop_.load()) {
            const int sig = sigtimedwait(&set, nullptr, &tick);
            if (sig > 0) {
                caught_.store(sig);
                onSignal_(sig);
            }
        }
    });
}

SignalWatch::~SignalWatch()
{
    stop_.store(true);
    thread_.join();
}

} // namespace conlab::cli
