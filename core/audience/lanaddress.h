// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace conlab {

// The address other machines in the room reach this one at: the first
// IPv4 address of an interface that is up, running and not loopback.
// Empty when there is none (no network, or only IPv6).
QString lanIPv4Address();

} // namespace conlab
