// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/roomtallychart.h"

#include "ui/audience/largetype.h"
#include "ui/audience/tallybars.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace conlab {

RoomTallyChart::RoomTallyChart(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("roomTally"));
    setFrameShape(QFrame::StyledPanel);
    heading_ = new QLabel(this);
    heading_->setWordWrap(true);
    line_ = new QLabel(this);
    line_->setWordWrap(true);
    // Plain text always: the line holds the question's words, never a phone's.
    heading_->setTextFormat(Qt::PlainText);
    line_->setTextFormat(Qt::PlainText);
    applyFonts();
    bars_ = new TallyBars(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(line_);
    layout->addWidget(bars_);
    render();
}

void RoomTallyChart::setTally(const RoundTally &tally)
{
    tally_ = tally;
    render();
}

void RoomTallyChart::render()
{
    //: Over the room's tally; %n how many voted from their phones
    heading_->setText(tr("The room: %n voted", nullptr, tally_.voters()));
    const QString line = tally_.revealLine();
    line_->setText(line);
    line_->setVisible(!line.isEmpty());
    bars_->setTally(tally_);
    a11y::setName(this, heading_->text());
    a11y::setDescription(this, plainText());
}

QString RoomTallyChart::plainText() const
{
    QStringList lines{heading_->text()};
    if (!line_->text().isEmpty())
        lines << line_->text();
    for (int a = 1; a <= 3 && a <= tally_.answers.size(); ++a) {
        //: One line of the room's tally as text: %1 the answer, %2 votes, %3 per cent
        lines << tr("%1: %2 (%3%)")
                     .arg(tally_.answers[a - 1])
                     .arg(tally_.counts[std::size_t(a - 1)])
                     .arg(tally_.percent(a))
                + (tally_.outcome == a ? tr(" (the run showed this)") : QString());
    }
    return lines.join(u'\n');
}

// The reveal's line a size up from the chart's font, so zoom and
// presentation mode scale it with the rest.
void RoomTallyChart::applyFonts()
{
    line_->setFont(largeType(font(), 1.3));
}

void RoomTallyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace conlab
