// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/pythoninterpreter.h"

#include <QObject>

namespace conlab {

// Asks PythonLocator, on the thread pool, which CPython a choice gives: the
// interpreter for the listings and a free-threaded one for GIL off. The
// locator starts each interpreter (tens of ms, seconds for a hung one):
// never on the GUI thread. Only the newest request answers.
class PythonProbe : public QObject
{
    Q_OBJECT
public:
    explicit PythonProbe(QObject *parent = nullptr) : QObject(parent) { }

    // `chosen` empty: python3 on PATH.
    void probe(const QString &chosen);
    bool isBusy() const { return busy_; }

signals:
    void answered(const conlab::PythonInterpreter &interpreter, const conlab::PythonInterpreter &freeThreaded);

private:
    quint64 generation_ = 0;
    bool busy_ = false;
};

} // namespace conlab
