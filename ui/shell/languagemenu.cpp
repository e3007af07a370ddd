// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/shell/languagemenu.h"

#include "ui/settings/settings.h"
#include "ui/shell/languageswitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace conlab {

LanguageMenu::LanguageMenu(Settings *settings, QWidget *parent) : QMenu(parent), settings_(settings)
{
    group_ = new QActionGroup(this);
    system_ = addAction(QString());
    system_->setCheckable(true);
    system_->setData(QString());
    group_->addAction(system_);
    addSeparator();
    for (const LanguageSwitcher::Language &lang : LanguageSwitcher::languages()) {
        QAction *a = addAction(lang.nativeName);
        a->setCheckable(true);
        a->setData(lang.code);
        group_->addAction(a);
    }
    connect(group_, &QActionGroup::triggered, this,
            [this](QAction *a) { settings_->setLanguage(a->data().toString()); });
    connect(settings_, &Settings::languageChanged, this, &LanguageMenu::syncChecked);
    syncChecked();
    retranslateUi();
}

void LanguageMenu::syncChecked()
{
    const QString code = settings_->language();
    for (QAction *a : group_->actions())
        a->setChecked(a->data().toString() == code);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    system_->setText(tr("System default"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

} // namespace conlab
