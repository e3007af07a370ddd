// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepconfig.h"

#include <QColor>

namespace conlab {

// Each kind of series keeps one Okabe-Ito colour on every chart and every
// sweep, so "processes" is blue on the screen, on a slide and in a
// comparison; yellow is left out, it vanishes on white.
QColor sweepSeriesColour(const SweepSeries &series);

} // namespace conlab
