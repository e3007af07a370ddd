// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/pages/spinnerpagespec.h"
#include "ui/settings/runsettings.h"

#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace conlab {

class PaceWarning;

// What a spinner page asks before a run: the variant (of that page's spec
// only), the sleep, Run and Stop, the settings the run takes from the
// toolbar, and the warning when its pace is too quick to watch. It holds no
// run: the page tells it whether one is going.
class SpinnerControls : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerControls(const SpinnerPageSpec &spec, QWidget *parent = nullptr);

    int variant() const;
    void setVariant(int index);
    double sleepSeconds() const;
    void setSleepSeconds(double seconds);
    // What Run runs: the variant and the sleep chosen here, with the GIL
    // and the pace of the toolbar's `settings`.
    SpinnerConfig nextRun(const RunSettings &settings) const;
    // The settings the next run takes; with `recorded`, those the replay on
    // screen was recorded with (a replay has no pace to warn about).
    void showSettings(const SpinnerConfig &config, bool recorded);
    // While a run goes the question is locked and only Stop works;
    // `blockedBy` names another page's run that keeps Run off.
    void setRunState(bool running, const QString &blockedBy);

signals:
    void variantChosen(int index);
    void runRequested();
    void stopRequested();
    void paceRequested(const conlab::Pace &pace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSettingsLine();

    SpinnerPageSpec spec_;
    QLabel *variantCaption_ = nullptr;
    QButtonGroup *variants_ = nullptr;
    QLabel *secondsCaption_ = nullptr;
    QDoubleSpinBox *seconds_ = nullptr;
    QPushButton *runButton_ = nullptr;
    QPushButton *stopButton_ = nullptr;
    QLabel *settingsLine_ = nullptr;
    PaceWarning *paceWarning_ = nullptr;
    bool running_ = false;
    SpinnerConfig shown_;
    bool recorded_ = false;
};

} // namespace conlab
