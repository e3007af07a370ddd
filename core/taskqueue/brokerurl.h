// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace conlab {

// Where the broker is: `redis://[[user]:password@]host[:port][/db]`, the
// form Celery's -b takes. Parsing is strict, so a typo is an error that
// names the part that was wrong, not a worker that waits for ever on the
// wrong host.
struct BrokerUrl
{
    Q_DECLARE_TR_FUNCTIONS(conlab::BrokerUrl)
public:
    QString host;
    int port = 6379;
    int db = 0;
    QString user;     // empty: Redis's default user
    QString password; // empty: none
    QString error;    // set when parsing failed; nothing else is then valid

    bool ok() const { return error.isEmpty(); }

    static BrokerUrl parse(const QString &text);
    // The URL to give Celery (`-b`); with the password.
    QString toString() const;
    // For the screen and the logs: the password as "***".
    QString displayString() const;
};

} // namespace conlab
