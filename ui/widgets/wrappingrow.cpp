#include "widgets/wrappingrow.h"

#include <QHBoxLayout>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace conlab {

WrappingRow::WrappingRow(QWidget *parent) : QLayout(parent) {}

WrappingRow::~WrappingRow()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

QWidget *WrappingRow::pair(QWidget *label, QWidget *control)
{
    auto *box = new QWidget(label->parentWidget());
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(control);
    return box;
}

void WrappingRow::addItem(QLayoutItem *item)
{
    items_.append(item);
}

int WrappingRow::count() const
{
    return static_cast<int>(items_.size());
}

QLayoutItem *WrappingRow::itemAt(int index) const
{
    return index >= 0 && index < items_.size() ? items_[index] : nullptr;
}

QLayoutItem *WrappingRow::takeAt(int index)
{
    return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr;
}

Qt::Orientations WrappingRow::expandingDirections() const
{
    return {};
}

bool WrappingRow::hasHeightForWidth() const
{
    return true;
}

int WrappingRow::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

int WrappingRow::spacingBetween() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *w = parentWidget();
    const int style = w ? w->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, w) : -1;
    return style >= 0 ? style : 6;
}

// Everything on one line: what the row would like.
QSize WrappingRow::sizeHint() const
{
    int width = 0, height = 0, shown = 0;
    for (const QLayoutItem *item : items_) {
        if (item->isEmpty())
            continue;
        const QSize s = item->sizeHint();
        width += s.width();
        height = std::max(height, s.height());
        ++shown;
    }
    width += spacingBetween() * std::max(0, shown - 1);
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

// One item a line: the least the row can live with.
QSize WrappingRow::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : items_) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

void WrappingRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int WrappingRow::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingBetween();
    const int vgap = gap;
    int x = area.x(), y = area.y(), lineHeight = 0;
    QList<QPair<QLayoutItem *, QRect>> line;
    // Items of a line share its height and are centred in it, so a check
    // box sits level with the combo box beside it.
    const auto finishLine = [&] {
        if (apply) {
            for (const auto &[item, r] : line)
                item->setGeometry(QRect(r.x(), y + (lineHeight - r.height()) / 2, r.width(), r.height()));
        }
        line.clear();
    };
    for (QLayoutItem *item : items_) {
        if (item->isEmpty())
            continue;
        QSize s = item->sizeHint().boundedTo(QSize(std::max(1, area.width()), QWIDGETSIZE_MAX));
        s = s.expandedTo(item->minimumSize().boundedTo(QSize(std::max(1, area.width()), QWIDGETSIZE_MAX)));
        if (!line.isEmpty() && x + s.width() > area.right() + 1) {
            finishLine();
            x = area.x();
            y += lineHeight + vgap;
            lineHeight = 0;
        }
        line.append({item, QRect(QPoint(x, 0), s)});
        x += s.width() + gap;
        lineHeight = std::max(lineHeight, s.height());
    }
    finishLine();
    const QMargins m = contentsMargins();
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace conlab
