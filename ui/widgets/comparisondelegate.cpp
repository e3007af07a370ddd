// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/comparisondelegate.h"

#include "ui/models/comparisonmodel.h"

#include <QPainter>

namespace conlab {

namespace {
using Status = ComparisonFacts::Status;
} // namespace

// Superscript digits: the mark reads as a footnote in every script the
// translations use, with no rich text in a cell.
QString ComparisonDelegate::superscript(int number)
{
    static constexpr char16_t kDigits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString out;
    for (const QChar c : QString::number(number))
        out += QChar(kDigits[c.digitValue()]);
    return out;
}

QString ComparisonDelegate::decoratedText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    if (index.data(ComparisonModel::DemoRole).toInt() != static_cast<int>(ComparisonFacts::Demo::None))
        text += QStringLiteral(" ↗");
    if (const int mark = index.data(ComparisonModel::SourceNumberRole).toInt(); mark > 0)
        text += QStringLiteral(" ") + superscript(mark);
    return text;
}

int ComparisonDelegate::framePadding(const QFontMetrics &fm)
{
    return std::max(3, fm.height() / 6);
}

void ComparisonDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = decoratedText(index);
    // The focus frame is drawn below, thick enough to find from the back.
    option->state &= ~QStyle::State_HasFocus;
}

void ComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const auto status = static_cast<Status>(index.data(ComparisonModel::StatusRole).toInt());
    const QFontMetrics fm(option.font);
    const int pad = framePadding(fm);
    const int line = std::max(2, fm.height() / 12);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    if (status != Status::AsInBook) {
        QPen pen(option.palette.color(QPalette::Text), line);
        pen.setStyle(status == Status::StillOpen ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(pen);
        painter->drawRect(option.rect.adjusted(pad, pad, -pad - 1, -pad - 1));
    }
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2 * line));
        painter->drawRect(option.rect.adjusted(line, line, -line, -line));
    }
    painter->restore();
}

} // namespace conlab
