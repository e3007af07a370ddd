// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "interruptguard.h"
#include "cli.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

namespace conlab::cli {

namespace {
class InterruptGuardText
{
    Q_DECLARE_TR_FUNCTIONS(conlab::cli::InterruptGuard)
};
} // namespace

InterruptGuard::InterruptGuard(QString command)
    : command_(std::move(command)), watch_([this](int sig) { onSignal(sig); })
{
}

void InterruptGuard::beginWork()
{
    const std::lock_guard lock(mutex_);
    working_ = true;
}

void InterruptGuard::setStop(std::function<void()> stop)
{
    std::function<void()> now;
    {
        const std::lock_guard lock(mutex_);
        working_ = true;
        stop_ = std::move(stop);
        if (caught_ != 0)
            now = stop_;
    }
    if (now)
        now();
}

void InterruptGuard::clearStop()
{
    const std::lock_guard lock(mutex_);
    stop_ = nullptr;
}

int InterruptGuard::caught() const
{
    const std::lock_guard lock(mutex_);
    return caught_;
}

void InterruptGuard::onSignal(int sig)
{
    // Under the lock, so clearStop() cannot return while a stop is running
    // on what is about to be destroyed.
    const std::lock_guard lock(mutex_);
    caught_ = sig;
    if (stop_) {
        stop_();
        return;
    }
    if (working_)
        return;
    // Only input was being read: nothing is lost by ending here, and the
    // read itself (a FIFO without a writer) might never return.
    //: %1 the command, e.g. sweep
    const QString text = InterruptGuardText::tr("concurrency-lab %1: interrupted before anything ran").arg(command_);
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
    std::_Exit(Interrupted);
}

} // namespace conlab::cli
