// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/eventloop/loopevent.h"
#include "core/export/tracemetadata.h"
#include "core/gil/gilevents.h"
#include "core/spinner/spinnerevents.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace conlab {

// A spinner run as a Chrome trace: the frames as instant events on the
// spinner's track, the gap before each frame as a counter (a stall is a
// spike), the supervisor's whole run as one X event, GIL holds on a track per
// thread, and each loop task's steps on a track per task. The supervisor is
// the main thread, so its tid is the pid. The metadata block's model is the
// description; the caller fills the rest (pace included).
class SpinnerTrace
{
public:
    static constexpr int kRunPid = 1;
    static constexpr int kSupervisorTid = kRunPid;
    static constexpr int kSpinnerTid = 2;
    static constexpr int kGilTidBase = 1000;

    static QByteArray build(const QString &description, const SpinnerReport &report, const std::vector<GilHold> &holds,
                            const std::vector<aio::LoopEvent> &loopEvents, TraceMetadata metadata = {});
};

} // namespace conlab
