#include "primes/models.h"

#include "pace/pace.h"
#include "process/workerlocator.h"
#include "process/workerprocess.h"

#include <QCoreApplication>
#include <memory>
#include <optional>
#include <poll.h>
#include <vector>

namespace conlab::models {

namespace {

struct Slot
{
    int id = 0;
    WorkerProcess proc;
    protocol::Decoder decoder;
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
            s->proc.stop();
    }
    void run();

private:
    bool spawn();
    void feed(Slot &s);
    bool pump(Slot &s);
    bool handle(Slot &s, const protocol::Message &msg);
    bool fail(Slot &s, const QString &what);

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
        auto slot = std::make_unique<Slot>();
        slot->id = id;
        QString why;
        if (!slot->proc.start(program, {}, &why)) {
            //: %1 path of the worker executable, %2 the system's reason
            ctx_.summary.error = tr("cannot start the worker process %1: %2").arg(program, why);
            return false;
        }
        slot->proc.send(protocol::Hello{static_cast<std::uint32_t>(id), ctx_.paceUnits, 0});
        slots_.push_back(std::move(slot));
    }
    return true;
}

// A free worker takes the next number; when none is left it gets its pill.
void ProcessesRun::feed(Slot &s)
{
    if (next_ < numbers_.size()) {
        s.inFlight = numbers_[next_++];
        s.proc.send(protocol::Job{*s.inFlight});
    } else {
        s.inFlight.reset();
        s.proc.send(protocol::Pill{});
    }
}

bool ProcessesRun::fail(Slot &s, const QString &what)
{
    s.proc.drainStderr();
    QString text = what;
    if (s.inFlight)
        //: %1 the number the worker was checking
        text += tr(" while checking %1").arg(*s.inFlight);
    const QString err = QString::fromUtf8(s.proc.stderrText()).trimmed();
    if (!err.isEmpty())
        //: %1 what the worker printed on stderr
        text += tr("; it said: %1").arg(err);
    ctx_.summary.error = text;
    return false;
}

bool ProcessesRun::handle(Slot &s, const protocol::Message &msg)
{
    if (const auto *r = std::get_if<protocol::Result>(&msg)) {
        if (!s.inFlight || *s.inFlight != r->n)
            //: %1 worker number, %2 the number it answered for
            return fail(s, tr("worker %1 answered for %2, a number it was not given").arg(s.id).arg(r->n));
        s.inFlight.reset();
        ctx_.publish({r->n, r->prime, static_cast<double>(r->endNs - r->startNs) / 1e9, s.id,
                   r->startNs - ctx_.t0Ns, r->endNs - ctx_.t0Ns});
        feed(s);
        return true;
    }
    if (std::holds_alternative<protocol::Done>(msg)) {
        if (s.inFlight)
            return fail(s, tr("worker %1 said done before it answered").arg(s.id));
        s.done = true;
        ++done_;
        return true;
    }
    if (const auto *e = std::get_if<protocol::Error>(&msg))
        //: %1 worker number, %2 its message
        return fail(s, tr("worker %1 reported an error: %2").arg(s.id).arg(QString::fromStdString(e->text)));
    //: %1 worker number, %2 the kind of message
    return fail(s, tr("worker %1 sent an unexpected %2 message")
                       .arg(s.id)
                       .arg(QString::fromLatin1(protocol::typeName(
                           static_cast<protocol::Type>(msg.index() + 1)))));
}

// Reads what the worker sent and handles every whole message in it.
bool ProcessesRun::pump(Slot &s)
{
    const bool open = s.proc.readInto(s.decoder);
    protocol::Message msg;
    for (;;) {
        const auto status = s.decoder.next(msg);
        if (status == protocol::Decoder::Status::NeedMore)
            break;
        if (status == protocol::Decoder::Status::Error)
            //: %1 worker number, %2 what was wrong with its output
            return fail(s, tr("worker %1 sent malformed output (%2)")
                               .arg(s.id)
                               .arg(QString::fromStdString(s.decoder.error())));
        if (!handle(s, msg))
            return false;
        if (s.done)
            break;
    }
    if (!open && !s.done) {
        s.proc.finish(200);
        //: %1 worker number, %2 its pid, %3 how it ended
        return fail(s, tr("worker %1 (pid %2) %3").arg(s.id).arg(s.proc.pid()).arg(s.proc.exitDescription()));
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
            if (s->done || s->proc.readFd() < 0)
                continue;
            fds.push_back({s->proc.readFd(), POLLIN, 0});
            owners.push_back(s.get());
        }
        // A short timeout keeps cancel prompt without a wake-up pipe.
        const int ready = ::poll(fds.data(), fds.size(), 20);
        if (ready <= 0)
            continue;
        for (std::size_t k = 0; k < fds.size(); ++k) {
            if (fds[k].revents == 0)
                continue;
            if (!pump(*owners[k]))
                return;
        }
    }
    // Every worker has answered its pill; each leaves by itself.
    for (auto &s : slots_)
        s->proc.finish(500);
}

} // namespace

void runProcesses(RunContext &ctx)
{
    ProcessesRun run(ctx);
    run.run();
}

} // namespace conlab::models
