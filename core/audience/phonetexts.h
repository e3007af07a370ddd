// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QJsonObject>
#include <QString>

namespace conlab {

class PhoneTranslations;

// The phone page's own words, in one language, as the JSON the page reads
// (PhonePage::render). They are translated with the rest of the app.
struct PhoneTexts
{
    static QJsonObject json(const PhoneTranslations &translations, const QString &language);
};

} // namespace conlab
