// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab {

// A CPython interpreter the app can run the listings with, as PythonLocator
// found and asked it. A plain value; `error` set means there is none to use,
// and says how to get one.
struct PythonInterpreter
{
    QString program;      // what was asked for: a path, or "python3" found on PATH
    QString executable;   // sys.executable: the real binary, run directly (a pyenv shim costs ~0.4 s a start)
    int major = 0;        // sys.version_info
    int minor = 0;
    int micro = 0;
    bool freeThreaded = false; // sysconfig.get_config_var('Py_GIL_DISABLED')
    QString error;

    bool ok() const { return error.isEmpty() && !executable.isEmpty(); }
    // "3.11.2", with " free-threaded" when it is.
    QString version() const;
    // "CPython 3.11.2 (/usr/bin/python3)", for a page or a report.
    QString describe() const;
};

} // namespace conlab
