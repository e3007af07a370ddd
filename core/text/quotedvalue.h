// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>

namespace conlab {

// A value the user typed, quoted for an error message. Every message that
// echoes a user's value goes through here: a value pasted by mistake (a
// whole file after --numbers, 131 KB after --model) must not flood the
// terminal and hide the one line that says what was wrong.
class QuotedValue
{
    Q_DECLARE_TR_FUNCTIONS(conlab::QuotedValue)
public:
    // Values up to this many characters are quoted whole.
    static constexpr qsizetype kMaxShown = 80;
    // 'value', or for a longer one its start and end around "…" and its
    // length: 'abcd…wxyz' (131072 characters). Control characters (a pasted
    // newline) show as U+FFFD so the message stays on its line.
    static QString of(const QString &value);
};

} // namespace conlab
