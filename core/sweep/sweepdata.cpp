// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/sweep/sweepdata.h"

#include <QSysInfo>
#include <QThread>

namespace conlab {

SweepMachine SweepMachine::current()
{
    SweepMachine m;
    m.host = QSysInfo::machineHostName();
    m.cores = QThread::idealThreadCount();
    m.created = QDateTime::currentDateTimeUtc();
    // Built into the library, so the CLI, the GUI and the tests all write the
    // same version; the application's own is the fallback.
#ifdef CONLAB_VERSION
    m.appVersion = QStringLiteral(CONLAB_VERSION);
#else
    m.appVersion = QCoreApplication::applicationVersion();
#endif
    return m;
}

} // namespace conlab
