// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace conlab {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kBaseName = QStringLiteral("concurrency-lab_");
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent), app_(new QTranslator(this)), qt_(new QTranslator(this))
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文(简体)")},
    };
}

QString LanguageSwitcher::systemLanguage()
{
    const QLocale system = QLocale::system();
    // Any Portuguese or Chinese speaker is better served by our one variant
    // than by English.
    if (system.language() == QLocale::Portuguese)
        return QStringLiteral("pt_BR");
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QLocale LanguageSwitcher::localeFor(const QString &code)
{
    if (code == u"en") {
        // The system's own English if it speaks English (British dates stay
        // British), plain English otherwise.
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    return QLocale(code);
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    const QString wanted = code.isEmpty() ? systemLanguage() : code;
    // Before the translators change: each of those changes makes the widgets
    // retranslate, and their dates and numbers (QLocale()) must already
    // speak the new language, not the system's.
    QLocale::setDefault(localeFor(wanted));
    QCoreApplication::removeTranslator(app_);
    QCoreApplication::removeTranslator(qt_);
    bool ok = true;
    if (wanted == u"en") {
        // English is the source text, but "%n numbers" needs its singular
        // from a plurals-only translation when one is built in.
        if (app_->load(kBaseName + wanted, kResourceDir))
            QCoreApplication::installTranslator(app_);
    } else {
        ok = app_->load(kBaseName + wanted, kResourceDir);
        if (ok) {
            QCoreApplication::installTranslator(app_);
            // Qt's own strings (dialog buttons); optional, not every system
            // ships them.
            if (qt_->load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt_);
        }
    }
    const QString effective = ok ? wanted : QStringLiteral("en");
    if (!ok)
        QLocale::setDefault(localeFor(effective));
    if (effective != current_) {
        current_ = effective;
        emit languageChanged(current_);
    }
    return ok;
}

} // namespace conlab
