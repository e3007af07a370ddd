// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilconfig.h"
#include "core/pace/pace.h"

#include <QString>

namespace conlab {

// The toolbar's choices, read on the GUI thread and handed to a page by value
// when they change; a page copies them into the engine config at Run.
struct RunSettings
{
    Pace pace = Pace::cpython();
    GilConfig gil;
    int workers = 2;
    // The CPython interpreter of Run > CPython Interpreter (a path); empty:
    // python3 on PATH. "Run in CPython too" runs the listing with it.
    QString interpreter;

    bool operator==(const RunSettings &) const = default;
};

} // namespace conlab
