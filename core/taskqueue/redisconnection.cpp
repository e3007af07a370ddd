// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/redisconnection.h"

#include <hiredis/hiredis.h>

#include <sys/time.h>

namespace conlab {

namespace {

timeval toTimeval(int ms)
{
    return timeval{ms / 1000, (ms % 1000) * 1000};
}

RedisReply copyReply(const redisReply *r)
{
    RedisReply out;
    if (!r)
        return out;
    switch (r->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.string = QByteArray(r->str, static_cast<qsizetype>(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_NIL:
        out.type = RedisReply::Type::Nil;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(r->elements);
        for (size_t i = 0; i < r->elements; ++i)
            out.elements.push_back(copyReply(r->element[i]));
        break;
    default:
        break;
    }
    return out;
}

// hiredis wants argv and lengths; QByteArrayList keeps the bytes alive.
struct Argv
{
    explicit Argv(const QByteArrayList &args)
    {
        for (const QByteArray &a : args) {
            argv.push_back(a.constData());
            lens.push_back(static_cast<size_t>(a.size()));
        }
    }
    std::vector<const char *> argv;
    std::vector<size_t> lens;
};

} // namespace

RedisConnection::RedisConnection() = default;

RedisConnection::~RedisConnection()
{
    if (ctx_)
        redisFree(ctx_);
}

void RedisConnection::fail(const QString &what)
{
    if (error_.isEmpty())
        error_ = what;
}

bool RedisConnection::open(const BrokerUrl &url, int timeoutMs)
{
    //: %1 host:port of the broker
    where_ = tr("the broker at %1").arg(url.host + u':' + QString::number(url.port));
    const QByteArray host = url.host.toUtf8();
    ctx_ = redisConnectWithTimeout(host.constData(), url.port, toTimeval(timeoutMs));
    if (!ctx_) {
        fail(tr("%1: out of memory").arg(where_));
        return false;
    }
    if (ctx_->err) {
        //: %1 the broker, %2 the system's reason (e.g. Connection refused)
        fail(tr("cannot reach %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
        return false;
    }
    redisSetTimeout(ctx_, toTimeval(timeoutMs));
    if (!url.password.isEmpty()) {
        const RedisReply r = url.user.isEmpty()
            ? command({"AUTH", url.password.toUtf8()})
            : command({"AUTH", url.user.toUtf8(), url.password.toUtf8()});
        if (r.type == RedisReply::Type::Error) {
            //: %1 the broker, %2 Redis's reason (WRONGPASS ...)
            fail(tr("%1 refused the password: %2").arg(where_, QString::fromUtf8(r.string)));
            return false;
        }
        if (r.isError())
            return false;
    }
    const RedisReply ping = command({"PING"});
    if (ping.type == RedisReply::Type::Error) {
        fail(ping.string.startsWith("NOAUTH") ? tr("%1 needs a password: give it in the URL, "
                                                   "redis://:PASSWORD@host:port/db")
                                                    .arg(where_)
                                              : tr("%1: %2").arg(where_, QString::fromUtf8(ping.string)));
        return false;
    }
    if (ping.isError())
        return false;
    if (url.db != 0) {
        const RedisReply r = command({"SELECT", QByteArray::number(url.db)});
        if (r.type == RedisReply::Type::Error) {
            fail(tr("%1: database %2: %3").arg(where_).arg(url.db).arg(QString::fromUtf8(r.string)));
            return false;
        }
    }
    return isOpen();
}

RedisReply RedisConnection::command(const QByteArrayList &args)
{
    if (!ctx_ || !error_.isEmpty())
        return {};
    Argv a(args);
    auto *raw = static_cast<redisReply *>(
        redisCommandArgv(ctx_, static_cast<int>(a.argv.size()), a.argv.data(), a.lens.data()));
    if (!raw) {
        //: %1 the broker, %2 the reason (Connection reset, timed out ...)
        fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
        return {};
    }
    RedisReply out = copyReply(raw);
    freeReplyObject(raw);
    return out;
}

bool RedisConnection::send(const QByteArrayList &args)
{
    if (!ctx_ || !error_.isEmpty())
        return false;
    Argv a(args);
    if (redisAppendCommandArgv(ctx_, static_cast<int>(a.argv.size()), a.argv.data(), a.lens.data()) != REDIS_OK) {
        fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
        return false;
    }
    int done = 0;
    while (!done) {
        if (redisBufferWrite(ctx_, &done) != REDIS_OK) {
            fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
            return false;
        }
    }
    return true;
}

RedisReply RedisConnection::read(int timeoutMs)
{
    if (!ctx_ || !error_.isEmpty())
        return {};
    void *raw = nullptr;
    // A reply already buffered first; only then wait on the socket.
    if (redisGetReplyFromReader(ctx_, &raw) != REDIS_OK) {
        fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
        return {};
    }
    if (!raw) {
        redisSetTimeout(ctx_, toTimeval(timeoutMs));
        if (redisBufferRead(ctx_) != REDIS_OK) {
            // A timeout is EAGAIN from the socket: not a broken connection.
            if (ctx_->err == REDIS_ERR_IO && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                ctx_->err = 0;
                ctx_->errstr[0] = '\0';
                return {};
            }
            fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
            return {};
        }
        if (redisGetReplyFromReader(ctx_, &raw) != REDIS_OK) {
            fail(tr("lost %1: %2").arg(where_, QString::fromLocal8Bit(ctx_->errstr)));
            return {};
        }
    }
    RedisReply out = copyReply(static_cast<redisReply *>(raw));
    if (raw)
        freeReplyObject(raw);
    return out;
}

} // namespace conlab
