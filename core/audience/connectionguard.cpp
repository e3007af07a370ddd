// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/connectionguard.h"

#include <QTcpSocket>
#include <QTimer>

namespace conlab {

namespace {
// Written by hand: QHttpServer never sees these connections.
void refuse(QTcpSocket *socket, const QByteArray &status, const QByteArray &message)
{
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

GuardedTcpServer::GuardedTcpServer(QObject *parent) : QTcpServer(parent)
{
    // A hall scans the QR code within seconds: the kernel's queue of new
    // connections must hold them, or phones wait a second for a SYN retry.
    setListenBacklogSize(kMaxConnections);
    setMaxPendingConnections(kMaxConnections);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (open_ >= kMaxConnections || perAddress_.value(address) >= kMaxPerAddress) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, &QTcpSocket::abort); // no waiting on a slow reader
        refuse(socket, "503 Service Unavailable", "too many connections; try again");
        return;
    }
    guard(socket, address);
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket *socket, const QString &address)
{
    ++open_;
    ++perAddress_[address];
    // QHttpServer writes a response's head and body apart: without this,
    // Nagle holds the body until the phone's delayed ACK, 40 ms a response.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QObject::destroyed, this, [this, address] {
        --open_;
        if (--perAddress_[address] <= 0)
            perAddress_.remove(address);
    });
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(kIdleMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start();
    // Bytes read since the last response: one request's headers and body.
    // This slot runs before QHttpServer's (it was connected first), so an
    // over-large request is refused before QHttpServer buffers any more of it.
    auto received = std::make_shared<qint64>(0);
    connect(socket, &QTcpSocket::readyRead, socket, [socket, received] {
        if (!socket->isOpen())
            return;
        *received += socket->bytesAvailable();
        if (*received > kMaxRequestBytes) {
            socket->readAll(); // QHttpServer's slot, next, finds nothing
            socket->disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            refuse(socket, "413 Content Too Large", "the request is larger than 16 KB");
        }
    });
    connect(socket, &QTcpSocket::bytesWritten, socket, [idle, received] {
        *received = 0;
        idle->start();
    });
}

} // namespace conlab
