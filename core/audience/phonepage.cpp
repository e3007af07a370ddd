// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/phonepage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace conlab {

namespace {
// The CSP source for the one inline block `tag` opens with exactly "<tag>":
// its SHA-256, as CSP Level 2 hashes the text between the tags.
QByteArray hashOf(const QByteArray &html, const QByteArray &tag)
{
    const QByteArray open = '<' + tag + '>';
    const QByteArray close = "</" + tag + '>';
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(close, start);
    if (end < 0 || html.indexOf(open, end) >= 0) // exactly one such block
        return {};
    const QByteArray body = html.mid(start + open.size(), end - start - open.size());
    return "'sha256-" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64() + '\'';
}
} // namespace

PhonePage::PhonePage(QByteArray html)
    : html_(std::move(html)), scriptHash_(hashOf(html_, "script")), styleHash_(hashOf(html_, "style"))
{
}

PhonePage PhonePage::fromResource()
{
    QFile file(QStringLiteral(":/audience/vote.html"));
    if (!file.open(QIODevice::ReadOnly))
        return PhonePage(QByteArray());
    return PhonePage(file.readAll());
}

QByteArray PhonePage::render(const QString &htmlTag, const QJsonObject &texts) const
{
    QByteArray json = QJsonDocument(texts).toJson(QJsonDocument::Compact);
    // "<" never appears raw, so "</script>" or "<!--" in a translation
    // stays text; JSON reads \u003c as "<".
    json.replace('<', "\\u003c");
    QByteArray page = html_;
    page.replace("@@LANG@@", htmlTag.toHtmlEscaped().toUtf8());
    page.replace("@@TEXTS@@", json);
    return page;
}

QByteArray PhonePage::contentSecurityPolicy() const
{
    return "default-src 'none'; script-src " + scriptHash_ + "; style-src " + styleHash_
        + "; connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

} // namespace conlab
