// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/models.h"

#include "core/pace/pace.h"
#include "core/primes/racereport.h"
#include "core/process/jobwatchdog.h"
#include "core/process/workerchannel.h"
#include "core/process/workerlocator.h"
#include "kernel/monotonic.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <memory>
#include <optional>
#include <poll.h>
#include <random>
#include <thread>
#include <vector>

namespace conlab::models {

namespace {

// One worker's place in the pool. The process in it may be replaced after a
// crash; the place (its id, its lane on the timeline) stays.
struct Slot
{
    explicit Slot(int id) : id(id) { }
    int id;
    std::unique_ptr<WorkerChannel> channel;
    std::optional<std::uint64_t> inFlight;
    int attempts = 0;            // workers inFlight has cost in a row
    std::int64_t deadlineNs = 0; // the watchdog: when the worker must have answered
    bool done = false;
};

class ProcessesRun
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ProcessesRun)
public:
    explicit ProcessesRun(RunContext &ctx)
        : ctx_(ctx),
          numbers_(ctx.config.numbers),
          program_(ctx.config.workerPath.isEmpty() ? WorkerLocator::workerPath() : ctx.config.workerPath),
          watchdog_(ctx.config.watchdogMs, PaceCalibration::instance().targetNsPerDivision(ctx.config.pace),
                    ctx.config.workers)
    {
    }
    ~ProcessesRun()
    {
        for (auto &s : slots_)
            if (s->channel)
                s->channel->stop();
    }
    void run();

private:
    bool startWorker(Slot &s);
    void feed(Slot &s);
    void sendJob(Slot &s);
    bool pump(Slot &s);
    bool handle(Slot &s, const protocol::Message &msg);
    bool fault(Slot &s, WorkerCrash::Cause cause, const QString &message);
    bool checkWatchdogs();
    void playRace();
    void hang();
    bool fail(const QString &error)
    {
        ctx_.summary.error = error;
        return false;
    }

    RunContext &ctx_;
    const std::vector<std::uint64_t> &numbers_;
    const QString program_;
    const JobWatchdog watchdog_;
    std::vector<std::unique_ptr<Slot>> slots_;
    std::size_t next_ = 0; // the shared job queue: numbers_[next_..] wait
    int done_ = 0;
    // Racy: the report loop's fate, decided on RaceReport's model clock. The
    // workers still compute every number for real; the loop shows only what
    // the book's loop would have printed.
    std::optional<RaceVerdict> race_;
    std::vector<std::uint64_t> unread_; // results the loop will never read
    std::size_t toPrint_ = 0;
};

void ProcessesRun::playRace()
{
    std::uint64_t seed = ctx_.config.raceSeed;
    while (seed == 0)
        seed = std::random_device{}();
    race_ = RaceReport::play(numbers_, {ctx_.config.workers, QThread::idealThreadCount(), seed});
    unread_ = race_->lost;
    toPrint_ = race_->printed.size();
}

