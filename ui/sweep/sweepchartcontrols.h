// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/sweep/sweepchartexport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace conlab {

// How the sweep chart draws: median time or speedup, which band of the
// runs' spread, and the ideal and the book's lines over it.
class SweepChartControls : public QWidget
{
    Q_OBJECT
public:
    explicit SweepChartControls(QWidget *parent = nullptr);

    SweepChartOptions options() const;
    void setOptions(const SweepChartOptions &options);

signals:
    void optionsChanged(const conlab::SweepChartOptions &options);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *modeLabel_ = nullptr;
    QComboBox *mode_ = nullptr;
    QLabel *bandLabel_ = nullptr;
    QComboBox *band_ = nullptr;
    QCheckBox *ideal_ = nullptr;
    QCheckBox *book_ = nullptr;
};

} // namespace conlab
