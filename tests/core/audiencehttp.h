// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// The audience tests' own HTTP/1.1 client: raw bytes over a QTcpSocket, so a
// test can send what no well-behaved client would (wrong methods, garbage,
// half a request, a body larger than it says) and read exactly what came
// back. Blocking, with bounded waits: the listener runs on its own thread,
// so the test thread may wait on it. Responses are read by Content-Length,
// which is all this server ever sends.
#include "core/audience/audiencequestion.h"
#include "core/audience/audienceservice.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QTcpSocket>
#include <memory>
#include <optional>

namespace conlab::testhttp {

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers) {
            if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    QList<QByteArray> all(QByteArrayView name) const
    {
        QList<QByteArray> out;
        for (const auto &[k, v] : headers) {
            if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
                out.append(v);
        }
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The voter token from a Set-Cookie, or empty.
    QByteArray voterCookie() const
    {
        for (const QByteArray &c : all("Set-Cookie")) {
            if (c.startsWith("conlab_voter="))
                return c.mid(13, c.indexOf(';') - 13);
        }
        return {};
    }
};

// One response from the front of `buffer`: the bytes it took, or 0 while it
// is incomplete. -1 when what came is not an HTTP response.
inline qsizetype parseResponse(const QByteArray &buffer, Response *out)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > 64 * 1024 ? -1 : 0;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine[0].startsWith("HTTP/1."))
        return -1;
    Response r;
    r.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    bool ok = false;
    const qsizetype length = r.header("Content-Length").toLongLong(&ok);
    if (!ok)
        return -1;
    if (buffer.size() < end + 4 + length)
        return 0;
    r.body = buffer.mid(end + 4, length);
    *out = r;
    return end + 4 + length;
}

inline QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                          const QByteArray &extraHeaders = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isNull())
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

inline QByteArray vote(const QByteArray &code, int answer, const QByteArray &token = {})
{
    const QByteArray body = "{\"code\": \"" + code + "\", \"answer\": " + QByteArray::number(answer) + '}';
    QByteArray headers = "Content-Type: application/json\r\n";
    if (!token.isEmpty())
        headers += "Cookie: conlab_voter=" + token + "\r\n";
    return request("POST", "/vote", body, headers);
}

inline QByteArray withCookie(const QByteArray &method, const QByteArray &path, const QByteArray &token)
{
    return request(method, path, {}, "Cookie: conlab_voter=" + token + "\r\n");
}

class Client
{
public:
    // `from` binds the client's end first: 127.0.0.2 is another address
    // to the server's limits, though it is the same machine.
    bool open(quint16 port, const QHostAddress &from = {}, int waitMs = 5000)
    {
        socket_ = std::make_unique<QTcpSocket>();
        if (!from.isNull() && !socket_->bind(from))
            return false;
        socket_->connectToHost(QHostAddress::LocalHost, port);
        return socket_->waitForConnected(waitMs);
    }
    QTcpSocket *socket() { return socket_.get(); }
    void send(const QByteArray &bytes)
    {
        socket_->write(bytes);
        socket_->waitForBytesWritten(5000);
    }
    // The next response, or nullopt if the connection closed (or nothing
    // came within `waitMs`: see closed()).
    std::optional<Response> read(int waitMs = 5000)
    {
        QDeadlineTimer deadline(waitMs);
        for (;;) {
            Response r;
            const qsizetype used = parseResponse(buffer_, &r);
            if (used > 0) {
                buffer_.remove(0, used);
                return r;
            }
            if (used < 0) {
                garbage_ = true;
                return std::nullopt;
            }
            if (socket_->state() != QAbstractSocket::ConnectedState && socket_->bytesAvailable() == 0)
                return std::nullopt;
            if (deadline.hasExpired())
                return std::nullopt;
            if (socket_->bytesAvailable() == 0)
                socket_->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
            buffer_ += socket_->readAll();
        }
    }
    std::optional<Response> exchange(const QByteArray &bytes, int waitMs = 5000)
    {
        send(bytes);
        return read(waitMs);
    }
    // True once the server closed the connection, waiting at most `waitMs`.
    bool closedWithin(int waitMs)
    {
        QDeadlineTimer deadline(waitMs);
        while (socket_->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket_->waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
            buffer_ += socket_->readAll();
        }
        return socket_->state() != QAbstractSocket::ConnectedState;
    }
    bool garbage() const { return garbage_; }

private:
    std::unique_ptr<QTcpSocket> socket_;
    QByteArray buffer_;
    bool garbage_ = false;
};

// One request on a connection of its own.
inline std::optional<Response> once(quint16 port, const QByteArray &bytes, const QHostAddress &from = {})
{
    Client c;
    if (!c.open(port, from))
        return std::nullopt;
    return c.exchange(bytes);
}

// The process's resident memory in kB, from /proc/self/status.
inline qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A listener on 127.0.0.1, a free port, code 1234, with the spinner's
// question open: what each server test starts from.
inline std::unique_ptr<AudienceService> startService(QString *error)
{
    // Loopback needs no proxy: without this, Qt asks libproxy on a thread of
    // its own for every socket, which only slows the tests (and TSan flags
    // that library's own hand-overs).
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    auto service = std::make_unique<AudienceService>();
    AudienceOptions options;
    options.bind = QHostAddress(QHostAddress::LocalHost);
    options.code = QStringLiteral("1234");
    if (!service->start(options, error))
        return nullptr;
    const QuestionTexts shown{QStringLiteral("What will the spinner do?"),
                              {QStringLiteral("Keeps spinning"), QStringLiteral("Stutters"), QStringLiteral("Never appears")},
                              {QStringLiteral("Kept spinning"), QStringLiteral("Stuttered"), QStringLiteral("Never appeared")}};
    service->openRound(AudienceQuestion::spinner(), shown);
    return service;
}

} // namespace conlab::testhttp
