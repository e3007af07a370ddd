// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audienceoptions.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace conlab::gui {

// What the window was asked to do on its command line.
struct LaunchOptions
{
    int experiment = 0; // 1-based as the list shows it; 0: the last one used
    bool run = false;
    bool presentation = false; // full screen, as F11 does
    // --audience-port, --audience-bind, --audience-code: start with Audience
    // on, for tests and for a lecturer who wants a fixed code.
    std::optional<AudienceOptions> audience;
};

// The top-level command line in one place: the help the no-display path
// prints and the options the window parses come from the same parser.
namespace launch {

// True when `args` (program first) ask for --help or --version: answered
// without a display, before any window exists.
bool asksForInfo(const QStringList &args);
// Prints the help or the version on stdout; needs a QCoreApplication.
// Returns the exit code (0).
int printInfo(const QStringList &args);
// The window's options, checked; prints an error on stderr and returns
// nothing when the command line is wrong (exit code 2).
std::optional<LaunchOptions> parse(const QStringList &args, int experiments);

} // namespace launch

} // namespace conlab::gui
