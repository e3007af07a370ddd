// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/runsession.h"

#include "ui/engine/backgroundrun.h"
#include "ui/engine/enginepriority.h"

#include <QCoreApplication>
#include <QThread>

namespace conlab {

namespace {
void assertGuiThread()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
}
} // namespace

RunSession::RunSession(QObject *parent) : QObject(parent)
{
    timer_.setInterval(kTickMs);
    // Precise: a coarse timer may wait up to 5% longer, and the pace of
    // the screen is what this timer is for.
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &RunSession::tick);
}

RunSession::~RunSession()
{
    // The run owns what it touches and ends on its own; ask it to end soon.
    if (run_)
        run_->stop();
}

quint64 RunSession::begin()
{
    assertGuiThread();
    if (run_)
        run_->stop(); // a run this session moves on from
    run_ = nullptr;
    ++generation_;
    for (AnyChannel &c : channels_)
        c.renew();
    outcome_.reset();
    state_ = State::Running;
    clock_.start();
    timer_.start();
    return generation_;
}

void RunSession::startWork(std::function<void(std::any &)> work, std::function<void()> cancel)
{
    assertGuiThread();
    Q_ASSERT(state_ == State::Running && !run_);
    auto outcome = std::make_shared<std::any>();
    const quint64 generation = generation_;
    run_ = BackgroundRun::start(
        [work = std::move(work), outcome] {
            lowerEnginePriority();
            work(*outcome);
        },
        std::move(cancel));
    BackgroundRun *run = run_;
    connect(run, &BackgroundRun::finished, this, [this, run, generation, outcome] {
        if (run_ == run)
            run_ = nullptr;
        runEnded(generation, std::move(*outcome));
    });
}

void RunSession::complete(quint64 generation, std::any outcome)
{
    runEnded(generation, std::move(outcome));
}

void RunSession::runEnded(quint64 generation, std::any outcome)
{
    assertGuiThread();
    if (generation != generation_ || state_ != State::Running)
        return; // a run this session has moved on from
    outcome_ = std::move(outcome);
    state_ = State::Draining;
    tick(); // a short run ends now, not a frame later
}

void RunSession::stop()
{
    if (run_)
        run_->stop();
}

void RunSession::reset()
{
    assertGuiThread();
    if (run_)
        run_->stop();
    run_ = nullptr;
    ++generation_;
    for (AnyChannel &c : channels_)
        c.renew();
    state_ = State::Idle;
    timer_.stop();
}

void RunSession::tick()
{
    assertGuiThread();
    if (state_ == State::Idle)
        return;
    const quint64 generation = generation_;
    for (AnyChannel &c : channels_)
        c.collect();
    // The budget goes round the channels from a rotating start, so a flood
    // of one kind (results) never starves another (GIL holds).
    std::size_t left = budget_;
    const std::size_t count = channels_.size();
    for (std::size_t i = 0; i < count && left > 0; ++i) {
        AnyChannel &c = channels_[(nextChannel_ + i) % count];
        // An even share first; what a channel leaves goes to the next.
        const std::size_t share = std::max<std::size_t>(1, left / (count - i));
        left -= c.handOut(std::min(share, left));
        if (generation != generation_)
            return; // a sink began or reset the session
    }
    for (std::size_t i = 0; i < count && left > 0; ++i) {
        left -= channels_[(nextChannel_ + i) % count].handOut(left);
        if (generation != generation_)
            return;
    }
    if (count > 0)
        nextChannel_ = (nextChannel_ + 1) % count;
    emit ticked();
    if (state_ != State::Draining || generation != generation_)
        return;
    for (const AnyChannel &c : channels_)
        if (c.pending() > 0)
            return; // the rest comes on the next ticks
    state_ = State::Idle;
    timer_.stop();
    emit finished(generation);
}

} // namespace conlab
