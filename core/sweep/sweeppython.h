// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"

#include <QCoreApplication>
#include <QString>

namespace conlab {

// The check a sweep with a CPython series passes before its results file
// is made or reopened: an interpreter is there, and its version is the one
// the file records. A sweep is refused up front, never halfway through.
// Starts the interpreter once (cached after): call it off the GUI thread.
class SweepPython
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SweepPython)
public:
    // Empty when the sweep can run (one without a CPython series always
    // can), and then data.machine.cpython holds the version found if it was
    // empty; else why not, in the locator's words.
    static QString prepare(SweepData &data);
};

} // namespace conlab
