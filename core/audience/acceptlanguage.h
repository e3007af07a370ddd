// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace conlab {

// Which of our languages a phone gets: an explicit choice ("pt-BR" from the
// page's switch, or its cookie) first, then the browser's Accept-Language by
// its q-values (RFC 9110), then English. Matching is by primary language:
// "pt-PT" gets pt_BR and "zh-TW" gets zh_CN, nearer than English for both.
struct AcceptLanguage
{
    // `offered` holds codes such as "en", "pt_BR"; the first is the fallback.
    static QString pick(const QByteArray &explicitChoice, const QByteArray &acceptLanguage, const QStringList &offered);
    // One tag or code against the offered ones; empty when none matches.
    static QString match(QByteArray tag, const QStringList &offered);
};

} // namespace conlab
