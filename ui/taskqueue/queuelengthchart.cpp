// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/queuelengthchart.h"

#include "ui/theme/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace conlab {

QueueLengthChart::QueueLengthChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("queueLength"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme::background);
    setPalette(pal);
}

void QueueLengthChart::addSamples(const std::vector<QueueSample> &batch)
{
    for (const QueueSample &s : batch) {
        samples_.push_back(s);
        maxLength_ = std::max(maxLength_, s.length);
    }
    update();
}

void QueueLengthChart::clear()
{
    samples_.clear();
    maxLength_ = 0;
    update();
}

QSize QueueLengthChart::minimumSizeHint() const
{
    return {160, 4 * fontMetrics().height()};
}

QSize QueueLengthChart::sizeHint() const
{
    return {320, 7 * fontMetrics().height()};
}

void QueueLengthChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QRect all = rect().adjusted(4, 2, -6, -4);
    p.setPen(theme::text);
    //: heading of the queue-length chart; %1 is the number of tasks waiting in Redis now
    const QString heading = tr("Queue: %1 waiting").arg(lastLength());
    p.drawText(QRect(all.left(), all.top(), all.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(heading, Qt::ElideRight, all.width()));
    const int labelW = fm.horizontalAdvance(QString::number(std::max<long long>(maxLength_, 10))) + 6;
    const QRect plot(all.left() + labelW, all.top() + fm.height() + 4, all.width() - labelW,
                     all.height() - fm.height() - 4);
    if (plot.height() < 8 || plot.width() < 8)
        return;
    p.setPen(theme::gridLine);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const long long top = std::max<long long>(maxLength_, 1);
    p.setPen(theme::mutedText);
    p.drawText(QRect(all.left(), plot.top() - fm.height() / 2, labelW - 4, fm.height()), Qt::AlignRight,
               QString::number(top));
    p.drawText(QRect(all.left(), plot.bottom() - fm.height() / 2, labelW - 4, fm.height()), Qt::AlignRight,
               QStringLiteral("0"));
    if (samples_.empty())
        return;
    const std::int64_t span = std::max<std::int64_t>(samples_.back().atNs - samples_.front().atNs, 1);
    auto point = [&](std::int64_t ns, long long length) {
        const double x = plot.left() + static_cast<double>(ns - samples_.front().atNs) / static_cast<double>(span) * plot.width();
        const double y = plot.bottom() - static_cast<double>(length) / static_cast<double>(top) * plot.height();
        return QPointF(x, y);
    };
    // A step line: the length holds until the next sample says otherwise.
    QPainterPath path(point(samples_.front().atNs, samples_.front().length));
    for (std::size_t i = 1; i < samples_.size(); ++i) {
        path.lineTo(point(samples_[i].atNs, samples_[i - 1].length));
        path.lineTo(point(samples_[i].atNs, samples_[i].length));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(theme::frameGapLine, 2));
    p.drawPath(path);
}

} // namespace conlab
