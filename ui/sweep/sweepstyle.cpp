// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepstyle.h"

#include "ui/theme/palette.h"

namespace conlab {

QColor sweepSeriesColour(const SweepSeries &series)
{
    namespace oi = theme::okabeIto;
    // The real thing in the one colour the emulated series leave free.
    if (series.isCPython())
        return oi::black;
    switch (series.model) {
    case PrimesModel::Processes: return oi::blue;
    case PrimesModel::Threads: return series.gil.enabled ? oi::vermillion : oi::bluishGreen;
    case PrimesModel::Pool: return series.gil.enabled ? oi::reddishPurple : oi::skyBlue;
    case PrimesModel::CoroutinesExecutor: return oi::orange;
    case PrimesModel::Sequential:
    case PrimesModel::Coroutines: break;
    }
    return oi::black;
}

} // namespace conlab
