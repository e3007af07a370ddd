// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

namespace conlab {

// The loop view's time axis: ticks at 1, 2 or 5 times a power of ten, far
// enough apart that every label fits whole (never elided), in ms for a run
// shorter than 2 s and in s for a longer one.
struct LoopAxisTick
{
    std::int64_t tNs = 0;
    QString label;
};

// `spanNs` is the axis' length, `widthPx` its width on screen, `textWidth`
// measures a label in the widget's font.
std::vector<LoopAxisTick> loopAxisTicks(std::int64_t spanNs, int widthPx,
                                        const std::function<int(const QString &)> &textWidth);

} // namespace conlab
