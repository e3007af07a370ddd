// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/embeddedbroker.h"

#include "core/taskqueue/celerylocator.h"
#include "core/taskqueue/redisconnection.h"
#include "core/identity/secret.h"

#include <QFile>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace conlab {

namespace {

// What a worker node of Celery 5.2 on kombu's Redis transport runs: the
// queue and its unacked bookkeeping (lists, hashes, sorted sets, keys),
// results (strings with expiry, pub/sub), and the checks it makes on
// connecting, and EVALSHA of redis-py's lock scripts, which the app loads
// beforehand (CeleryLocator::lockScripts): SCRIPT itself stays out, as every
// admin command does (REFERENCE.md). A script runs under its caller's ACL,
// so EVAL reaches no command the user could not run directly.
constexpr const char *kWorkerAcl
    = "+@read +@write +@list +@hash +@set +@sortedset +@string +@keyspace +@pubsub +@connection +@transaction "
      "-@admin -@dangerous -config -flushall -flushdb -debug -shutdown -module -script -keys "
      "+eval +evalsha +info +client|setname +client|getname +client|id";

} // namespace

EmbeddedBroker::EmbeddedBroker() = default;

EmbeddedBroker::~EmbeddedBroker()
{
    stop();
}

int EmbeddedBroker::freePort(const QString &address)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = 0;
    ::inet_pton(AF_INET, address.toLatin1().constData(), &addr.sin_addr);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool EmbeddedBroker::start(int timeoutMs)
{
    stop();
    error_.clear();
    const QString redis = CeleryLocator::redisServer(&error_);
    if (redis.isEmpty())
        return false;
    if (!dir_.isValid()) {
        error_ = tr("cannot make a private folder for the broker: %1").arg(dir_.errorString());
        return false;
    }
    url_ = BrokerUrl{};
    url_.host = QStringLiteral("127.0.0.1");
    url_.password = Secret::hex(20);
    // The port is free when asked and taken a moment later by redis-server;
    // another program may take it in between, so a few tries.
    for (int attempt = 0; attempt < 3; ++attempt) {
        url_.port = freePort();
        const QString conf = dir_.filePath(QStringLiteral("redis.conf"));
        QFile file(conf);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            error_ = tr("cannot write %1: %2").arg(conf, file.errorString());
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // No disk: no RDB snapshots, no append-only file, nothing left behind.
        const QByteArray text = "bind 127.0.0.1\nport " + QByteArray::number(url_.port)
            + "\nsave \"\"\nappendonly no\ndaemonize no\nprotected-mode yes\nlogfile \"\"\n"
              "dir "
            + dir_.path().toUtf8() + "\nrequirepass " + url_.password.toUtf8() + "\n";
        file.write(text);
        file.close();
        server_ = std::make_unique<ServiceChild>(QStringLiteral("redis-server"));
        if (server_->start({redis, {conf}, dir_.path(), {}, {}}, QStringLiteral("Ready to accept connections"),
                           timeoutMs))
            return true;
        error_ = server_->error();
        server_.reset();
        if (!error_.contains(u"Address already in use"))
            break;
    }
    return false;
}

void EmbeddedBroker::stop()
{
    server_.reset();
}

bool EmbeddedBroker::running() const
{
    return server_ && server_->running();
}

pid_t EmbeddedBroker::pid() const
{
    return server_ ? server_->pid() : 0;
}

BrokerUrl EmbeddedBroker::openToRoom(const QString &lanAddress)
{
    RedisConnection admin;
    if (!running() || !admin.open(url_, 3000)) {
        error_ = running() ? admin.error() : tr("the broker is not running");
        return {};
    }
    BrokerUrl room = url_;
    room.host = lanAddress;
    room.user = QStringLiteral("worker");
    room.password = Secret::hex(16);
    QByteArrayList acl{"ACL", "SETUSER", "worker", "reset", "on", '>' + room.password.toUtf8(), "~*", "&*"};
    for (const QByteArray &rule : QByteArray(kWorkerAcl).split(' '))
        acl << rule;
    // Before the user exists: a worker of the room may release its first
    // lock at once.
    QString why;
    const CeleryInterpreter celery = CeleryLocator::find();
    const QByteArrayList scripts = celery.ok() ? CeleryLocator::lockScripts(celery, &why) : QByteArrayList{};
    if (scripts.isEmpty()) {
        error_ = celery.ok() ? why : celery.error;
        return {};
    }
    for (const QByteArray &script : scripts)
        if (admin.command({"SCRIPT", "LOAD", script}).isError()) {
            error_ = admin.error();
            return {};
        }
    const RedisReply user = admin.command(acl);
    const RedisReply bind = admin.command({"CONFIG", "SET", "bind", "127.0.0.1 " + lanAddress.toUtf8()});
    for (const RedisReply *r : {&user, &bind}) {
        if (r->isError()) {
            error_ = r->type == RedisReply::Type::Error ? QString::fromUtf8(r->string) : admin.error();
            return {};
        }
    }
    return room;
}

void EmbeddedBroker::closeToRoom()
{
    RedisConnection admin;
    if (!running() || !admin.open(url_, 3000))
        return;
    admin.command({"CONFIG", "SET", "bind", "127.0.0.1"});
    // Disconnects the room's workers too: their user is gone.
    admin.command({"ACL", "DELUSER", "worker"});
}

} // namespace conlab
