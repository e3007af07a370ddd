// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QFont>

namespace conlab {

// Bold type `factor` times the size of `base`: the address, the code and the
// reveal's line, which the back row must read. Made from the widget's own
// font each time it changes, so zoom and presentation mode scale it too.
inline QFont largeType(const QFont &base, double factor)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(true);
    return f;
}

} // namespace conlab
