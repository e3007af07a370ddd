// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <chrono>
#include <string>

namespace conlab {

// sys.setswitchinterval() in CPython accepts any positive float; the app keeps
// the range a lecture can use. Below 1 ms the condition-variable hand-off
// dominates what is being shown, and above 1 s a spinner visibly freezes.
inline constexpr std::chrono::microseconds kMinSwitchInterval{1'000};
inline constexpr std::chrono::microseconds kMaxSwitchInterval{1'000'000};
inline constexpr std::chrono::microseconds kDefaultSwitchInterval{5'000}; // CPython's default

// Passed into a run by value, read from the settings on the GUI thread.
struct GilConfig
{
    // false behaves like free-threaded CPython (3.13t, PEP 703): no GIL at all.
    bool enabled = true;
    std::chrono::microseconds switchInterval{kDefaultSwitchInterval};

    bool operator==(const GilConfig &) const = default;
};

// Empty when the interval is usable, else a one-line English message that names
// the accepted range. core/gil stays free of Qt, so the CLI or GUI wraps the
// text in its own error report.
std::string switchIntervalError(std::chrono::microseconds interval);

// The same check for a whole configuration. A disabled GIL still validates its
// interval: the value is kept in the settings and used when the GIL is back on.
std::string gilConfigError(const GilConfig &config);

} // namespace conlab
