// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab {

// How to run a listing in CPython, read on the GUI (or CLI) thread and
// passed in by value.
struct CPythonOptions
{
    // The interpreter chosen in the settings (PythonLocator::kSettingsKey);
    // empty: python3 on PATH. GIL off looks for a free-threaded one instead.
    QString interpreter;
    // How long the listing may run before it counts as "did not finish" and
    // its process group is killed. 0: a generous limit from the experiment
    // (several times what CPython takes here). A lecturer's racy run that
    // hangs ends after this.
    int graceMs = 0;
};

} // namespace conlab
