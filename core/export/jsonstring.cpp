// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/jsonstring.h"

#include <QChar>

namespace conlab {

namespace {

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

void appendUnicodeEscape(QByteArray &out, char32_t c)
{
    out += "\\u";
    out += QByteArray::number(static_cast<uint>(c), 16).rightJustified(4, '0');
}

} // namespace

QByteArray jsonString(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t u = text[k].unicode();
        switch (u) {
        case u'"': out += "\\\""; continue;
        case u'\\': out += "\\\\"; continue;
        case u'\b': out += "\\b"; continue;
        case u'\f': out += "\\f"; continue;
        case u'\n': out += "\\n"; continue;
        case u'\r': out += "\\r"; continue;
        case u'\t': out += "\\t"; continue;
        default: break;
        }
        if (u < 0x20 || u == 0x2028 || u == 0x2029) {
            appendUnicodeEscape(out, u);
        } else if (QChar::isHighSurrogate(u) && k + 1 < n && QChar::isLowSurrogate(text[k + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text[k + 1].unicode()));
            ++k;
        } else if (QChar::isSurrogate(u)) {
            appendUtf8(out, QChar::ReplacementCharacter);
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
    return out;
}

} // namespace conlab
