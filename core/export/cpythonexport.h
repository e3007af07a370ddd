// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"

#include <QByteArray>
#include <QJsonObject>

namespace conlab {

// An export of an emulated run with its CPython side added, clearly marked,
// while a run without one exports exactly as before:
// - CSV: an "engine" column first, "emulation" or "cpython" on every row;
// - JSON: a "cpython" object beside the emulation's report, with the
//   interpreter, the command line, how it ended, CPython's own report in
//   the same shape and the side-by-side comparison;
// - Chrome trace: CPython's events as processes of their own (pid + 1000),
//   named "CPython: ...", so Perfetto shows them under the emulation's.
class CPythonExport
{
public:
    static constexpr int kTracePidOffset = 1000;

    static QByteArray csv(const QByteArray &emulationCsv, const QByteArray &cpythonCsv);
    // `cpythonReport`: CPython's results in the emulation's report format
    // (empty when it measured nothing); `comparison` the side-by-side.
    static QByteArray json(const QByteArray &emulationJson, const CPythonSide &side, const QByteArray &cpythonReport,
                           const QJsonObject &comparison);
    static QByteArray trace(const QByteArray &emulationTrace, const QByteArray &cpythonTrace,
                            const QString &commandLine);
};

} // namespace conlab
