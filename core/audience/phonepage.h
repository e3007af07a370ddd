// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace conlab {

// The phone's page: one HTML file with its style and script inline, built
// in under :/audience/vote.html. Its script and style never change, so the
// Content-Security-Policy names them by hash and allows nothing else; what
// changes per phone (the language, the page's words) goes in as data.
class PhonePage
{
public:
    explicit PhonePage(QByteArray html);
    static PhonePage fromResource();

    bool isValid() const { return !scriptHash_.isEmpty() && !styleHash_.isEmpty(); }
    // The page in one language: `htmlTag` such as "pt-BR", `texts` the
    // page's words (PhoneTexts). The JSON is written so that no text can end
    // its <script type="application/json"> block.
    QByteArray render(const QString &htmlTag, const QJsonObject &texts) const;
    QByteArray contentSecurityPolicy() const;

private:
    QByteArray html_;
    QByteArray scriptHash_;
    QByteArray styleHash_;
};

} // namespace conlab
