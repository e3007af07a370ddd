// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/vote/roundtally.h"

#include <QFrame>

class QLabel;

namespace conlab {

class TallyBars;

// The room's vote at the reveal, beside the page's verdict: how many voted,
// the line that sets the room's guess against the run ("62% said Keeps
// spinning; it never appeared."), and the three bars. Everything in it comes
// from a RoundTally; nothing a phone sent is shown but counts.
class RoomTallyChart : public QFrame
{
    Q_OBJECT
public:
    explicit RoomTallyChart(QWidget *parent = nullptr);
    void setTally(const RoundTally &tally);
    const RoundTally &tally() const { return tally_; }
    // What the chart says, as plain text, one line each (tests, screen readers).
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyFonts();
    QLabel *heading_ = nullptr;
    QLabel *line_ = nullptr;
    TallyBars *bars_ = nullptr;
    RoundTally tally_;
};

} // namespace conlab
