// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/workercrash.h"

namespace conlab {

const char *WorkerCrash::causeName(Cause cause)
{
    switch (cause) {
    case Cause::Died: return "died";
    case Cause::Malformed: return "malformed";
    case Cause::Unresponsive: return "unresponsive";
    }
    return "died";
}

std::optional<WorkerCrash::Cause> WorkerCrash::parseCause(const QString &name)
{
    for (Cause c : {Cause::Died, Cause::Malformed, Cause::Unresponsive})
        if (name == QLatin1String(causeName(c)))
            return c;
    return std::nullopt;
}

} // namespace conlab
