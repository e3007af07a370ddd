// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/windowplacement.h"

#include <algorithm>

namespace conlab::WindowPlacement {

QRect firstStart(const QRect &available, bool *maximise)
{
    const bool fits = available.width() >= kPreferred.width() && available.height() >= kPreferred.height();
    if (maximise)
        *maximise = !fits;
    if (!fits)
        return available;
    QRect r({}, kPreferred);
    r.moveCenter(available.center());
    return r;
}

QRect keptInside(const QRect &geometry, const QRect &available)
{
    QRect r = geometry;
    r.setWidth(std::min(r.width(), available.width()));
    r.setHeight(std::min(r.height(), available.height()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

} // namespace conlab::WindowPlacement
