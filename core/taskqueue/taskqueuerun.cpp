// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/taskqueuerun.h"

#include "core/taskqueue/celerymessage.h"
#include "core/taskqueue/redisconnection.h"
#include "core/taskqueue/taskresult.h"
#include "kernel/monotonic.h"

#include <QHash>
#include <QPair>

#include <algorithm>
#include <ctime>
#include <unistd.h>

namespace conlab {

namespace {

constexpr int kChunk = 500;             // keys per LPUSH, SUBSCRIBE or MGET
constexpr std::int64_t kQueueEveryNs = 100'000'000;
constexpr std::int64_t kPollEveryNs = 1'000'000'000;

std::int64_t epochNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

struct Task
{
    std::uint64_t n = 0;
    QByteArray id;
    QByteArray envelope;
    int asks = 1;
    bool done = false;
    int starts = 0;
    QString host;
    qint64 pid = 0;
};

QByteArray channelOf(const QByteArray &id)
{
    return CeleryMessage::kResultPrefix + id;
}

QString numberList(const std::vector<std::uint64_t> &numbers)
{
    QStringList words;
    for (std::uint64_t n : numbers)
        words << QString::number(n);
    return words.join(QStringLiteral(", "));
}

} // namespace

TaskQueueSummary TaskQueueRun::exec(const Callbacks &cb)
{
    TaskQueueSummary s;
    s.numbers = static_cast<qsizetype>(config_.numbers.size());
    if (!config_.broker.ok()) {
        s.error = config_.broker.error;
        return s;
    }
    RedisConnection cmd, sub;
    if (!cmd.open(config_.broker, config_.connectTimeoutMs) || !sub.open(config_.broker, config_.connectTimeoutMs)) {
        s.error = cmd.error().isEmpty() ? sub.error() : cmd.error();
        return s;
    }
    QString origin = config_.origin;
    if (origin.isEmpty()) {
        char host[256] = {};
        ::gethostname(host, sizeof host - 1);
        origin = u"concurrency-lab@" + QString::fromLocal8Bit(host);
    }

    std::vector<Task> tasks;
    tasks.reserve(config_.numbers.size());
    QHash<QByteArray, std::size_t> byChannel;
    const auto addTask = [&](std::uint64_t n, int asks) {
        Task t;
        t.n = n;
        t.id = CeleryMessage::newTaskId();
        t.envelope = CeleryMessage::envelope(n, t.id, origin);
        t.asks = asks;
        byChannel.insert(channelOf(t.id), tasks.size());
        tasks.push_back(std::move(t));
    };
    for (std::uint64_t n : config_.numbers)
        addTask(n, 1);

    // Subscribed before a task is sent, so no result can be published
    // before we listen for it.
    for (std::size_t from = 0; from < tasks.size(); from += kChunk) {
        QByteArrayList args{"SUBSCRIBE"};
        const std::size_t to = std::min(tasks.size(), from + kChunk);
        for (std::size_t i = from; i < to; ++i)
            args << channelOf(tasks[i].id);
        sub.send(args);
        for (std::size_t i = from; i < to && sub.error().isEmpty(); ++i) {
            const RedisReply r = sub.read(config_.connectTimeoutMs);
            if (r.type != RedisReply::Type::Array) {
                s.error = sub.error().isEmpty() ? tr("the broker did not confirm the subscription to results")
                                                : sub.error();
                return s;
            }
        }
    }
    if (!sub.error().isEmpty()) {
        s.error = sub.error();
        return s;
    }

    const std::int64_t t0 = monotonicNs();
    const std::int64_t epoch0 = epochNs();
    const auto now = [&] { return monotonicNs() - t0; };
    const auto push = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; i += kChunk) {
            QByteArrayList args{"LPUSH", CeleryMessage::kQueue};
            for (std::size_t k = i; k < std::min(to, i + kChunk); ++k)
                args << tasks[k].envelope;
            if (cmd.command(args).isError())
                return false;
        }
        return true;
    };
    if (!push(0, tasks.size())) {
        s.error = cmd.error();
        return s;
    }
    sent_ = true;

    // One lane per host:pid, numbered in the order they first show up.
    QHash<QPair<QString, qint64>, int> lanes;
    const auto laneOf = [&](const QString &host, qint64 pid) {
        const auto key = qMakePair(host, pid);
        auto it = lanes.constFind(key);
        if (it == lanes.cend())
            it = lanes.insert(key, static_cast<int>(lanes.size()) + 1);
        return *it;
    };
    const auto incident = [&](TaskIncident::Kind kind, std::uint64_t n, const QString &why) {
        TaskIncident i{kind, n, why, now()};
        s.incidents.push_back(i);
        if (cb.onIncident)
            cb.onIncident(i);
    };

    qsizetype finished = 0;
    const auto handle = [&](std::size_t index, const QByteArray &meta) {
        if (tasks[index].done)
            return;
        const TaskResult r = TaskResult::parse(meta, tasks[index].n);
        Task &task = tasks[index];
        switch (r.kind) {
        case TaskResult::Kind::Pending:
            return;
        case TaskResult::Kind::Started: {
            // Celery names the node, "node1@host"; lanes are by machine.
            const QString host = r.host.section(u'@', -1);
            // The net's poll reads a STARTED state the subscription may
            // already have brought: the same process again is no news.
            if (task.starts > 0 && host == task.host && r.pid == task.pid)
                return;
            if (task.starts > 0) {
                ++s.redeliveries;
                incident(TaskIncident::Kind::Redelivered, task.n,
                         //: %1 host:pid of the worker process that died
                         tr("its worker %1 was lost; the broker gave the task to another").arg(
                             task.host + u':' + QString::number(task.pid)));
            }
            ++task.starts;
            task.host = host;
            task.pid = r.pid;
            if (cb.onStarted)
                cb.onStarted(TaskStarted{task.n, host, r.pid, laneOf(host, r.pid), now()});
            return;
        }
        case TaskResult::Kind::Checked: {
            task.done = true;
            ++finished;
            ++s.checked;
            TaskDone d;
            d.host = r.host;
            d.pid = r.pid;
            d.starts = std::max(task.starts, 1);
            d.result.n = r.n;
            d.result.prime = r.prime;
            d.result.elapsed = r.elapsed;
            d.result.worker = laneOf(r.host, r.pid);
            // The worker's wall clock onto ours; another machine's clock may
            // be off, so a bar never starts before the run or ends in the future.
            const auto start = static_cast<std::int64_t>(r.start * 1e9) - epoch0;
            d.result.endNs = std::clamp<std::int64_t>(start + static_cast<std::int64_t>(r.elapsed * 1e9), 0, now());
            d.result.startNs = std::clamp<std::int64_t>(d.result.endNs - static_cast<std::int64_t>(r.elapsed * 1e9), 0,
                                                        d.result.endNs);
            if (cb.onDone)
                cb.onDone(d);
            return;
        }
        case TaskResult::Kind::Failed:
            task.done = true;
            ++finished;
            s.lost.push_back(task.n);
            incident(TaskIncident::Kind::Lost, task.n, r.why);
            return;
        case TaskResult::Kind::Malformed: {
            incident(TaskIncident::Kind::Malformed, task.n, r.why);
            task.done = true;
            ++finished;
            cmd.command({"DEL", channelOf(task.id)});
            if (task.asks >= config_.maxAsks) {
                s.lost.push_back(task.n);
                //: %1 how many times the number was asked
                incident(TaskIncident::Kind::Lost, task.n, tr("malformed %n time(s); not asked again", "", task.asks));
                return;
            }
            const std::uint64_t n = task.n;
            const int asks = task.asks + 1;
            addTask(n, asks); // invalidates `task`
            sub.send({"SUBSCRIBE", channelOf(tasks.back().id)});
            push(tasks.size() - 1, tasks.size());
            return;
        }
        }
    };

    std::int64_t nextQueue = 0, nextPoll = kPollEveryNs;
    const auto outstanding = [&] {
        std::vector<std::size_t> left;
        for (std::size_t i = 0; i < tasks.size(); ++i)
            if (!tasks[i].done)
                left.push_back(i);
        return left;
    };
    while (finished < static_cast<qsizetype>(tasks.size())) {
        if (cancel_.load()) {
            s.cancelled = true;
            break;
        }
        if (config_.deadlineMs > 0 && now() > std::int64_t{config_.deadlineMs} * 1'000'000) {
            s.error = tr("no result for every number within %1 s").arg(config_.deadlineMs / 1000.0);
            break;
        }
        const RedisReply r = sub.read(50);
        if (!sub.error().isEmpty())
            break;
        if (r.type == RedisReply::Type::Array && r.elements.size() == 3 && r.elements[0].string == "message") {
            const auto it = byChannel.constFind(r.elements[1].string);
            if (it != byChannel.cend())
                handle(*it, r.elements[2].string);
        }
        const std::int64_t t = now();
        if (t >= nextQueue) {
            nextQueue = t + kQueueEveryNs;
            const RedisReply len = cmd.command({"LLEN", CeleryMessage::kQueue});
            if (len.type == RedisReply::Type::Integer && cb.onQueue)
                cb.onQueue(QueueSample{t, len.integer});
            if (!cmd.error().isEmpty())
                break;
        }
        if (t >= nextPoll) {
            // The net under the subscription: the stored states themselves.
            nextPoll = t + kPollEveryNs;
            const std::vector<std::size_t> left = outstanding();
            for (std::size_t from = 0; from < left.size(); from += kChunk) {
                QByteArrayList args{"MGET"};
                const std::size_t to = std::min(left.size(), from + kChunk);
                for (std::size_t k = from; k < to; ++k)
                    args << channelOf(tasks[left[k]].id);
                const RedisReply got = cmd.command(args);
                if (got.type != RedisReply::Type::Array)
                    break;
                for (std::size_t k = 0; k < got.elements.size() && from + k < to; ++k)
                    if (got.elements[k].type == RedisReply::Type::String)
                        handle(left[from + k], got.elements[k].string);
            }
            if (!cmd.error().isEmpty())
                break;
        }
    }
    s.wall = static_cast<double>(now()) / 1e9;
    s.lanes = static_cast<int>(lanes.size());
    const std::vector<std::size_t> left = outstanding();
    for (std::size_t i : left)
        s.left.push_back(tasks[i].n);
    std::sort(s.left.begin(), s.left.end());
    s.left.erase(std::unique(s.left.begin(), s.left.end()), s.left.end());
    if (s.error.isEmpty() && (!sub.error().isEmpty() || !cmd.error().isEmpty())) {
        //: %1 what went wrong with the broker, %2 how many numbers, %3 the numbers
        s.error = tr("%1\n%2 number(s) left without a result: %3")
                      .arg(cmd.error().isEmpty() ? sub.error() : cmd.error())
                      .arg(s.left.size())
                      .arg(numberList(s.left));
    }
    for (std::size_t i : left)
        envelopes_ << tasks[i].envelope;
    for (const Task &t : tasks)
        resultKeys_ << channelOf(t.id);
    // Leave the broker as we found it: our tasks off the queue, our results
    // gone. A broker that died needs nothing.
    if (cmd.error().isEmpty())
        clear(cmd);
    return s;
}

void TaskQueueRun::clear(RedisConnection &connection) const
{
    for (const QByteArray &envelope : envelopes_)
        connection.command({"LREM", CeleryMessage::kQueue, "0", envelope});
    for (qsizetype from = 0; from < resultKeys_.size(); from += kChunk)
        connection.command(QByteArrayList{"DEL"} + resultKeys_.mid(from, kChunk));
}

bool TaskQueueRun::clearBroker()
{
    RedisConnection connection;
    if (!connection.open(config_.broker, config_.connectTimeoutMs))
        return false;
    clear(connection);
    return connection.error().isEmpty();
}

} // namespace conlab
