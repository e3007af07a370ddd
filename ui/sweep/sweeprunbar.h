// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/sweep/sweepexporter.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace conlab {

// Start, Pause and Stop of a sweep, how far it has got, and the menu of
// its exports. Says what was asked for; the page decides what happens.
class SweepRunBar : public QWidget
{
    Q_OBJECT
public:
    explicit SweepRunBar(QWidget *parent = nullptr);

    // Stop also stops a sweep still waiting for its file; Pause needs a
    // sweep that runs.
    void setState(bool canStart, bool canPause, bool canStop, bool paused, bool canExport);
    void setProgress(int done, int total, const QString &text);
    QString progressText() const;
    QList<QAction *> exportActions() const { return exportActions_; } // PNG, SVG, PDF, CSV, JSON

signals:
    void startClicked();
    void pauseClicked(); // Pause, or Resume while paused
    void stopClicked();
    void exportRequested(conlab::SweepExportKind what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitToFont();

    QPushButton *start_ = nullptr;
    QPushButton *pause_ = nullptr;
    QPushButton *stop_ = nullptr;
    QProgressBar *bar_ = nullptr;
    QLabel *progress_ = nullptr;
    QToolButton *export_ = nullptr;
    QList<QAction *> exportActions_;
    bool paused_ = false;
};

} // namespace conlab
