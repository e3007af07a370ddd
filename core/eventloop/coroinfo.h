// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <string>

namespace conlab::aio {

// C++ coroutines carry no name or source position we could print, so the
// caller says which Python coroutine the task stands for. It only feeds
// repr(), which must read like asyncio's: `coro=<spin() running at
// spinner_async.py:13>`.
struct CoroInfo
{
    std::string name = "coro"; // without the parentheses
    std::string location;      // "file.py:LINE"; may be empty
};

} // namespace conlab::aio
