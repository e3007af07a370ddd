// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/brokerurl.h"

#include <QUrl>

namespace conlab {

BrokerUrl BrokerUrl::parse(const QString &text)
{
    BrokerUrl b;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(u"redis://")) {
        //: %1 the URL as given
        b.error = tr("broker URL \"%1\": it must start with redis:// (redis://[:password@]host:port/db)")
                      .arg(trimmed);
        return b;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        b.error = tr("broker URL \"%1\": no host (redis://[:password@]host:port/db)").arg(trimmed);
        return b;
    }
    if (url.hasQuery() || url.hasFragment()) {
        b.error = tr("broker URL \"%1\": options after ? or # are not supported").arg(trimmed);
        return b;
    }
    b.host = url.host();
    b.port = url.port(6379);
    if (b.port <= 0) {
        b.error = tr("broker URL \"%1\": the port must be 1 to 65535").arg(trimmed);
        return b;
    }
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/") {
        bool ok = false;
        b.db = path.mid(1).toInt(&ok);
        if (!ok || b.db < 0 || b.db > 15) {
            b.error = tr("broker URL \"%1\": the database after the / must be a number from 0 to 15").arg(trimmed);
            return b;
        }
    }
    b.user = url.userName(QUrl::FullyDecoded);
    b.password = url.password(QUrl::FullyDecoded);
    return b;
}

QString BrokerUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("redis"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + QString::number(db));
    // kombu reads ":password@" as the default user's password.
    if (!password.isEmpty()) {
        url.setUserName(user.isEmpty() ? QStringLiteral("") : user);
        url.setPassword(password);
    }
    QString s = url.toString(QUrl::FullyEncoded);
    if (!password.isEmpty() && user.isEmpty() && !s.contains(QStringLiteral("://:")))
        s.replace(QStringLiteral("redis://"), QStringLiteral("redis://:"));
    return s;
}

QString BrokerUrl::displayString() const
{
    BrokerUrl masked = *this;
    if (!masked.password.isEmpty())
        masked.password = QStringLiteral("***");
    return masked.toString().replace(QStringLiteral("%2A%2A%2A"), QStringLiteral("***"));
}

} // namespace conlab
