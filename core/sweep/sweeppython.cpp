// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweeppython.h"

#include "core/cpython/listingcommand.h"
#include "core/cpython/pythonlocator.h"

namespace conlab {

QString SweepPython::prepare(SweepData &data)
{
    const SweepConfig &config = data.config;
    if (!config.usesCPython())
        return {};
    const PythonInterpreter py = PythonLocator::find(config.cpython.interpreter);
    if (!py.ok())
        return py.error;
    const QString found = QStringLiteral("%1.%2.%3").arg(py.major).arg(py.minor).arg(py.micro);
    QString &recorded = data.machine.cpython;
    // The medians of one line must come from one CPython: a resumed sweep
    // in another minor version would mix two.
    if (!recorded.isEmpty() && recorded.section(u'.', 0, 1) != found.section(u'.', 0, 1))
        //: %1 the version the sweep ran in, %2 the interpreter found now
        return tr("this sweep's CPython series ran in CPython %1, but the interpreter found now is %2; "
                  "choose a CPython %1 (the settings, or --python), or start a new sweep")
            .arg(recorded, py.describe());
    PrimesConfig probe;
    probe.model = PrimesModel::Processes;
    probe.workers = config.maxWorkers;
    probe.numbers = config.numbers;
    if (const QString why = ListingCommand::forPrimes(probe).error; !why.isEmpty())
        return why;
    if (recorded.isEmpty())
        recorded = found;
    return {};
}

} // namespace conlab
