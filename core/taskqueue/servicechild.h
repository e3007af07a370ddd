// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/childprocess.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace conlab {

// A program that runs beside the app for a while (redis-server, a Celery
// worker node) rather than to its end. It runs through the guard
// (ChildProcess with concurrency-lab-worker --guard), in a process group of
// its own, so that stop(), the object's end, and the app's own death by
// any signal, SIGKILL included, end it and everything it started.
//
// A thread of ours waits on it (ChildProcess::run blocks), reads its
// output line by line and keeps the last lines for error messages.
class ServiceChild
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ServiceChild)
public:
    using LineFn = std::function<void(const QString &line)>;

    explicit ServiceChild(QString name) : name_(std::move(name)) { }
    ~ServiceChild() { stop(); }
    ServiceChild(const ServiceChild &) = delete;
    ServiceChild &operator=(const ServiceChild &) = delete;

    // Starts it, then waits until a line of its output contains `readyText`,
    // for at most `timeoutMs`. On false, error() says why (with its last
    // lines) and it has been stopped. `onLine` sees every line, on the
    // waiting thread: keep it short and thread safe.
    bool start(ChildProcess::Spec spec, const QString &readyText, int timeoutMs, LineFn onLine = {});
    // Kills its group and waits for it. Safe to call twice.
    void stop();
    // SIGKILL to one process of the group (a pool process, in T4).
    bool running() const { return running_.load(); }
    pid_t pid() const;
    QString error() const;
    QString name() const { return name_; }
    // Its last lines, oldest first.
    QStringList lastLines() const;

private:
    void onBytes(QByteArray &pending, const QByteArray &bytes);

    QString name_;
    LineFn onLine_;
    std::optional<ChildProcess> child_;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> running_{false};
    std::jthread thread_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    QString readyText_;
    bool ready_ = false;
    bool ended_ = false;
    pid_t pid_ = 0;
    QString error_;
    QStringList lines_;
};

} // namespace conlab