// The book's loop calls get() again and waits for ever. The lab shows the
// wait, then ends it after a few times the run's length and says why.
void ProcessesRun::hang()
{
    const std::int64_t start = monotonicNs();
    const std::int64_t grace = std::clamp<std::int64_t>(3 * (start - ctx_.t0Ns), 2'000'000'000, 60'000'000'000);
    if (ctx_.raceObserver)
        ctx_.raceObserver(*race_, grace);
    while (monotonicNs() - start < grace) {
        if (ctx_.control.cancelled())
            throw Cancelled{};
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

bool ProcessesRun::startWorker(Slot &s)
{
    s.channel = std::make_unique<WorkerChannel>(s.id);
    QString why;
    if (!s.channel->start(program_, protocol::Hello{static_cast<std::uint32_t>(s.id), ctx_.paceUnits, 0}, &why))
        return fail(why);
    return true;
}

void ProcessesRun::sendJob(Slot &s)
{
    // A failed send means the worker is gone; its end-of-file says so next.
    s.channel->send(protocol::Job{*s.inFlight});
    s.deadlineNs = monotonicNs() + watchdog_.limitNs(*s.inFlight);
}

// A free worker takes the next number; when none is left it gets its pill.
void ProcessesRun::feed(Slot &s)
{
    s.attempts = 0;
    if (next_ < numbers_.size()) {
        s.inFlight = numbers_[next_++];
        sendJob(s);
    } else {
        s.inFlight.reset();
        s.channel->send(protocol::Pill{});
        s.deadlineNs = monotonicNs() + watchdog_.pillLimitNs();
    }
}

// The worker in `s` failed. Record it, then give its number to a fresh
// worker, unless the number has now cost too many workers in a row.
bool ProcessesRun::fault(Slot &s, WorkerCrash::Cause cause, const QString &message)
{
    // During a cancel a worker's end is the cancel's doing (or the signal
    // behind it): no crash to report and no fresh worker to start.
    if (ctx_.control.cancelled())
        throw Cancelled{};
    WorkerCrash crash = s.channel->endAfterFault(cause, s.inFlight, message);
    crash.tNs = monotonicNs() - ctx_.t0Ns;
    crash.attempt = s.inFlight ? ++s.attempts : 0;
    ctx_.recordCrash(crash);
    if (s.inFlight && s.attempts >= WorkerCrash::kMaxAttempts)
        return fail(WorkerChannel::givingUp(crash));
    if (!s.inFlight) {
        // It had its pill: nothing is lost and nothing is left for it.
        s.done = true;
        ++done_;
        return true;
    }
    if (!startWorker(s))
        return false;
    sendJob(s);
    return true;
}

bool ProcessesRun::handle(Slot &s, const protocol::Message &msg)
{
    const int id = s.id;
    if (const auto *r = std::get_if<protocol::Result>(&msg)) {
        if (!s.inFlight || *s.inFlight != r->n)
            //: %1 worker number, %2 the number it answered for
            return fault(s, WorkerCrash::Cause::Malformed,
                         s.channel->describe(
                             tr("worker %1 answered for %2, a number it was not given").arg(id).arg(r->n), s.inFlight));
        s.inFlight.reset();
        if (auto it = std::find(unread_.begin(), unread_.end(), r->n); it != unread_.end()) {
            unread_.erase(it); // sent, but the loop had already left
            feed(s);
            return true;
        }
        if (race_ && toPrint_ > 0)
            --toPrint_;
        ctx_.publish({r->n, r->prime, static_cast<double>(r->endNs - r->startNs) / 1e9, id, r->startNs - ctx_.t0Ns,
                      r->endNs - ctx_.t0Ns});
        feed(s);
        return true;
    }
    if (std::holds_alternative<protocol::Done>(msg)) {
        if (s.inFlight)
            //: %1 worker number
            return fault(s, WorkerCrash::Cause::Malformed,
                         s.channel->describe(tr("worker %1 said done before it answered").arg(id), s.inFlight));
        s.done = true;
        ++done_;
        return true;
    }
    if (const auto *e = std::get_if<protocol::Error>(&msg))
        //: %1 worker number, %2 its message
        return fault(s, WorkerCrash::Cause::Malformed,
                     s.channel
                         ->describe(tr("worker %1 reported an error: %2").arg(id).arg(QString::fromStdString(e->text)),
                                    s.inFlight));
    //: %1 worker number, %2 the kind of message
    return fault(s, WorkerCrash::Cause::Malformed,
                 s.channel->describe(tr("worker %1 sent an unexpected %2 message")
                                         .arg(id)
                                         .arg(QString::fromLatin1(
                                             protocol::typeName(static_cast<protocol::Type>(msg.index() + 1)))),
                                     s.inFlight));
}

// Handles every whole message the worker has sent so far.
bool ProcessesRun::pump(Slot &s)
{
    protocol::Message msg;
    while (!s.done) {
        WorkerChannel &channel = *s.channel;
        switch (channel.next(msg)) {
        case WorkerChannel::Next::NeedMore:
        case WorkerChannel::Next::TimedOut: return true;
        case WorkerChannel::Next::Closed:
            // The new worker, if any, has said nothing yet.
            return fault(s, WorkerCrash::Cause::Died, channel.describeExit(s.inFlight));
        case WorkerChannel::Next::Malformed:
            return fault(s, WorkerCrash::Cause::Malformed, channel.describeMalformed(s.inFlight));
        case WorkerChannel::Next::Message:
            if (!handle(s, msg))
                return false;
            break;
        }
    }
    return true;
}

// A worker that neither answers nor dies is killed at its deadline.
bool ProcessesRun::checkWatchdogs()
{
    const std::int64_t now = monotonicNs();
    for (auto &s : slots_) {
        if (s->done || now < s->deadlineNs)
            continue;
        const std::int64_t limit = s->inFlight ? watchdog_.limitNs(*s->inFlight) : watchdog_.pillLimitNs();
        if (!fault(*s, WorkerCrash::Cause::Unresponsive, s->channel->describeUnresponsive(s->inFlight, limit)))
            return false;
    }
    return true;
}

void ProcessesRun::run()
{
    if (ctx_.config.racy)
        playRace();
    for (int id = 1; id <= ctx_.config.workers; ++id) {
        slots_.push_back(std::make_unique<Slot>(id));
        if (!startWorker(*slots_.back()))
            return;
    }
    for (auto &s : slots_)
        feed(*s);

    const int n = static_cast<int>(slots_.size());
    std::vector<pollfd> fds;
    std::vector<Slot *> owners;
    while (done_ < n) {
        if (ctx_.control.cancelled())
            throw Cancelled{};
        // The book's bug (P5): jobs.empty() was true, so the loop left
        // with results still on the way. Its workers are stopped on return.
        if (race_ && race_->outcome == RaceOutcome::Lost && toPrint_ == 0) {
            ctx_.summary.lost = race_->lost;
            ctx_.summary.race = race_;
            return;
        }
        fds.clear();
        owners.clear();
        for (auto &s : slots_) {
            if (s->done || s->channel->readFd() < 0)
                continue;
            fds.push_back({s->channel->readFd(), POLLIN, 0});
            owners.push_back(s.get());
        }
        // A dead worker's pipe wakes the poll at once (POLLHUP); the short
        // timeout keeps cancel and the watchdogs prompt without a wake-up pipe.
        if (::poll(fds.data(), fds.size(), 20) > 0) {
            for (std::size_t k = 0; k < fds.size(); ++k)
                if (fds[k].revents != 0 && !pump(*owners[k]))
                    return;
        }
        if (!checkWatchdogs())
            return;
    }
    // Every worker has answered its pill; each leaves by itself.
    for (auto &s : slots_)
        s->channel->finish(500);
    if (race_) {
        ctx_.summary.race = race_;
        // The workers can answer their pills before the loop has printed
        // its share (one poll may bring the last results and both pills, on
        // a loaded machine): the verdict is the race's, not the pipes'.
        if (race_->outcome == RaceOutcome::Lost)
            ctx_.summary.lost = race_->lost;
        if (race_->outcome == RaceOutcome::Hung)
            hang();
    }
}

} // namespace

void runProcesses(RunContext &ctx)
{
    ProcessesRun run(ctx);
    run.run();
}

} // namespace conlab::models
