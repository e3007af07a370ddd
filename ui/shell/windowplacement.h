// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QRect>
#include <QSize>

namespace conlab {

// Where the window goes on a screen it may never have seen: a lecture hall's
// projector is often 1024x768 or 1280x720, smaller than the laptop the
// lecturer prepared on.
namespace WindowPlacement {

// The size the lab asks for on its first start: roomy on a desktop screen.
inline constexpr QSize kPreferred{1280, 800};

// The first start's geometry on a screen whose available area is
// `available`: the preferred size, centred, or the whole area (and then
// `*maximise` is true) where the preferred size does not fit.
QRect firstStart(const QRect &available, bool *maximise);

// `geometry` moved, and shrunk where it must be, to lie inside `available`:
// a window saved on a larger screen comes back whole on a smaller one.
QRect keptInside(const QRect &geometry, const QRect &available);

} // namespace WindowPlacement
} // namespace conlab
