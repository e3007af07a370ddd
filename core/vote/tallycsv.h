// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QByteArray>
#include <vector>

namespace conlab {

// The room's votes as CSV, one row per answer of each round: question,
// answer, count, outcome (the answer the run showed, else empty), date (ISO
// 8601, when the round closed). Fields are quoted as RFC 4180 says, and a
// field a spreadsheet would run as a formula is prefixed with '.
struct TallyCsv
{
    static QByteArray write(const std::vector<RoundTally> &rounds);
};

} // namespace conlab
