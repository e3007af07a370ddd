// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/servicechild.h"

#include "core/process/workerlocator.h"

#include <chrono>

namespace conlab {

namespace {
constexpr qsizetype kKeptLines = 12;
}

bool ServiceChild::start(ChildProcess::Spec spec, const QString &readyText, int timeoutMs, LineFn onLine)
{
    stop();
    {
        const std::lock_guard lock(mutex_);
        readyText_ = readyText;
        ready_ = ended_ = false;
        error_.clear();
        lines_.clear();
        pid_ = 0;
    }
    onLine_ = std::move(onLine);
    cancel_ = false;
    if (spec.guard.isEmpty())
        spec.guard = WorkerLocator::workerPath();
    child_.emplace(std::move(spec));
    running_ = true;
    thread_ = std::jthread([this] {
        QByteArray out, err;
        // The guard reports the program's pid before its output can start.
        const ChildExit exit = child_->run([&](const QByteArray &b, std::int64_t) { onBytes(out, b); },
                                           [&](const QByteArray &b, std::int64_t) { onBytes(err, b); }, 0,
                                           cancel_);
        const std::lock_guard lock(mutex_);
        ended_ = true;
        if (!cancel_.load()) {
            error_ = exit.error;
            if (error_.isEmpty())
                //: %1 redis-server or a worker node, %2 its exit code or signal
                error_ = tr("%1 ended (%2)")
                             .arg(name_, exit.end == ChildExit::End::Signalled
                                             ? tr("signal %1").arg(exit.code)
                                             : tr("exit code %1").arg(exit.code));
        }
        running_ = false;
        changed_.notify_all();
    });
    std::unique_lock lock(mutex_);
    const bool woke = changed_.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return ready_ || ended_; });
    if (ready_)
        return true;
    QString why = ended_ ? error_ : tr("%1 was not ready within %2 s").arg(name_).arg(timeoutMs / 1000.0);
    if (!woke || !ended_)
        error_ = why;
    if (!lines_.isEmpty())
        why += u'\n' + lines_.join(u'\n');
    error_ = why;
    lock.unlock();
    cancel_ = true;
    thread_ = {};
    return false;
}

void ServiceChild::onBytes(QByteArray &pending, const QByteArray &bytes)
{
    pending += bytes;
    qsizetype from = 0, nl;
    for (; (nl = pending.indexOf('\n', from)) >= 0; from = nl + 1) {
        const QString line = QString::fromUtf8(pending.constData() + from, nl - from).trimmed();
        if (onLine_)
            onLine_(line);
        const std::lock_guard lock(mutex_);
        if (pid_ == 0 && child_)
            pid_ = child_->pid();
        lines_.push_back(line);
        if (lines_.size() > kKeptLines)
            lines_.removeFirst();
        if (!ready_ && line.contains(readyText_)) {
            ready_ = true;
            changed_.notify_all();
        }
    }
    pending.remove(0, from);
}

void ServiceChild::stop()
{
    cancel_ = true;
    thread_ = {}; // joins: ChildProcess::run kills the group on cancel and reaps it
    running_ = false;
}

pid_t ServiceChild::pid() const
{
    const std::lock_guard lock(mutex_);
    return pid_;
}

QString ServiceChild::error() const
{
    const std::lock_guard lock(mutex_);
    return error_;
}

QStringList ServiceChild::lastLines() const
{
    const std::lock_guard lock(mutex_);
    return lines_;
}

} // namespace conlab
