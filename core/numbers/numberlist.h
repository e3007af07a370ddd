// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace conlab {

// Where and why a number list was refused. Everything a user needs to find
// the token: its text, its index, its line and column (both 1-based).
struct NumberListError
{
    QString reason;
    QString token;
    qsizetype index = 0;
    qsizetype line = 0;
    qsizetype column = 0;

    // "line 2, column 7: '12a4': letters are not allowed ..." ready to print.
    QString describe() const;
};

struct NumberList
{
    std::vector<std::uint64_t> numbers;
    std::optional<NumberListError> error;
    bool ok() const { return !error.has_value(); }
};

// Parses decimal integers from 0 to 18446744073709551615, separated by commas
// and/or whitespace. Python-style `_` separators are accepted between digits
// (1_000_003). Signs, letters, overflow and empty input are refused with the
// offending token. The input is UTF-8; it is parsed in one pass without
// allocating per token, so a million numbers cost a fraction of a second.
class NumberListParser
{
    Q_DECLARE_TR_FUNCTIONS(conlab::NumberListParser)
public:
    static NumberList parse(std::string_view utf8);
    static NumberList parse(const QString &text);

    // A sweep takes up to 10 million numbers (SweepConfig::kMaxNumbers): at
    // 20 digits and ", " each, 220 MB. Anything beyond 256 MiB is not a list
    // the app could run, only memory it would exhaust.
    static constexpr qint64 kMaxFileBytes = qint64(256) << 20;
    enum class FileKinds {
        RegularOnly, // the window: a FIFO would block a thread nobody can interrupt
        AlsoFifos,   // the command line, where Ctrl+C ends the wait
    };
    // Reads a file with the same rules, up to kMaxFileBytes; an unreadable
    // file, a device or a larger file is an error whose reason names the
    // path (and the limit). A UTF-8 byte-order mark at the start is skipped.
    static NumberList parseFile(const QString &path, FileKinds kinds = FileKinds::RegularOnly);
};

} // namespace conlab
