// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primesconfig.h"

#include <QWidget>
#include <array>
#include <vector>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace conlab {

class NumbersInput;

// What the next primes run will be: the model (of the page's few), the race
// of procs.py before its fix (with a sample that provokes it and a count to
// repeat it), the numbers, and a line with the toolbar's settings. The page
// reads it when Run is pressed; it runs nothing itself.
class PrimesControls : public QWidget
{
    Q_OBJECT
public:
    // `models`: the page's choices; the first is the one the others are
    // compared with.
    explicit PrimesControls(std::vector<PrimesModel> models, QWidget *parent = nullptr);

    PrimesModel model() const;
    void setModel(PrimesModel model);
    PrimesModel firstModel() const { return models_.front(); }
    // Checked, and the chosen model has the race.
    bool racy() const;
    void setRacy(bool racy);
    NumbersInput *numbers() const { return numbers_; }
    // A recorded run's choices, so Run repeats it; its numbers only when
    // they fit the field (longer lists would need their file).
    void showConfig(const PrimesConfig &config);
    // The toolbar's settings, as the next run will use them.
    void setSettingsText(const QString &text);
    // Nothing changes under a run.
    void setRunning(bool running);
    // Whether the page could start a run now (numbers valid, no other run):
    // Repeat follows it, as Run does.
    void setCanRun(bool canRun);
    // The width the page has on screen: the race's controls go on a row of
    // their own when one row would not fit.
    void fitWidth(int width);

    // Repeat's count: ten runs already show the odds; fifty is about as
    // many as a lecture has time for (each run, and a second between).
    static constexpr int kMaxRepeat = 50;
    static constexpr int kDefaultRepeat = 10;

signals:
    // The model or the race box changed: the listing and the views follow.
    void choiceChanged();
    // Repeat was pressed: run the racy loop `runs` times and tally it.
    void repeatRequested(int runs);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::array<QWidget *, 4> raceWidgets() const;
    void retranslateUi();
    void updateRacyBox();

    const std::vector<PrimesModel> models_;
    bool running_ = false;
    bool canRun_ = true;
    bool raceSplit_ = false;
    QHBoxLayout *modelRow_ = nullptr;
    QHBoxLayout *raceRow_ = nullptr;
    QLabel *modelLabel_ = nullptr;
    QComboBox *modelBox_ = nullptr;
    QCheckBox *racyBox_ = nullptr;
    QPushButton *smallButton_ = nullptr;
    QPushButton *repeatButton_ = nullptr;
    QSpinBox *repeatBox_ = nullptr;
    QLabel *settingsLabel_ = nullptr;
    NumbersInput *numbers_ = nullptr;
};

} // namespace conlab
