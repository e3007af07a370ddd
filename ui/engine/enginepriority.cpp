// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/engine/enginepriority.h"

#include <QtGlobal>
#include <algorithm>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace conlab {

void lowerEnginePriority()
{
#ifdef __linux__
    // CONLAB_ENGINE_NICE overrides the default (0 keeps the GUI's priority),
    // for measuring what the setting buys on a given machine.
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("CONLAB_ENGINE_NICE", &ok);
    const int kEngineNice = ok ? std::clamp(env, 0, 19) : 10;
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current < kEngineNice)
        (void)::setpriority(PRIO_PROCESS, tid, kEngineNice); // best effort: a failure changes nothing else
#endif
}

} // namespace conlab
