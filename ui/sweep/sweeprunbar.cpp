// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweeprunbar.h"

#include "ui/sweep/sweeptext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <algorithm>

// The texts keep the sweep page's translation context: they were the page's,
// and the translations are filed under it.
namespace conlab {

SweepRunBar::SweepRunBar(QWidget *parent) : QWidget(parent)
{
    start_ = new QPushButton(this);
    pause_ = new QPushButton(this);
    stop_ = new QPushButton(this);
    connect(start_, &QPushButton::clicked, this, &SweepRunBar::startClicked);
    connect(pause_, &QPushButton::clicked, this, &SweepRunBar::pauseClicked);
    connect(stop_, &QPushButton::clicked, this, &SweepRunBar::stopClicked);
    bar_ = new QProgressBar(this);
    bar_->setTextVisible(false);
    bar_->setRange(0, 1);
    bar_->setValue(0);
    progress_ = new QLabel(this);
    export_ = new QToolButton(this);
    export_->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(export_);
    const auto add = [this, menu](SweepExportKind what) {
        exportActions_ << menu->addAction(QString(), this, [this, what] { emit exportRequested(what); });
    };
    add(SweepExportKind::ChartPng);
    add(SweepExportKind::ChartSvg);
    add(SweepExportKind::ChartPdf);
    menu->addSeparator();
    add(SweepExportKind::DataCsv);
    add(SweepExportKind::DataJson);
    export_->setMenu(menu);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(start_);
    row->addWidget(pause_);
    row->addWidget(stop_);
    row->addWidget(bar_, 1);
    row->addWidget(progress_);
    row->addWidget(export_);
    retranslateUi();
    fitToFont();
}

void SweepRunBar::setState(bool canStart, bool canPause, bool canStop, bool paused, bool canExport)
{
    paused_ = paused;
    start_->setEnabled(canStart);
    pause_->setEnabled(canPause);
    stop_->setEnabled(canStop);
    export_->setEnabled(canExport);
    //: the pause button, while paused
    pause_->setText(paused ? QCoreApplication::translate("conlab::SweepPage", "Resume")
                           : QCoreApplication::translate("conlab::SweepPage", "Pause"));
}

void SweepRunBar::setProgress(int done, int total, const QString &text)
{
    bar_->setMaximum(std::max(1, total));
    bar_->setValue(std::min(done, std::max(1, total)));
    progress_->setText(text);
}

QString SweepRunBar::progressText() const
{
    return progress_->text();
}

void SweepRunBar::retranslateUi()
{
    start_->setText(QCoreApplication::translate("conlab::SweepPage", "Start"));
    stop_->setText(QCoreApplication::translate("conlab::SweepPage", "Stop"));
    setState(start_->isEnabled(), pause_->isEnabled(), stop_->isEnabled(), paused_, export_->isEnabled());
    //: menu button with the exports of the sweep on screen
    export_->setText(QCoreApplication::translate("conlab::SweepPage", "Export"));
    exportActions_[0]->setText(QCoreApplication::translate("conlab::SweepPage", "Chart as PNG…"));
    exportActions_[1]->setText(QCoreApplication::translate("conlab::SweepPage", "Chart as SVG…"));
    exportActions_[2]->setText(QCoreApplication::translate("conlab::SweepPage", "Chart as PDF…"));
    exportActions_[3]->setText(QCoreApplication::translate("conlab::SweepPage", "Data as CSV…"));
    exportActions_[4]->setText(QCoreApplication::translate("conlab::SweepPage", "Data as JSON…"));
}

void SweepRunBar::fitToFont()
{
    // The progress text changes with every run: a steady width keeps the
    // bar from jumping.
    progress_->setMinimumWidth(fontMetrics().horizontalAdvance(SweepText::progress(999, 9999, 3599)));
}

void SweepRunBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        fitToFont();
    QWidget::changeEvent(event);
}

} // namespace conlab
