// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QCoreApplication>
#include <QString>

namespace conlab {

// The round in a few words, as the strip and the join overlay say it:
// "Voting open · 23 voted", "Voting closed · 23 voted", "No question on
// this page".
struct RoundStatus
{
    Q_DECLARE_TR_FUNCTIONS(conlab::RoundStatus)
public:
    static QString text(const RoundTally &tally, bool hasQuestion);
};

} // namespace conlab
