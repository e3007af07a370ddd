// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "primeevents.h"

// The metatypes are registered where they are declared, so queued signals
// across threads can carry them from the first run on.
namespace {
const int kRegistered = [] {
    qRegisterMetaType<conlab::PrimeResult>();
    qRegisterMetaType<conlab::RunSummary>();
    return 0;
}();
} // namespace
