// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab {

// Where concurrency-lab-worker lives, never looked up through PATH:
// $CONLAB_WORKER if set (tests), else next to the running executable (the
// build puts every binary in one bin/ folder), else in the installed libexec
// folder relative to it (bin/../libexec/concurrency-lab).
class WorkerLocator
{
public:
    static QString workerPath();
    // The same search from a given executable folder; a path is returned even
    // when no candidate exists, so the error can name where it looked.
    static QString workerPathFrom(const QString &executableDir);
};

} // namespace conlab
