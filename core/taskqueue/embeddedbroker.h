// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"
#include "core/taskqueue/servicechild.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace conlab {

// The app's own Redis: a redis-server child on 127.0.0.1, on a free port,
// with a random password of 160 bits and nothing written to disk. The
// password goes in a config file in a private folder (0700), never on a
// command line, where any local user could read it in /proc.
class EmbeddedBroker
{
    Q_DECLARE_TR_FUNCTIONS(conlab::EmbeddedBroker)
public:
    EmbeddedBroker();
    ~EmbeddedBroker();

    // Starts it and waits until it accepts connections. False with error().
    bool start(int timeoutMs = 10'000);
    void stop();
    bool running() const;
    QString error() const { return error_; }
    // The URL clients and workers use: redis://:PASSWORD@127.0.0.1:PORT/0.
    BrokerUrl url() const { return url_; }
    // The redis-server process (its group's id), for tests.
    pid_t pid() const;

    // "Open to the room": also listen on `lanAddress`, and add the ACL user
    // `worker` (with its own password) that may run only what Celery needs.
    // Returns the URL for other machines; empty with error() on failure.
    BrokerUrl openToRoom(const QString &lanAddress);
    void closeToRoom();
    // A free TCP port on `address`, as the kernel hands one out.
    static int freePort(const QString &address = QStringLiteral("127.0.0.1"));

private:
    QTemporaryDir dir_;
    std::unique_ptr<ServiceChild> server_;
    BrokerUrl url_;
    QString error_;
};

} // namespace conlab
