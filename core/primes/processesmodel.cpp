#include "primes/models.h"

#include "pace/pace.h"
#include "process/workerlocator.h"
#include "process/workerchannel.h"

#include <QCoreApplication>
#include <memory>
#include <optional>
#include <poll.h>
#include <vector>

namespace conlab::models {

namespace {

struct Slot
{
    explicit Slot(int id) : channel(id) { }
    WorkerChannel channel;
    std::optional<std::uint64_t> inFlight;
    bool done = false;
};

class ProcessesRun
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ProcessesRun)
public:
    explicit ProcessesRun(RunContext &ctx) : ctx_(ctx), numbers_(ctx.config.numbers) { }
    ~ProcessesRun()
    {
        for (auto &s : slots_)
            s->channel.stop();
    }
    void run();

private:
    bool spawn();
    void feed(Slot &s);
    bool pump(Slot &s);
    bool handle(Slot &s, const protocol::Message &msg);
    bool fail(const QString &error)
    {
        ctx_.summary.error = error;
        return false;
    }

    RunContext &ctx_;
    const std::vector<std::uint64_t> &numbers_;
    std::vector<std::unique_ptr<Slot>> slots_;
    std::size_t next_ = 0; // the shared job queue: numbers_[next_..] wait
    int done_ = 0;
};

bool ProcessesRun::spawn()
{
    const QString program = ctx_.config.workerPath.isEmpty() ? WorkerLocator::workerPath()
                                                             : ctx_.config.workerPath;
    for (int id = 1; id <= ctx_.config.workers; ++id) {
        auto slot = std::make_unique<Slot>(id);
        QString why;
        if (!slot->channel.start(program, protocol::Hello{static_cast<std::uint32_t>(id), ctx_.paceUnits, 0}, &why))
            return fail(why);
        slots_.push_back(std::move(slot));
    }
    return true;
}

// A free worker takes the next number; when none is left it gets its pill.
void ProcessesRun::feed(Slot &s)
{
    if (next_ < numbers_.size()) {
        s.inFlight = numbers_[next_++];
        s.channel.send(protocol::Job{*s.inFlight});
    } else {
        s.inFlight.reset();
        s.channel.send(protocol::Pill{});
    }
}

bool ProcessesRun::handle(Slot &s, const protocol::Message &msg)
{
    const int id = s.channel.id();
    if (const auto *r = std::get_if<protocol::Result>(&msg)) {
        if (!s.inFlight || *s.inFlight != r->n)
            //: %1 worker number, %2 the number it answered for
            return fail(s.channel.describe(tr("worker %1 answered for %2, a number it was not given").arg(id).arg(r->n),
                                           s.inFlight));
        s.inFlight.reset();
        ctx_.publish({r->n, r->prime, static_cast<double>(r->endNs - r->startNs) / 1e9, id,
                      r->startNs - ctx_.t0Ns, r->endNs - ctx_.t0Ns});
        feed(s);
        return true;
    }
    if (std::holds_alternative<protocol::Done>(msg)) {
        if (s.inFlight)
            return fail(s.channel.describe(tr("worker %1 said done before it answered").arg(id), s.inFlight));
        s.done = true;
        ++done_;
        return true;
    }
    if (const auto *e = std::get_if<protocol::Error>(&msg))
        //: %1 worker number, %2 its message
        return fail(s.channel.describe(tr("worker %1 reported an error: %2").arg(id).arg(QString::fromStdString(e->text)),
                                       s.inFlight));
    //: %1 worker number, %2 the kind of message
    return fail(s.channel.describe(tr("worker %1 sent an unexpected %2 message")
                                       .arg(id)
                                       .arg(QString::fromLatin1(protocol::typeName(
                                           static_cast<protocol::Type>(msg.index() + 1)))),
                                   s.inFlight));
}

// Handles every whole message the worker has sent so far.
bool ProcessesRun::pump(Slot &s)
{
    protocol::Message msg;
    while (!s.done) {
        switch (s.channel.next(msg)) {
        case WorkerChannel::Next::NeedMore: return true;
        case WorkerChannel::Next::Closed: return fail(s.channel.describeExit(s.inFlight));
        case WorkerChannel::Next::Malformed: return fail(s.channel.describeMalformed(s.inFlight));
        case WorkerChannel::Next::Message:
            if (!handle(s, msg))
                return false;
            break;
        }
    }
    return true;
}
void ProcessesRun::run()
{
    if (!spawn())
        return;
    for (auto &s : slots_)
        feed(*s);

    const int n = static_cast<int>(slots_.size());
    std::vector<pollfd> fds;
    std::vector<Slot *> owners;
    while (done_ < n) {
        if (ctx_.control.cancelled())
            throw Cancelled{};
        // The book's bug (P5): the report loop ran only while the job queue
        // had items, so results still being computed were never read.
        if (ctx_.config.racy && next_ == numbers_.size()) {
            for (auto &s : slots_)
                if (s->inFlight)
                    ctx_.summary.lost.push_back(*s->inFlight);
            return;
        }
        fds.clear();
        owners.clear();
        for (auto &s : slots_) {
            if (s->done || s->channel.readFd() < 0)
                continue;
            fds.push_back({s->channel.readFd(), POLLIN, 0});
            owners.push_back(s.get());
        }
        // A short timeout keeps cancel prompt without a wake-up pipe.
        if (::poll(fds.data(), fds.size(), 20) <= 0)
            continue;
        for (std::size_t k = 0; k < fds.size(); ++k)
            if (fds[k].revents != 0 && !pump(*owners[k]))
                return;
    }
    // Every worker has answered its pill; each leaves by itself.
    for (auto &s : slots_)
        s->channel.finish(500);
}

} // namespace

void runProcesses(RunContext &ctx)
{
    ProcessesRun run(ctx);
    run.run();
}

} // namespace conlab::models
