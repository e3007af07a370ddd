// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/pythonlocator.h"

#include "core/cpython/childprocess.h"
#include "kernel/monotonic.h"

#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>
#include <mutex>

namespace conlab {

namespace {

// Prints "major minor micro gil_disabled executable" on one line.
constexpr char16_t kAsk[] =
    u"import sys, sysconfig; v = sys.version_info; "
    u"print(v.major, v.minor, v.micro, int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))), sys.executable)";

std::mutex cacheMutex;
QHash<QString, PythonInterpreter> cache;

QString resolve(const QString &program)
{
    if (program.contains(u'/'))
        return QFileInfo(program).absoluteFilePath();
    return QStandardPaths::findExecutable(program);
}

PythonInterpreter ask(const QString &program, const QString &path)
{
    PythonInterpreter py;
    py.program = program;
    if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
        //: %1 a program name or path
        py.error = PythonLocator::tr("%1 was not found or is not executable").arg(program);
        return py;
    }
    // No guard: one short-lived interpreter that starts nothing, and the
    // locator must not depend on the worker being found.
    ChildProcess child({path, {QStringLiteral("-c"), QString::fromUtf16(kAsk)}, {}, {}, {}});
    QByteArray out, err;
    const std::atomic<bool> never{false};
    const ChildExit exit = child.run([&](const QByteArray &b, std::int64_t) { out += b; },
                                     [&](const QByteArray &b, std::int64_t) { err += b; },
                                     monotonicNs() + 20'000'000'000, never);
    const QStringList words = QString::fromUtf8(out).trimmed().split(u' ');
    if (exit.end != ChildExit::End::Exited || exit.code != 0 || words.size() < 5) {
        const QString why = !exit.error.isEmpty() ? exit.error : QString::fromUtf8(err.right(300)).trimmed();
        //: %1 a program path, %2 what went wrong
        py.error = PythonLocator::tr("%1 did not answer as a CPython 3 interpreter: %2").arg(path, why);
        return py;
    }
    py.major = words[0].toInt();
    py.minor = words[1].toInt();
    py.micro = words[2].toInt();
    py.freeThreaded = words[3] == u"1";
    py.executable = words.mid(4).join(u' ');
    if (py.executable.isEmpty())
        py.executable = path;
    if (py.major != 3 || py.minor < 8) {
        //: %1 a program path, %2 a version such as 2.7.18
        py.error = PythonLocator::tr("%1 is Python %2; the listings need CPython 3.8 or later").arg(path, py.version());
    }
    return py;
}

} // namespace

PythonInterpreter PythonLocator::probe(const QString &program)
{
    // Cached by the file it resolves to: PATH may change between lookups.
    const QString path = resolve(program);
    {
        std::lock_guard lock(cacheMutex);
        const auto it = cache.constFind(path);
        if (!path.isEmpty() && it != cache.cend()) {
            PythonInterpreter py = *it;
            py.program = program;
            return py;
        }
    }
    const PythonInterpreter py = ask(program, path);
    if (!path.isEmpty()) {
        std::lock_guard lock(cacheMutex);
        cache.insert(path, py);
    }
    return py;
}

PythonInterpreter PythonLocator::find(const QString &chosen)
{
    if (!chosen.isEmpty()) {
        PythonInterpreter py = probe(chosen);
        if (!py.ok())
            //: %1 why the chosen interpreter (the window's setting, or --python) cannot be used
            py.error = tr("The chosen CPython interpreter cannot be used: %1").arg(py.error);
        return py;
    }
    PythonInterpreter py = probe(QStringLiteral("python3"));
    if (!py.ok() && QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        py.error = tr("No python3 on PATH, so nothing can run in CPython. "
                      "Install it (Debian: sudo apt install python3), or choose an interpreter (Run > CPython "
                      "Interpreter, or --python).");
    return py;
}

PythonInterpreter PythonLocator::findFreeThreaded(const QString &chosen)
{
    if (!chosen.isEmpty()) {
        const PythonInterpreter py = probe(chosen);
        if (py.ok() && py.freeThreaded)
            return py;
    }
    for (const char16_t *name : {u"python3.14t", u"python3.13t"}) {
        const QString program = QString::fromUtf16(name);
        if (QStandardPaths::findExecutable(program).isEmpty())
            continue;
        const PythonInterpreter py = probe(program);
        if (py.ok() && py.freeThreaded)
            return py;
    }
    PythonInterpreter none;
    none.program = QStringLiteral("python3.13t");
    none.error = tr("GIL off needs a free-threaded CPython (python3.13t or python3.14t, PEP 703), and none was "
                    "found on PATH or in the settings. The GIL-on run works with any python3.");
    return none;
}

} // namespace conlab
