// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepchartitems.h"

#include "ui/theme/palette.h"

#include <QBrush>
#include <QPen>
#include <algorithm>

namespace conlab {

ChartNote::ChartNote(QGraphicsItem *parent) : QGraphicsRectItem(parent), text_(this)
{
    setPen(Qt::NoPen);
    QColor backing = theme::background;
    backing.setAlpha(190); // a covered point still shows through
    setBrush(backing);
    text_.setBrush(theme::text);
    setZValue(20); // above every series
    hide();
}

void ChartNote::setText(const QString &text)
{
    if (text_.text() != text)
        text_.setText(text);
    fit();
}

void ChartNote::setFont(const QFont &font)
{
    text_.setFont(font);
    fit();
}

void ChartNote::fit()
{
    const QRectF r = text_.boundingRect();
    const qreal pad = std::max<qreal>(2.0, r.height() * 0.12);
    text_.setPos(pad, 0);
    setRect(QRectF(0, 0, r.width() + 2 * pad, r.height()));
}

} // namespace conlab
