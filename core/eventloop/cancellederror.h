// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace conlab::aio {

// Deliberately not derived from std::exception: since Python 3.8 asyncio's
// CancelledError is a BaseException, so a broad `except Exception` (here:
// `catch (const std::exception &)`) cannot swallow a cancellation by accident.
class CancelledError
{
public:
    const char *what() const noexcept { return "CancelledError"; }
};

} // namespace conlab::aio
