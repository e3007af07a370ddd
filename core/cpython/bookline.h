// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QString>
#include <cstdint>
#include <optional>

namespace conlab {

// One line the book's primes scripts print, read back: the header
// ("Checking 20 numbers with 2 processes:"), a result
// (f'{n:16}  {label} {elapsed:9.6f}s'), or a footer ("Total time: 13.60s",
// "20 checks in 8.18s").
struct BookLine
{
    enum class Kind { Header, Result, Footer, Other };
    Kind kind = Kind::Other;
    std::uint64_t n = 0;
    bool prime = false;
    double seconds = 0; // the result's elapsed, or the footer's total
    std::optional<qsizetype> checks; // "N checks in": N

    static BookLine parse(const QString &line);
};

} // namespace conlab
