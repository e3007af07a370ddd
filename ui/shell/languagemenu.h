// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QMenu>

class QAction;
class QActionGroup;

namespace conlab {

class Settings;

// Language: "System default" and one entry per translation, each named in
// its own language. Picking one stores it in Settings; the LanguageSwitcher
// listening there swaps the translator, with no restart.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(Settings *settings, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncChecked();

    Settings *settings_ = nullptr;
    QActionGroup *group_ = nullptr;
    QAction *system_ = nullptr;
};

} // namespace conlab
