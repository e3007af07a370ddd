// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QWidget>

namespace conlab {

// The room's answers as three horizontal bars, one per answer, each with
// its count and share; the answer the run showed carries a tick, bold type
// and an outline, so it reads without colour too.
class TallyBars : public QWidget
{
    Q_OBJECT
public:
    explicit TallyBars(QWidget *parent = nullptr);
    void setTally(const RoundTally &tally);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    QString figures(int answer) const;
    RoundTally tally_;
};

} // namespace conlab
