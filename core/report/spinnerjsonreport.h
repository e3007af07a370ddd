// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"

#include <QByteArray>
#include <QString>

namespace conlab {

// A spinner run as JSON, schema "concurrency-lab.spinner/1" (README): the
// choices, the spinner object line, the answer, the frame count against the
// frames expected, the longest gap, and every frame's time. The shape the
// CLI's `spinner --json` prints, so a file from the GUI reads the same.
class SpinnerJsonReport
{
public:
    // `engine`: "emulated" or "cpython", as in JsonReport.
    static QByteArray build(const SpinnerConfig &config, const SpinnerReport &report,
                            const QString &engine = QStringLiteral("emulated"));
};

} // namespace conlab
