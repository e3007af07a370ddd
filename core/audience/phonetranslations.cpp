// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/phonetranslations.h"

#include <QTranslator>

namespace conlab {

PhoneTranslations::PhoneTranslations()
{
    for (const QString &code : languages()) {
        if (code == QLatin1String("en"))
            continue;
        auto translator = std::make_shared<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/concurrency-lab_") + code + QStringLiteral(".qm")))
            translators_.insert(code, translator);
    }
}

PhoneTranslations::~PhoneTranslations() = default;

QStringList PhoneTranslations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN")};
}

QString PhoneTranslations::htmlTag(const QString &code)
{
    QString tag = code;
    return tag.replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString PhoneTranslations::text(const QString &code, const PhoneText &text) const
{
    if (const auto it = translators_.find(code); it != translators_.end()) {
        const QString translated = (*it)->translate(text.context, text.source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(text.source);
}

QuestionTexts PhoneTranslations::question(const QString &code, const AudienceQuestion &q) const
{
    QuestionTexts t;
    t.question = text(code, q.question);
    for (const PhoneText &a : q.answers)
        t.answers.append(text(code, a));
    for (const PhoneText &o : q.outcomes)
        t.outcomes.append(text(code, o));
    return t;
}

} // namespace conlab
