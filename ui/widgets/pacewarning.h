// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnerconfig.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace conlab {

// The guard against the toolbar's pace: at native pace slow() is over in
// 0.09 s, one frame, and the room would see a spinner that "keeps spinning"
// for no reason the lesson teaches. Visible only while the next run would be
// too quick to watch; its button asks for a pace at which it can be seen.
class PaceWarning : public QWidget
{
    Q_OBJECT
public:
    explicit PaceWarning(QWidget *parent = nullptr);

    // Shows or hides the warning for the run `next` would be.
    void check(const SpinnerConfig &next);

signals:
    void paceRequested(const conlab::Pace &pace);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *text_ = nullptr;
    QPushButton *usePace_ = nullptr;
    SpinnerConfig next_;
};

} // namespace conlab
