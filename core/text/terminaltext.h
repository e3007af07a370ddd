// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>

namespace conlab {

// Text the app did not write itself (a worker's stderr or error frame) on
// its way to a terminal. An escape sequence in it could clear the screen,
// recolour everything after it, retitle the window or hide the message
// (a carriage return rewrites the line); a bidi override reorders what is
// shown. Such characters become visible escapes (\x1b, \u{202e}), so the
// message shows what was sent and does nothing else. Newlines and tabs
// stay: a worker's stderr may well have several lines.
class TerminalText
{
public:
    static QString safe(const QString &text);
};

} // namespace conlab
