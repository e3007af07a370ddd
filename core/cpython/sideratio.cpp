// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/sideratio.h"

#include <cmath>

namespace conlab {

std::optional<double> SideRatio::of(std::optional<double> cpython, std::optional<double> emulation)
{
    if (!cpython || !emulation || !std::isfinite(*cpython) || !std::isfinite(*emulation) || *emulation <= 0)
        return std::nullopt;
    return *cpython / *emulation;
}

QString SideRatio::text(std::optional<double> ratio)
{
    if (!ratio)
        return QStringLiteral("–");
    // Two significant places either side of 1: ×0.042 and ×12 both read.
    const int decimals = *ratio >= 10 ? 0 : *ratio >= 0.1 ? 2 : 3;
    return u'×' + QString::number(*ratio, 'f', decimals);
}

QString SideRatio::heading()
{
    //: column heading: CPython's figure divided by the emulation's
    return tr("CPython ÷ emulation");
}

} // namespace conlab
