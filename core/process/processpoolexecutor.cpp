#include "process/processpoolexecutor.h"

#include "process/workerlocator.h"

namespace conlab {

namespace {
// The worker of the pool thread that runs the current job.
thread_local WorkerChannel *tCurrentChannel = nullptr;
thread_local const RunControl *tCurrentControl = nullptr;
// Set while jobs of a cancelled run are being failed (see failQueued()).
thread_local bool tFailing = false;
} // namespace

ProcessPoolExecutor::ProcessPoolExecutor(int workers, QString program, std::uint32_t paceUnits, RunControl &control)
    : workers_(workers),
      program_(program.isEmpty() ? WorkerLocator::workerPath() : std::move(program)),
      paceUnits_(paceUnits),
      control_(control)
{
}

bool ProcessPoolExecutor::start(QString *error)
{
    for (int id = 1; id <= workers_; ++id) {
        auto channel = std::make_unique<WorkerChannel>(id);
        if (!channel->start(program_, protocol::Hello{static_cast<std::uint32_t>(id), paceUnits_, 0}, error))
            return false;
        channels_.push_back(std::move(channel));
    }
    wake_.emplace(control_, [this] {
        jobs_.interrupt();
        failQueued();
    });
    for (auto &channel : channels_)
        threads_.emplace_back([this, c = channel.get()] { serve(*c); });
    return true;
}

void ProcessPoolExecutor::serve(WorkerChannel &channel)
{
    tCurrentChannel = &channel;
    tCurrentControl = &control_;
    // Jobs resolve their own futures and catch their own exceptions
    // (runInExecutor wraps them), so nothing escapes here.
    while (auto job = jobs_.get()) {
        if (!*job)
            break;
        (**job)();
    }
    tCurrentChannel = nullptr;
}

aio::EventLoop::Executor ProcessPoolExecutor::executor()
{
    return [this](std::function<void()> job) {
        jobs_.put(std::move(job));
        if (control_.cancelled())
            failQueued();
    };
}

// A job nobody will run must still resolve its future, or the task awaiting
// it would wait forever: run it in a mode where check() raises Cancelled.
void ProcessPoolExecutor::failQueued()
{
    tFailing = true;
    for (auto &job : jobs_.takeAll())
        if (job)
            (*job)();
    tFailing = false;
}

ProcessPoolExecutor::Checked ProcessPoolExecutor::check(std::uint64_t n)
{
    if (tFailing)
        throw Cancelled{};
    WorkerChannel *channel = tCurrentChannel;
    if (!channel)
        throw Failure{QStringLiteral("ProcessPoolExecutor::check() called outside a pool job")};
    if (!channel->send(protocol::Job{n}))
        throw Failure{channel->describeExit(n)};
    protocol::Message msg;
    switch (channel->waitNext(msg, *tCurrentControl)) {
    case WorkerChannel::Next::NeedMore: throw Cancelled{};
    case WorkerChannel::Next::Closed: throw Failure{channel->describeExit(n)};
    case WorkerChannel::Next::Malformed: throw Failure{channel->describeMalformed(n)};
    case WorkerChannel::Next::Message: break;
    }
    const auto *r = std::get_if<protocol::Result>(&msg);
    if (!r || r->n != n)
        throw Failure{channel->describe(QStringLiteral("worker %1 answered out of turn").arg(channel->id()), n)};
    return {*r, channel->id()};
}

ProcessPoolExecutor::~ProcessPoolExecutor()
{
    const bool cancelled = control_.cancelled();
    if (!cancelled)
        for (std::size_t k = 0; k < threads_.size(); ++k)
            jobs_.put(std::nullopt);
    else
        jobs_.interrupt();
    for (auto &t : threads_)
        t.join();
    wake_.reset();
    for (auto &channel : channels_) {
        if (cancelled) {
            channel->stop();
            continue;
        }
        // A worker answers its pill with done and leaves; reap it.
        channel->send(protocol::Pill{});
        protocol::Message msg;
        channel->waitNext(msg, control_);
        channel->finish(500);
    }
}

} // namespace conlab
