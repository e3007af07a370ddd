// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "numberlist.h"
#include "core/files/boundedread.h"
#include "core/text/quotedvalue.h"

namespace conlab {

QString NumberListError::describe() const
{
    if (token.isEmpty())
        return reason;
    //: %1 line, %2 column, %3 the offending token, %4 why it was refused
    return NumberListParser::tr("line %1, column %2: %3: %4").arg(line).arg(column).arg(QuotedValue::of(token), reason);
}

namespace {

bool isSeparator(char c)
{
    return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Why a token is not a number, or an empty string when it is one.
QString checkToken(std::string_view tok, std::uint64_t &value)
{
    constexpr std::uint64_t max = ~std::uint64_t{0};
    if (tok.front() == '+' || tok.front() == '-')
        return NumberListParser::tr("signs are not allowed; numbers run from 0 to 18446744073709551615");
    value = 0;
    bool overflow = false;
    char prev = 0;
    for (std::size_t k = 0; k < tok.size(); ++k) {
        const char c = tok[k];
        if (c == '_') {
            if (k == 0 || prev == '_' || k + 1 == tok.size())
                return NumberListParser::tr("'_' may only stand between two digits, as in 1_000_003");
            prev = c;
            continue;
        }
        if (c < '0' || c > '9') {
            if (c == '.' || c == 'e' || c == 'E')
                return NumberListParser::tr("not a whole decimal number; write integers such as 5_000_111_000_222_021");
            return NumberListParser::tr("not a decimal integer: only the digits 0-9 and '_' are allowed");
        }
        const std::uint64_t d = static_cast<std::uint64_t>(c - '0');
        if (value > (max - d) / 10)
            overflow = true;
        else
            value = value * 10 + d;
        prev = c;
    }
    if (overflow)
        return NumberListParser::tr("too large; the largest number is 18446744073709551615 (2^64 - 1)");
    return {};
}

constexpr std::string_view kBom("\xEF\xBB\xBF");

// A refused token as the message shows it. Control bytes would vanish, or
// (a NUL) end the message where a C string is made of it: they become escapes.
// So does a byte-order mark inside the text: QString::fromUtf8 drops one at
// the start of what it decodes, which left a refused BOM token empty.
QString shownToken(std::string_view tok)
{
    constexpr std::size_t kMaxBytes = 40;
    QString out;
    std::size_t k = 0;
    while (k < tok.size() && k < kMaxBytes) {
        if (tok.substr(k, kBom.size()) == kBom) {
            out += QStringLiteral("\\u{feff}");
            k += kBom.size();
            continue;
        }
        std::size_t run = k;
        while (run < tok.size() && run < kMaxBytes && static_cast<unsigned char>(tok[run]) >= 0x20 && tok[run] != 0x7f
               && tok.substr(run, kBom.size()) != kBom)
            ++run;
        out += QString::fromUtf8(tok.data() + k, static_cast<qsizetype>(run - k));
        if (run < tok.size() && run < kMaxBytes && tok.substr(run, kBom.size()) != kBom) {
            const auto c = static_cast<unsigned char>(tok[run]);
            out += c == 0 ? QStringLiteral("\\0") : QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
            ++run;
        }
        k = run;
    }
    if (tok.size() > kMaxBytes)
        out += QStringLiteral("...");
    return out;
}

} // namespace

NumberList NumberListParser::parse(std::string_view text)
{
    NumberList out;
    // Editors on Windows start UTF-8 files with a byte-order mark; it is not
    // a token, and columns count from after it.
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    qsizetype line = 1;
    std::size_t lineStart = 0;
    qsizetype index = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        if (isSeparator(text[i])) {
            if (text[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < n && !isSeparator(text[i]))
            ++i;
        const std::string_view tok = text.substr(begin, i - begin);
        ++index;
        std::uint64_t value = 0;
        const QString why = checkToken(tok, value);
        if (!why.isEmpty()) {
            // Columns count characters, not bytes, so a stray "é" points right.
            const qsizetype column =
                QString::fromUtf8(text.data() + lineStart, static_cast<qsizetype>(begin - lineStart)).size() + 1;
            out.error = NumberListError{why, shownToken(tok), index, line, column};
            out.numbers.clear();
            return out;
        }
        out.numbers.push_back(value);
    }
    if (out.numbers.empty())
        out.error = NumberListError{tr("no numbers given: enter decimal integers separated by commas or spaces"),
                                    {},
                                    0,
                                    0,
                                    0};
    return out;
}

NumberList NumberListParser::parse(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

NumberList NumberListParser::parseFile(const QString &path, FileKinds kinds)
{
    const BoundedRead::Result read = BoundedRead::read(path, kMaxFileBytes, tr("a numbers file"),
                                                       kinds == FileKinds::AlsoFifos ? BoundedRead::Streams::Allow
                                                                                     : BoundedRead::Streams::Refuse);
    if (!read.ok()) {
        NumberList out;
        out.error = NumberListError{read.error, {}, 0, 0, 0};
        return out;
    }
    const QByteArray &bytes = read.bytes;
    NumberList out = parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    if (out.error && out.error->token.isEmpty() && out.error->index == 0)
        //: %1 file path
        out.error->reason = tr("%1 holds no numbers").arg(QuotedValue::of(path));
    return out;
}

} // namespace conlab
