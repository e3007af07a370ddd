// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/audience/audiencequestion.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace conlab {

// The app's translations, every language at once and none installed: a
// phone asks in its own language while the window keeps the lecturer's.
// Reads the same .qm files the window loads (":/i18n/concurrency-lab_<code>.qm",
// built in by qt_add_translations); a language whose file is missing, as in
// core's tests, falls back to English, the source language.
class PhoneTranslations
{
public:
    PhoneTranslations();
    ~PhoneTranslations();
    PhoneTranslations(const PhoneTranslations &) = delete;
    PhoneTranslations &operator=(const PhoneTranslations &) = delete;

    // "en", "pt_BR", "zh_CN": the languages phones may choose.
    static QStringList languages();
    // The BCP 47 tag for an HTML lang attribute: "pt-BR".
    static QString htmlTag(const QString &code);

    QString text(const QString &code, const PhoneText &text) const;
    QuestionTexts question(const QString &code, const AudienceQuestion &q) const;

private:
    QHash<QString, std::shared_ptr<QTranslator>> translators_;
};

} // namespace conlab
