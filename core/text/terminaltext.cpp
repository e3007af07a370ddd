// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/text/terminaltext.h"

#include <QList>

namespace conlab {

namespace {

bool harmful(char32_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)                         // C0, DEL, C1 (CSI is 0x9B)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidi embeddings, overrides, isolates
        || c == 0x200E || c == 0x200F || c == 0x061C;                   // bidi marks
}

} // namespace

QString TerminalText::safe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    // By code point, so a character beyond U+FFFF (an emoji) passes intact.
    for (const char32_t c : text.toUcs4()) {
        if (!harmful(c))
            out += QString::fromUcs4(&c, 1);
        else if (c < 0x100)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
    }
    return out;
}

} // namespace conlab
