// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonoptions.h"
#include "core/cpython/listingcommand.h"
#include "core/cpython/listingoutcome.h"
#include "core/cpython/timelinerecord.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace conlab {

// Runs one listing with `python3 -u` from a fresh stage, in its own process
// group: finds the interpreter (a free-threaded one for GIL off), stages the
// listings, starts it, hands its stdout on as it arrives and its stderr
// timeline records as they are read, and ends it at the grace limit or on
// cancel(). CPythonPrimesRun and CPythonSpinnerRun read the output.
class ListingRunner
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ListingRunner)
public:
    using StdoutFn = std::function<void(const QByteArray &bytes, std::int64_t tNs)>; // tNs from the spawn
    using TimelineFn = std::function<void(const TimelineRecord &)>;                   // times from the spawn

    ListingRunner(ListingCommand command, CPythonOptions options, int defaultGraceMs);
    ListingOutcome run(const StdoutFn &onStdout, const TimelineFn &onTimeline = {});
    void cancel() { cancel_.store(true); }
    bool cancelled() const { return cancel_.load(); }

private:
    ListingCommand command_;
    CPythonOptions options_;
    int defaultGraceMs_;
    std::atomic<bool> cancel_{false};
};

} // namespace conlab
