// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/pythoninterpreter.h"

namespace conlab {

QString PythonInterpreter::version() const
{
    QString v = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(micro);
    if (freeThreaded)
        v += QStringLiteral(" free-threaded");
    return v;
}

QString PythonInterpreter::describe() const
{
    return QStringLiteral("CPython %1 (%2)").arg(version(), executable);
}

} // namespace conlab
