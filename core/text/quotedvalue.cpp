// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/text/quotedvalue.h"

namespace conlab {

namespace {

QString printable(QString s)
{
    for (QChar &c : s)
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    return s;
}

} // namespace

QString QuotedValue::of(const QString &value)
{
    if (value.size() <= kMaxShown)
        return u'\'' + printable(value) + u'\'';
    // Both ends: the start says what it was meant to be, the end often holds
    // the typo. A cut never splits a surrogate pair.
    qsizetype head = kMaxShown / 2;
    qsizetype tail = kMaxShown - head - 1;
    if (value.at(head - 1).isHighSurrogate())
        --head;
    if (value.at(value.size() - tail).isLowSurrogate())
        --tail;
    const QString shown = printable(value.left(head)) + u'…' + printable(value.right(tail));
    //: a long value quoted in an error message, cut in the middle; %1 the quoted start and end, %n its length
    return tr("'%1' (%n characters)", nullptr, int(qMin<qsizetype>(value.size(), INT_MAX))).arg(shown);
}

} // namespace conlab
