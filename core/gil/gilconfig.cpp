// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "gilconfig.h"

#include <cstdio>

namespace conlab {

namespace {

// "0.5 ms", "2000 ms": intervals are entered in ms, so they are echoed in ms.
std::string formatMs(std::chrono::microseconds us)
{
    char buf[48];
    const long long v = us.count();
    if (v % 1000 == 0)
        std::snprintf(buf, sizeof buf, "%lld ms", v / 1000);
    else
        std::snprintf(buf, sizeof buf, "%.3g ms", static_cast<double>(v) / 1000.0);
    return buf;
}

} // namespace

std::string switchIntervalError(std::chrono::microseconds interval)
{
    if (interval >= kMinSwitchInterval && interval <= kMaxSwitchInterval)
        return {};
    return "switch interval " + formatMs(interval) + " is out of range: use " + formatMs(kMinSwitchInterval) + " to "
        + formatMs(kMaxSwitchInterval) + " (1 s)";
}

std::string gilConfigError(const GilConfig &config)
{
    return switchIntervalError(config.switchInterval);
}

} // namespace conlab
