// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QToolBar>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace conlab {

class Settings;

// Run and Stop, and the choices every run reads: pace, the GIL and its
// switch interval, the worker count. The widgets write straight into
// Settings and follow it back, so menus, toolbar and stored values agree.
class RunToolBar : public QToolBar
{
    Q_OBJECT
public:
    RunToolBar(Settings *settings, QAction *run, QAction *stop, QWidget *parent = nullptr);

    QComboBox *paceBox() const { return pace_; }
    QCheckBox *gilBox() const { return gil_; }
    QSpinBox *intervalBox() const { return interval_; }
    QSpinBox *workersBox() const { return workers_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncFromSettings();

    Settings *settings_ = nullptr;
    QLabel *paceLabel_ = nullptr;
    QComboBox *pace_ = nullptr;
    QCheckBox *gil_ = nullptr;
    QLabel *intervalLabel_ = nullptr;
    QSpinBox *interval_ = nullptr;
    QLabel *workersLabel_ = nullptr;
    QSpinBox *workers_ = nullptr;
};

} // namespace conlab
