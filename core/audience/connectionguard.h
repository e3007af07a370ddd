// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QHash>
#include <QString>
#include <QTcpServer>

namespace conlab {

// The listener's sockets, kept as a public-facing server keeps them.
// QHttpServer 6.4 has no limits of its own: it buffers a body of any size
// and keeps a silent socket forever. This server accepts the connections
// and watches each one before QHttpServer reads it:
// - at most kMaxConnections at once, kMaxPerAddress from one address (loose:
//   a lecture hall behind one NAT address is one address);
// - a request larger than kMaxRequestBytes (headers and body) is refused
//   with 413 and the connection closed, before it is buffered;
// - a connection with no response for kIdleMs (a client that never ends
//   its request, or a phone that stopped asking) is closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 4000;
    static constexpr int kMaxPerAddress = 2500;
    static constexpr qint64 kMaxRequestBytes = 16 * 1024;
    static constexpr int kIdleMs = 15000;

    explicit GuardedTcpServer(QObject *parent = nullptr);
    int openConnections() const { return open_; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void guard(QTcpSocket *socket, const QString &address);
    int open_ = 0;
    QHash<QString, int> perAddress_;
};

} // namespace conlab
