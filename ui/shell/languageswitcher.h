// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace conlab {

// Loads the app's translation from the :/i18n resources that
// qt_add_translations builds and swaps it at run time. Installing or removing
// a translator makes Qt send QEvent::LanguageChange to every widget, which
// retranslates itself; nothing needs a restart.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;       // "en", "pt_BR", "zh_CN"
        QString nativeName; // shown in the menu in its own language, never translated
    };

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QList<Language> languages();
    // The code the system locale maps to, "en" when we have no translation.
    static QString systemLanguage();
    // The locale dates and numbers follow in a UI language: setLanguage()
    // makes it the default, so QLocale() in the UI speaks the UI's language.
    static QLocale localeFor(const QString &code);

    // "" follows the system locale. Returns false if a translation was
    // asked for and could not be loaded (English stays).
    bool setLanguage(const QString &code);
    // The language in effect: never empty.
    QString current() const { return current_; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator *app_ = nullptr;
    QTranslator *qt_ = nullptr;
    QString current_ = QStringLiteral("en");
};

} // namespace conlab
