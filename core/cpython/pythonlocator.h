// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/pythoninterpreter.h"

#include <QCoreApplication>
#include <QString>

namespace conlab {

// Finds the CPython that runs the listings. Each lookup starts the
// interpreter once to ask its version (tens of ms): call it off the GUI
// thread. Results are cached per program for the life of the process.
class PythonLocator
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PythonLocator)
public:
    // The QSettings key the window keeps a chosen interpreter under (a path;
    // empty or absent: python3 on PATH). Read it on the GUI thread and pass
    // the value in; core does not read settings itself.
    static constexpr const char *kSettingsKey = "cpython/interpreter";

    // `chosen` if given, else python3 on PATH. Without one the error says
    // how to get it (Debian: sudo apt install python3).
    static PythonInterpreter find(const QString &chosen = {});
    // For "GIL off": `chosen` if it is free-threaded, else python3.14t or
    // python3.13t on PATH. Without one the error says GIL off needs one.
    static PythonInterpreter findFreeThreaded(const QString &chosen = {});
    // Starts `program` (a path, or a name looked up on PATH) and asks it.
    static PythonInterpreter probe(const QString &program);
};

} // namespace conlab
