// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/audience/tallybars.h"

#include "ui/theme/palette.h"

#include <QPainter>

namespace conlab {

namespace {
constexpr int kGap = 8;
const QString kTick = QStringLiteral("✓ ");

QColor answerColour(int answer)
{
    switch (answer) {
    case 1: return theme::keptSpinning;
    case 2: return theme::stuttered;
    default: return theme::neverAppeared;
    }
}
} // namespace

TallyBars::TallyBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TallyBars::setTally(const RoundTally &tally)
{
    tally_ = tally;
    updateGeometry();
    update();
}

int TallyBars::rowHeight() const
{
    return fontMetrics().height() * 3 / 2;
}

int TallyBars::labelWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int w = 0;
    for (const QString &a : tally_.answers)
        w = std::max(w, fm.horizontalAdvance(kTick + a));
    return w;
}

QString TallyBars::figures(int answer) const
{
    //: The room's tally beside a bar: %1 votes, %2 per cent of the voters
    return tr("%1 · %2%").arg(tally_.counts[std::size_t(answer - 1)]).arg(tally_.percent(answer));
}

QSize TallyBars::sizeHint() const
{
    const int figuresWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000 · 100%"));
    return {labelWidth() + 240 + figuresWidth + 2 * kGap, 3 * rowHeight()};
}

QSize TallyBars::minimumSizeHint() const
{
    const int figuresWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000 · 100%"));
    return {labelWidth() + 60 + figuresWidth + 2 * kGap, 3 * rowHeight()};
}

void TallyBars::paintEvent(QPaintEvent *)
{
    if (tally_.answers.size() != 3)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int label = labelWidth();
    const int figuresWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000 · 100%"));
    const int barSpace = std::max(10, width() - label - figuresWidth - 2 * kGap);
    const int most = std::max({tally_.counts[0], tally_.counts[1], tally_.counts[2], 1});
    for (int a = 1; a <= 3; ++a) {
        const int y = (a - 1) * rowHeight();
        const bool shown = tally_.outcome == a;
        QFont f = font();
        f.setBold(shown);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect labelRect(0, y, label, rowHeight());
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, (shown ? kTick : QString()) + tally_.answers[a - 1]);
        // Bars scale to the largest count, so a split room still shows its shape.
        const int length = tally_.counts[std::size_t(a - 1)] * barSpace / most;
        const QRect bar(label + kGap, y + rowHeight() / 6, std::max(length, 2), rowHeight() * 2 / 3);
        p.fillRect(bar, answerColour(a));
        if (shown) {
            p.setPen(QPen(palette().color(QPalette::WindowText), 2));
            p.drawRect(bar.adjusted(-1, -1, 1, 1));
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(bar.right() + kGap, y, figuresWidth + kGap, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   figures(a));
    }
}

} // namespace conlab
