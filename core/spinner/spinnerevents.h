// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilstats.h"
#include "core/process/workercrash.h"

#include <QMetaType>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace conlab {

// One frame as the spinner drew it, stamped where it was produced (in the
// spinner thread, the child process, or the spin task), relative to the run's
// start.
struct SpinnerFrame
{
    int index = 0;
    std::int64_t tNs = 0;
    char glyph = '|';
};

// What a spinner run showed. maxGapNs counts the stretch from the spinner's
// start to its first frame and from its last frame to its stop, because a
// frozen glyph at either end is a stall the audience sees too; with no frame
// at all it is the whole time the spinner should have spun.
struct SpinnerReport
{
    QString spinnerRepr; // "<Thread(Thread-1 (spin), initial)>"
    int answer = 0;      // 42, once slow() returned
    std::vector<SpinnerFrame> frames;
    double expectedFrames = 0; // 10 a second while the spinner should spin
    std::int64_t maxGapNs = 0;
    double elapsed = 0;     // seconds, the supervisor's whole run
    double slowSeconds = 0; // seconds spent in slow()
    bool cancelled = false;
    QString error;
    std::optional<GilStats> gil; // thread model
    // Executor: workers lost and replaced during the run (the watchdog
    // killed a stopped one, or one died); the run itself may still succeed.
    std::vector<WorkerCrash> crashes;

    bool ok() const { return !cancelled && error.isEmpty(); }
};

} // namespace conlab

Q_DECLARE_METATYPE(conlab::SpinnerFrame)
Q_DECLARE_METATYPE(conlab::SpinnerReport)
