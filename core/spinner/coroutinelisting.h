// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnerconfig.h"

#include <QString>

namespace conlab {

// Where, in the Python listing the code pane shows for a spinner variant, the
// coroutines the engine runs are defined. asyncio's repr of a task names its
// coroutine's file and line (`coro=<spin() running at spinner_async.py:8>`:
// a coroutine that has not started yet is at its `def`), so the object line
// the room reads points into the listing on screen, whichever variant it is.
struct ListingPlace
{
    QString file; // "spinner_async.py"
    int line = 0; // 1-based, the line of `async def NAME(`

    // "file.py:LINE", as asyncio prints it.
    QString location() const { return file + u':' + QString::number(line); }
    bool operator==(const ListingPlace &) const = default;
};

// The listing of a variant, as the pages show it (resources/listings).
QString spinnerListingFile(SpinnerModel model, SlowKind slow);

// spin() and supervisor() of a coroutine variant's listing. For a model
// other than Coroutine there is no such coroutine: the result is empty.
ListingPlace coroutineSpinPlace(SlowKind slow);
ListingPlace coroutineSupervisorPlace(SlowKind slow);

// The 1-based line of `def NAME(` or `async def NAME(` at the start of a line
// of `source`, or 0: how the table above is held to the listings by a test.
int definitionLine(const QString &source, const QString &name);

} // namespace conlab
