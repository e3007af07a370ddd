// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QString>
#include <variant>

namespace conlab {

// The body of POST /vote, read strictly: {"code": "1234", "answer": 1}.
// Anything else is refused with a line that says what was wrong, which the
// phone shows and a test can read; nothing a phone sends is kept but the
// answer's number.
struct VoteRequest
{
    static constexpr int kMaxBodyBytes = 1024;

    QString code;
    int answer = 0; // 1..3

    struct Error
    {
        int status; // 400 or 413
        QString message;
    };
    static std::variant<VoteRequest, Error> parse(const QByteArray &body);
};

} // namespace conlab
