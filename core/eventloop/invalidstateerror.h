// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <stdexcept>

namespace conlab::aio {

// Asking a pending task or future for its result is a programming error, as
// asyncio.InvalidStateError is.
class InvalidStateError : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

} // namespace conlab::aio
