// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/brokerurl.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

struct redisContext;

namespace conlab {

// One reply of RESP2, copied out of hiredis so that no hiredis type leaks.
struct RedisReply
{
    enum class Type { None, String, Array, Integer, Nil, Status, Error };
    Type type = Type::None;
    QByteArray string; // String, Status, Error
    long long integer = 0;
    std::vector<RedisReply> elements;

    bool isError() const { return type == Type::Error || type == Type::None; }
};

// A blocking connection to Redis through hiredis, authenticated and on the
// URL's database. Every read and write has a timeout, so a broker that dies
// or stops answering is an error within that time, never a hang. Not thread
// safe: one thread uses one connection (a SUBSCRIBE needs a connection of
// its own anyway).
class RedisConnection
{
    Q_DECLARE_TR_FUNCTIONS(conlab::RedisConnection)
public:
    RedisConnection();
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    // Connects, then AUTH (when the URL has a password) and SELECT. False
    // with error() saying what went wrong: unreachable, refused, wrong
    // password.
    bool open(const BrokerUrl &url, int timeoutMs);
    bool isOpen() const { return ctx_ != nullptr && error_.isEmpty(); }
    QString error() const { return error_; }

    // One command; a None reply (and error() set) when the connection broke
    // or timed out. After that the connection stays broken.
    RedisReply command(const QByteArrayList &args);
    // Sends a command without waiting (SUBSCRIBE), then read replies one by
    // one. read() waits at most `timeoutMs`; a None reply with no error is a
    // timeout, and the connection is still good.
    bool send(const QByteArrayList &args);
    RedisReply read(int timeoutMs);

private:
    void fail(const QString &what);

    redisContext *ctx_ = nullptr;
    QString error_;
    QString where_;
};

} // namespace conlab
