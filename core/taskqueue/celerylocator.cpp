// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/taskqueue/celerylocator.h"

#include "core/cpython/childprocess.h"
#include "kernel/monotonic.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QStringList>

#include <mutex>

namespace conlab {

namespace {

std::mutex cacheMutex;
QHash<QString, CeleryInterpreter> cache;

CeleryInterpreter ask(const QString &path)
{
    CeleryInterpreter c;
    ChildProcess child({path,
                        {QStringLiteral("-c"),
                         QStringLiteral("import sys, celery, redis; print(celery.__version__, sys.executable)")},
                        {},
                        {},
                        {}});
    QByteArray out, err;
    const std::atomic<bool> never{false};
    const ChildExit exit = child.run([&](const QByteArray &b, std::int64_t) { out += b; },
                                     [&](const QByteArray &b, std::int64_t) { err += b; },
                                     monotonicNs() + 30'000'000'000, never);
    const QStringList words = QString::fromUtf8(out).trimmed().split(u' ');
    if (exit.end != ChildExit::End::Exited || exit.code != 0 || words.size() < 2) {
        const QString last = QString::fromUtf8(err).trimmed().split(u'\n').constLast();
        c.error = exit.error.isEmpty() ? last : exit.error;
        return c;
    }
    c.celeryVersion = words[0];
    c.executable = words.mid(1).join(u' ');
    return c;
}

CeleryInterpreter probe(const QString &program)
{
    const QString path = program.contains(u'/') ? QFileInfo(program).absoluteFilePath()
                                                : QStandardPaths::findExecutable(program);
    if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
        CeleryInterpreter c;
        c.error = CeleryLocator::tr("%1 was not found").arg(program);
        return c;
    }
    {
        const std::lock_guard lock(cacheMutex);
        if (const auto it = cache.constFind(path); it != cache.cend())
            return *it;
    }
    const CeleryInterpreter c = ask(path);
    const std::lock_guard lock(cacheMutex);
    cache.insert(path, c);
    return c;
}

} // namespace

QString CeleryInterpreter::describe() const
{
    //: %1 a version such as 5.2.6, %2 the interpreter's path
    return CeleryLocator::tr("Celery %1 on %2").arg(celeryVersion, executable);
}

CeleryInterpreter CeleryLocator::find(const QString &chosen)
{
    QStringList tried;
    QStringList candidates{QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")};
    if (!chosen.isEmpty())
        candidates.prepend(chosen);
    for (const QString &program : candidates) {
        const CeleryInterpreter c = probe(program);
        if (c.ok())
            return c;
        tried << program + u": " + c.error;
    }
    CeleryInterpreter none;
    none.error = tr("No CPython with Celery and its Redis transport was found. Install them (Debian: sudo apt "
                    "install python3-celery python3-redis celery redis-server).\nTried:\n%1")
                     .arg(tried.join(u'\n'));
    return none;
}

QByteArrayList CeleryLocator::lockScripts(const CeleryInterpreter &celery, QString *error)
{
    ChildProcess child({celery.executable,
                        {QStringLiteral("-c"),
                         QStringLiteral("import json; from redis.lock import Lock as L; print(json.dumps("
                                        "[L.LUA_RELEASE_SCRIPT, L.LUA_EXTEND_SCRIPT, L.LUA_REACQUIRE_SCRIPT]))")},
                        {},
                        {},
                        {}});
    QByteArray out, err;
    const std::atomic<bool> never{false};
    const ChildExit exit = child.run([&](const QByteArray &b, std::int64_t) { out += b; },
                                     [&](const QByteArray &b, std::int64_t) { err += b; },
                                     monotonicNs() + 30'000'000'000, never);
    QByteArrayList scripts;
    const QJsonArray texts = QJsonDocument::fromJson(out).array();
    for (const QJsonValue &t : texts)
        scripts << t.toString().toUtf8();
    if (exit.end != ChildExit::End::Exited || exit.code != 0 || scripts.size() != 3 || scripts.contains({})) {
        scripts.clear();
        if (error)
            *error = tr("could not read redis-py's lock scripts from %1: %2")
                         .arg(celery.executable, QString::fromUtf8(err).trimmed().split(u'\n').constLast());
    }
    return scripts;
}

QString CeleryLocator::redisServer(QString *error)
{
    const QString path = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (path.isEmpty() && error)
        *error = tr("redis-server was not found on PATH. Install it (Debian: sudo apt install redis-server), or "
                    "give an existing broker with a URL (redis://:PASSWORD@HOST:PORT/0).");
    return path;
}

} // namespace conlab
