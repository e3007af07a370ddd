// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace conlab {

// Where a trace came from: which app, asked how, for which run, on which
// machine, when. A plain value: core fills the machine and the date
// (forThisMachine), the app the version and the command (the command line, or
// the GUI action that exported the trace), and the trace builder the run's
// model, pace and workers from its config.
struct TraceMetadata
{
    QString appVersion;
    QString command;
    QString model;
    QString pace;
    std::optional<int> workers; // none for the spinner, which has no pool
    QString host;
    QString cpuModel;
    int cpuCount = 0;
    QString os;     // QSysInfo::prettyProductName()
    QString kernel; // type and version, e.g. "linux 6.1.0-18-amd64"
    QString arch;   // QSysInfo::currentCpuArchitecture()
    QDateTime date; // UTC

    // This machine, now; version and command left to the caller.
    static TraceMetadata forThisMachine();

    // A JSON object of flat string and number members (written in ISO 8601
    // UTC for the date), the shape Perfetto lists member by member.
    QByteArray toJson() const;
    // One line for a process label: "primes threads, pace book, 4 workers".
    QString summary() const;
};

} // namespace conlab
