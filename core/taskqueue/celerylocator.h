// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>

namespace conlab {

// The CPython that has Celery and its Redis transport. Debian installs them
// for /usr/bin/python3 only; a python3 found first on PATH (pyenv's, here)
// may have neither, so each candidate is asked to import them.
struct CeleryInterpreter
{
    QString executable;
    QString celeryVersion; // "5.2.6"
    QString error;         // set: none found; it says how to get one

    bool ok() const { return error.isEmpty(); }
    // "Celery 5.2.6 on /usr/bin/python3"
    QString describe() const;
};

class CeleryLocator
{
    Q_DECLARE_TR_FUNCTIONS(conlab::CeleryLocator)
public:
    // `chosen` if given (and it has Celery), else python3 on PATH, else
    // /usr/bin/python3. Starts each candidate once (a second or so with
    // Celery's imports); cached for the life of the process.
    static CeleryInterpreter find(const QString &chosen = {});
    // The Lua scripts of redis-py's Lock, as this interpreter's redis-py has
    // them. A Celery worker's Redis transport takes such a lock to restore
    // unacknowledged tasks and releases it with EVALSHA; when the script is
    // not on the server it would SCRIPT LOAD it, which the room's workers
    // may not. The app loads them first, as the broker's admin.
    static QByteArrayList lockScripts(const CeleryInterpreter &celery, QString *error);
    // redis-server on PATH, or an error saying how to get it.
    static QString redisServer(QString *error);
};

} // namespace conlab
