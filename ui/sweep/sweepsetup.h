// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepconfig.h"
#include "ui/settings/runsettings.h"

#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace conlab {

class NumbersInput;
class Settings;

// What a sweep will run: its series, up to how many workers, how many
// repeats of each count and the numbers, with the toolbar's pace and switch
// interval, and a rough estimate of how long it takes. The estimate is
// computed off the GUI thread (the pace's first calibration takes a moment);
// the newest request wins.
class SweepSetup : public QWidget
{
    Q_OBJECT
public:
    explicit SweepSetup(QWidget *parent = nullptr);

    void setRunSettings(const RunSettings &settings);
    // The configuration Start would use now; without its numbers when only
    // the settings are wanted.
    SweepConfig config(bool withNumbers = true) const;
    // At least one series, and numbers that parse.
    bool isReady() const;
    void setSeries(const std::vector<SweepSeries> &series);
    void setMaxWorkers(int workers);
    void setRuns(int runs);
    // Restores the series, the workers and the repeats from `settings` and
    // stores them there at every change.
    void useSettings(Settings *settings);
    // While a sweep runs, its choices stay as they are.
    void setLocked(bool locked);
    NumbersInput *numbersInput() const { return numbers_; }
    std::optional<double> estimateSeconds() const { return estimateSeconds_; }
    QString estimateText() const;

signals:
    // The configuration, or whether there is one to run, changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSettingsText();
    void scheduleEstimate();
    void showEstimate();

    RunSettings settings_;
    Settings *store_ = nullptr; // where the CPython interpreter is chosen; set by useSettings()
    std::vector<std::pair<QCheckBox *, SweepSeries>> seriesBoxes_;
    QLabel *seriesLabel_ = nullptr;
    QLabel *maxWorkersLabel_ = nullptr;
    QSpinBox *maxWorkers_ = nullptr;
    QLabel *runsLabel_ = nullptr;
    QSpinBox *runs_ = nullptr;
    QLabel *settingsLabel_ = nullptr;
    QLabel *estimate_ = nullptr;
    NumbersInput *numbers_ = nullptr;
    quint64 estimateGeneration_ = 0;
    std::optional<double> estimateSeconds_;
};

} // namespace conlab
