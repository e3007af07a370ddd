// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/engine/eventinbox.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <any>
#include <functional>
#include <memory>
#include <vector>

namespace conlab {

class BackgroundRun;

// One run's lifecycle on the GUI side, written once for every page.
//
// Why: the primes, sweep and spinner pages each started a BackgroundRun,
// drained its inboxes on a timer, told a stale run from the current one and
// finished it, and each copy differed (a feed pointer here, a generation
// counter there, a blocking take() in one). Worse, each tick handed the
// page everything that had come in, so a million results landed in one
// batch and stalled the GUI thread for ~29 ms. The session owns all of it:
//  - the run (BackgroundRun) and its generation id. begin() gives every
//    channel a fresh inbox; the engine of an older run still holds its old
//    inbox and pushes into nothing the page can see, so a cancelled run's
//    late events never reach a newer view, without any check in the page;
//  - the screen's pace: one timer at ~60 Hz drains every channel, and a
//    tick hands out at most budgetPerTick() events in all. What is left
//    waits for the next tick, so a tick's cost is bounded by a count, not by
//    how fast the engine produced;
//  - the outcome: the engine's result travels with finished(), which comes
//    only after the last batch of the run was handed out.
// Pages declare one typed channel per kind of event, connect a sink that
// draws a batch, and start. The sinks run on the GUI thread, in order.
class RunSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 16;                    // one 60 Hz frame
    static constexpr std::size_t kDefaultBudget = 20'000; // events per tick, over all channels

    // A typed stream of events: engine threads push() into inbox(), the
    // session hands batches to the sink on the GUI thread.
    template <typename T>
    class Channel
    {
    public:
        using Sink = std::function<void(std::vector<T> &&batch)>;
        // The current run's inbox: capture it (by value) in the engine's
        // callbacks after begin().
        std::shared_ptr<EventInbox<T>> inbox() const { return inbox_; }
        std::size_t pending() const { return pending_.size() - offset_; }

    private:
        friend class RunSession;
        explicit Channel(Sink sink) : sink_(std::move(sink)) { }
        std::shared_ptr<EventInbox<T>> inbox_ = std::make_shared<EventInbox<T>>();
        Sink sink_;
        std::vector<T> pending_; // taken from the inbox, not yet handed out
        std::size_t offset_ = 0;
    };

    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    // A channel for events of type T, in the order they were pushed. Make
    // them once, before the first begin().
    template <typename T>
    Channel<T> *addChannel(typename Channel<T>::Sink sink);

    // A new generation: fresh inboxes, the clock restarted, the timer on.
    // Returns the generation. Whatever an older run or replay sends is dropped.
    quint64 begin();
    // Runs `work` on an engine thread for the generation begin() opened; its
    // return value is the outcome that finished() carries.
    template <typename Outcome>
    void start(std::function<Outcome()> work, std::function<void()> cancel);
    // A producer on the GUI thread (a replay) ended generation `generation`:
    // the remaining events are handed out, then finished() comes.
    void complete(quint64 generation, std::any outcome);
    // Asks the engine to cancel; finished() follows as usual.
    void stop();
    // Drops the generation on screen (no finished()); the timer stops.
    void reset();

    bool isRunning() const { return state_ != State::Idle; }
    quint64 generation() const { return generation_; }
    qint64 elapsedNs() const { return clock_.isValid() ? clock_.nsecsElapsed() : 0; }
    std::size_t budgetPerTick() const { return budget_; }
    void setBudgetPerTick(std::size_t events) { budget_ = std::max<std::size_t>(1, events); }
    // The outcome of the generation that finished last, if it is an Outcome.
    template <typename Outcome>
    const Outcome *outcome() const
    {
        return std::any_cast<Outcome>(&outcome_);
    }

    // One tick of the drain, as the timer runs it; tests call it to count.
    void tick();

signals:
    // After every tick that handed out events (or moved the clock) while running.
    void ticked();
    // The run of `generation` ended and all its events were handed out.
    void finished(quint64 generation);

private:
    enum class State { Idle, Running, Draining };
    struct AnyChannel
    {
        std::function<void()> renew;                     // a fresh inbox
        std::function<void()> collect;                   // inbox -> pending, never waits
        std::function<std::size_t(std::size_t)> handOut; // up to n to the sink; returns how many
        std::function<std::size_t()> pending;
    };
    void startWork(std::function<void(std::any &)> work, std::function<void()> cancel);
    void runEnded(quint64 generation, std::any outcome);

    std::vector<AnyChannel> channels_;
    std::vector<std::unique_ptr<void, void (*)(void *)>> owned_;
    std::size_t nextChannel_ = 0; // rotates, so no channel starves the others
    std::size_t budget_ = kDefaultBudget;
    QTimer timer_;
    QElapsedTimer clock_;
    BackgroundRun *run_ = nullptr;
    quint64 generation_ = 0;
    State state_ = State::Idle;
    std::any outcome_;
};

template <typename T>
RunSession::Channel<T> *RunSession::addChannel(typename Channel<T>::Sink sink)
{
    auto *channel = new Channel<T>(std::move(sink));
    owned_.emplace_back(channel, [](void *p) { delete static_cast<Channel<T> *>(p); });
    AnyChannel any;
    any.renew = [channel] {
        channel->inbox_ = std::make_shared<EventInbox<T>>();
        channel->pending_.clear();
        channel->offset_ = 0;
    };
    any.collect = [channel] {
        std::vector<T> fresh = channel->inbox_->tryTake();
        if (fresh.empty())
            return;
        if (channel->offset_ == channel->pending_.size()) {
            channel->pending_ = std::move(fresh);
            channel->offset_ = 0;
        } else {
            channel->pending_.insert(channel->pending_.end(), std::make_move_iterator(fresh.begin()),
                                     std::make_move_iterator(fresh.end()));
        }
    };
    any.handOut = [channel](std::size_t max) -> std::size_t {
        const std::size_t n = std::min(max, channel->pending());
        if (n == 0)
            return 0;
        std::vector<T> batch;
        if (channel->offset_ == 0 && n == channel->pending_.size()) {
            batch.swap(channel->pending_);
        } else {
            const auto first = channel->pending_.begin() + static_cast<std::ptrdiff_t>(channel->offset_);
            batch.assign(std::make_move_iterator(first),
                         std::make_move_iterator(first + static_cast<std::ptrdiff_t>(n)));
            channel->offset_ += n;
        }
        if (channel->offset_ == channel->pending_.size()) {
            channel->pending_.clear();
            channel->offset_ = 0;
        }
        channel->sink_(std::move(batch));
        return n;
    };
    any.pending = [channel] { return channel->pending(); };
    channels_.push_back(std::move(any));
    return channel;
}

template <typename Outcome>
void RunSession::start(std::function<Outcome()> work, std::function<void()> cancel)
{
    startWork([work = std::move(work)](std::any &out) { out = work(); }, std::move(cancel));
}

} // namespace conlab
