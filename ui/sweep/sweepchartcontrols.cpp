// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchartcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
namespace conlab {

SweepChartControls::SweepChartControls(QWidget *parent) : QWidget(parent)
{
    modeLabel_ = new QLabel(this);
    mode_ = new QComboBox(this);
    // Sized to the current language's texts, not to those of the first show.
    mode_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mode_->addItem(QString(), int(SweepChartOptions::Mode::Time));
    mode_->addItem(QString(), int(SweepChartOptions::Mode::Speedup));
    modeLabel_->setBuddy(mode_);
    bandLabel_ = new QLabel(this);
    band_ = new QComboBox(this);
    band_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    band_->addItem(QString(), int(SweepChartOptions::Band::None));
    band_->addItem(QString(), int(SweepChartOptions::Band::MinMax));
    band_->addItem(QString(), int(SweepChartOptions::Band::Quartiles));
    band_->setCurrentIndex(1);
    bandLabel_->setBuddy(band_);
    ideal_ = new QCheckBox(this);
    book_ = new QCheckBox(this);

    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(modeLabel_);
    chartRow->addWidget(mode_);
    chartRow->addSpacing(12);
    chartRow->addWidget(bandLabel_);
    chartRow->addWidget(band_);
    chartRow->addStretch(1);
    auto *overlayRow = new QHBoxLayout;
    overlayRow->addWidget(ideal_);
    overlayRow->addSpacing(12);
    overlayRow->addWidget(book_);
    overlayRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chartRow);
    layout->addLayout(overlayRow);

    const auto changed = [this] { emit optionsChanged(options()); };
    connect(mode_, &QComboBox::currentIndexChanged, this, changed);
    connect(band_, &QComboBox::currentIndexChanged, this, changed);
    connect(ideal_, &QCheckBox::toggled, this, changed);
    connect(book_, &QCheckBox::toggled, this, changed);
    retranslateUi();
}

SweepChartOptions SweepChartControls::options() const
{
    SweepChartOptions o;
    o.mode = static_cast<SweepChartOptions::Mode>(mode_->currentData().toInt());
    o.band = static_cast<SweepChartOptions::Band>(band_->currentData().toInt());
    o.ideal = ideal_->isChecked();
    o.bookOverlay = book_->isChecked();
    return o;
}

void SweepChartControls::setOptions(const SweepChartOptions &options)
{
    {
        // One change for the whole set, not one per control.
        const QSignalBlocker blockMode(mode_), blockBand(band_), blockIdeal(ideal_), blockBook(book_);
        mode_->setCurrentIndex(mode_->findData(int(options.mode)));
        band_->setCurrentIndex(band_->findData(int(options.band)));
        ideal_->setChecked(options.ideal);
        book_->setChecked(options.bookOverlay);
    }
    emit optionsChanged(this->options());
}

void SweepChartControls::retranslateUi()
{
    //: label of the chart's unit: time or speedup
    modeLabel_->setText(QCoreApplication::translate("conlab::SweepPage", "&Show:"));
    mode_->setItemText(0, QCoreApplication::translate("conlab::SweepPage", "median time"));
    mode_->setItemText(1, QCoreApplication::translate("conlab::SweepPage", "speedup T(1) / T(N)"));
    //: label of the shaded spread of the runs
    bandLabel_->setText(QCoreApplication::translate("conlab::SweepPage", "&Band:"));
    band_->setItemText(0, QCoreApplication::translate("conlab::SweepPage", "none"));
    band_->setItemText(1, QCoreApplication::translate("conlab::SweepPage", "fastest to slowest run"));
    band_->setItemText(2, QCoreApplication::translate("conlab::SweepPage", "quartiles"));
    ideal_->setText(QCoreApplication::translate("conlab::SweepPage", "ideal T(1) / N"));
    book_->setText(QCoreApplication::translate("conlab::SweepPage", "the book's medians"));
    book_->setToolTip(QCoreApplication::translate(
        "conlab::SweepPage", "Figure 19-2's medians (6 cores), scaled so that their 1-worker time is this sweep's."));
}

void SweepChartControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab
