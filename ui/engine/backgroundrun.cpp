// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/backgroundrun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QThread>

namespace conlab {

namespace {
// Only touched on the GUI thread.
QSet<BackgroundRun *> &active()
{
    static QSet<BackgroundRun *> runs;
    return runs;
}
} // namespace

BackgroundRun::BackgroundRun(std::function<void()> work, std::function<void()> cancel) : cancel_(std::move(cancel))
{
    thread_ = QThread::create(std::move(work));
    thread_->setObjectName(QStringLiteral("engine run"));
    // Queued to this object, which lives on the GUI thread.
    connect(thread_, &QThread::finished, this, [this] {
        finished_ = true;
        active().remove(this);
        emit finished();
        deleteLater();
    });
    active().insert(this);
}

BackgroundRun::~BackgroundRun()
{
    // finished() has been seen, so the thread has returned from work().
    thread_->wait();
    delete thread_;
}

BackgroundRun *BackgroundRun::start(std::function<void()> work, std::function<void()> cancel)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    auto *run = new BackgroundRun(std::move(work), std::move(cancel));
    run->thread_->start();
    return run;
}

void BackgroundRun::stop()
{
    if (!finished_ && cancel_)
        cancel_();
}

void BackgroundRun::stopAllAndWait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    const auto runs = active();
    for (BackgroundRun *run : runs)
        run->stop();
    for (BackgroundRun *run : runs)
        run->thread_->wait(deadline);
}

int BackgroundRun::activeCount()
{
    return static_cast<int>(active().size());
}

} // namespace conlab
