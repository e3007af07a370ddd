// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/roundtally.h"

#include <QCoreApplication>
#include <cmath>

namespace conlab {

int RoundTally::percent(int answer) const
{
    const int all = voters();
    if (all == 0 || answer < 1 || answer > 3)
        return 0;
    return int(std::lround(100.0 * counts[answer - 1] / all));
}

QString RoundTally::revealLine() const
{
    if (!revealed || !outcome || voters() == 0 || answers.size() != 3 || outcomes.size() != 3)
        return {};
    // The answer most of the room chose; a tie goes to the one the run
    // showed, then to the lower number, so the line is never a coin toss.
    int top = 1;
    for (int a = 2; a <= 3; ++a) {
        const bool more = counts[a - 1] > counts[top - 1];
        const bool tieToOutcome = counts[a - 1] == counts[top - 1] && a == *outcome;
        if (more || tieToOutcome)
            top = a;
    }
    const QString showed = outcomes[*outcome - 1];
    //: The reveal of the room's vote. %1 a per cent, %2 the answer most chose
    //: (e.g. "Keeps spinning"), %3 what the run showed (e.g. "never appeared")
    return QCoreApplication::translate("conlab::RoundTally", "%1% said %2; it %3.")
        .arg(percent(top))
        .arg(answers[top - 1], showed.left(1).toLower() + showed.mid(1));
}

} // namespace conlab
