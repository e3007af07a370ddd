// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/listingoutcome.h"

namespace conlab {

QString ListingOutcome::commandLine() const
{
    QStringList words;
    for (const QString &e : environment)
        if (!e.startsWith(u"CONLAB_"))
            words << e;
    words << (interpreter.program.isEmpty() ? QStringLiteral("python3") : interpreter.program) << QStringLiteral("-u")
          << file << arguments;
    return words.join(u' ');
}

} // namespace conlab
