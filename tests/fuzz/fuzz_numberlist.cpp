// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// libFuzzer target: the number-list parser (core/numbers/numberlist.*), which
// reads whatever a lecturer pastes or a file holds.
//
// Invariants checked on every input, besides "no crash, no sanitizer report":
// - an accepted list agrees, token by token, with a plain reference reading
//   (split on the separators, drop '_', std::from_chars);
// - an accepted list round-trips: printed back in decimal, it parses to the
//   same numbers;
// - a refusal has a reason, no numbers, and a position that exists in the
//   input; its token is where the reference reading finds the first bad one;
// - for ASCII input, the QString overload gives the same answer;
// - a leading UTF-8 byte-order mark is skipped, as in a file.
#include "core/numbers/numberlist.h"
#include "fuzzcheck.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace conlab;
using conlab::fuzz::check;

namespace {

bool isSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string_view> tokens(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        out.push_back(text.substr(begin, i - begin));
    }
    return out;
}

// The reference reading of one token: digits with single '_' between them.
bool reference(std::string_view tok, std::uint64_t &value)
{
    if (tok.front() == '_' || tok.back() == '_' || tok.find("__") != std::string_view::npos)
        return false;
    std::string digits;
    for (char c : tok) {
        if (c == '_')
            continue;
        if (c < '0' || c > '9')
            return false;
        digits.push_back(c);
    }
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return ec == std::errc() && end == digits.data() + digits.size();
}

bool sameAnswer(const NumberList &a, const NumberList &b)
{
    if (a.ok() != b.ok() || a.numbers != b.numbers)
        return false;
    if (a.ok())
        return true;
    return a.error->reason == b.error->reason && a.error->token == b.error->token && a.error->index == b.error->index
        && a.error->line == b.error->line && a.error->column == b.error->column;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(bytes), size);
    const NumberList list = NumberListParser::parse(text);
    // A leading UTF-8 byte-order mark is accepted (files saved on Windows)
    // and is not a token; the reference reading drops it too.
    std::string_view body = text;
    if (body.substr(0, 3) == std::string_view("\xEF\xBB\xBF"))
        body.remove_prefix(3);
    const std::vector<std::string_view> toks = tokens(body);

    // Where the reference reading stops: the first token it refuses.
    std::vector<std::uint64_t> expected;
    std::size_t firstBad = toks.size();
    for (std::size_t k = 0; k < toks.size(); ++k) {
        std::uint64_t v = 0;
        if (!reference(toks[k], v)) {
            firstBad = k;
            break;
        }
        expected.push_back(v);
    }

    if (list.ok()) {
        check(firstBad == toks.size(), "accepted a token the reference reading refuses");
        check(!list.numbers.empty(), "accepted an empty list");
        check(list.numbers == expected, "numbers differ from the reference reading");

        std::string printed;
        for (std::size_t k = 0; k < list.numbers.size(); ++k) {
            if (k > 0)
                printed += (k % 3 == 0) ? "\n" : ", ";
            printed += std::to_string(list.numbers[k]);
        }
        const NumberList again = NumberListParser::parse(std::string_view(printed));
        check(again.ok() && again.numbers == list.numbers, "the printed list does not parse back");
    } else {
        const NumberListError &e = *list.error;
        check(list.numbers.empty(), "a refused list kept numbers");
        check(!e.reason.isEmpty(), "a refusal without a reason");
        check(!e.describe().isEmpty(), "a refusal that describes as nothing");
        if (toks.empty()) {
            check(e.token.isEmpty() && e.index == 0, "empty input refused with a token");
        } else {
            check(firstBad < toks.size(), "refused a list the reference reading accepts");
            check(e.index == static_cast<qsizetype>(firstBad) + 1, "refusal names the wrong token");
            check(!e.token.isEmpty(), "refusal of a token without the token");
            const auto lines = std::count(text.begin(), text.end(), '\n');
            check(e.line >= 1 && e.line <= lines + 1, "refusal on a line that does not exist");
            check(e.column >= 1 && e.column <= static_cast<qsizetype>(size), "refusal at a column that does not exist");
        }
    }

    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        const QString q = QString::fromLatin1(text.data(), static_cast<qsizetype>(size));
        check(sameAnswer(NumberListParser::parse(q), list), "the QString overload disagrees");
    }
    return 0;
}
