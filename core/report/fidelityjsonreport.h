// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/fidelity/fidelityrow.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace conlab {

// `concurrency-lab fidelity --json`: schema concurrency-lab.fidelity/1.
// Every row has its key, its band, both sides' medians, every run's
// figures, the ratio where there is one, and the verdict with its reason.
class FidelityJsonReport
{
public:
    static QByteArray build(const std::vector<FidelityRow> &rows, int rounds, const QString &interpreter,
                            bool cancelled);
};

} // namespace conlab
