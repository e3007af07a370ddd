// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace conlab::gui {

// The lab window as a program: options (see launchoptions.h), SIGINT and
// SIGTERM turned into a clean quit, and every run stopped before exit, so no
// worker process outlives the app however it is ended.
int run(int &argc, char **argv);

} // namespace conlab::gui
