// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/roundstatus.h"

namespace conlab {

QString RoundStatus::text(const RoundTally &tally, bool hasQuestion)
{
    if (!hasQuestion || tally.round == 0)
        return tr("No question on this page: phones wait");
    //: %n how many have voted in this round
    const QString voted = tr("%n voted", nullptr, tally.voters());
    if (tally.open)
        //: %1 e.g. "23 voted"
        return tr("Voting open · %1").arg(voted);
    if (tally.revealed)
        //: %1 e.g. "23 voted"
        return tr("Revealed · %1").arg(voted);
    //: %1 e.g. "23 voted"
    return tr("Voting closed · %1").arg(voted);
}

} // namespace conlab
