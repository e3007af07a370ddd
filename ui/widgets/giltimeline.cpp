#include "widgets/giltimeline.h"

#include "theme/palette.h"

#include <QEvent>
#include <QPainter>
#include <QSet>
#include <algorithm>

namespace conlab {

GilTimeline::GilTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void GilTimeline::clear()
{
    holds_.clear();
    names_.clear();
    spanNs_ = 0;
    update();
}

void GilTimeline::addHolds(const std::vector<GilHold> &holds)
{
    holds_.insert(holds_.end(), holds.begin(), holds.end());
    for (const GilHold &h : holds)
        spanNs_ = std::max(spanNs_, h.endNs);
    update();
}

void GilTimeline::setThreadName(int tid, const QString &name)
{
    names_.insert(tid, name);
    update();
}

void GilTimeline::setSpanNs(std::int64_t spanNs)
{
    spanNs_ = std::max<std::int64_t>(spanNs, 1);
    update();
}

int GilTimeline::laneHeight() const
{
    return fontMetrics().height() * 3 / 2;
}

QSize GilTimeline::sizeHint() const
{
    // Two lanes (the lesson's two threads), a caption row and the time axis.
    return {600, laneHeight() * 2 + fontMetrics().height() * 3};
}

QSize GilTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QColor GilTimeline::laneColor(int lane) const
{
    return lane == 0 ? theme::gilMainThread : theme::gilSpinnerThread;
}

void GilTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::background);
    const QFontMetrics fm = fontMetrics();
    const int lh = laneHeight();
    const int top = fm.height() + 4;

    p.setPen(theme::text);
    p.drawText(QRect(4, 0, width() - 8, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Who holds the GIL"));

    QList<int> tids = names_.keys();
    for (const GilHold &h : holds_) {
        if (!tids.contains(h.tid))
            tids.append(h.tid);
    }
    std::sort(tids.begin(), tids.end());
    while (tids.size() < 2)
        tids.append(tids.isEmpty() ? 0 : tids.constLast() + 1);

    int labelWidth = 0;
    auto laneName = [this](int tid) {
        //: %1 a thread id number, shown when the thread has no name yet
        return names_.value(tid, tr("thread %1").arg(tid));
    };
    for (int tid : std::as_const(tids))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(laneName(tid)));
    labelWidth += fm.horizontalAdvance(u'M');
    const int x0 = labelWidth + 4;
    const int w = std::max(1, width() - x0 - 8);
    const double span = static_cast<double>(std::max<std::int64_t>(spanNs_, 1));

    for (int lane = 0; lane < tids.size(); ++lane) {
        const int y = top + lane * lh;
        p.setPen(theme::text);
        p.drawText(QRect(4, y, labelWidth, lh), Qt::AlignLeft | Qt::AlignVCenter, laneName(tids[lane]));
        p.fillRect(QRect(x0, y + 2, w, lh - 4), QColor(0xEE, 0xEE, 0xEE));
    }
    for (const GilHold &h : holds_) {
        const auto lane = tids.indexOf(h.tid);
        if (lane < 0)
            continue;
        const double a = static_cast<double>(h.startNs) / span * w;
        const double b = static_cast<double>(h.endNs) / span * w;
        // At least one pixel: a 5 ms hold on a 3 s axis is thinner than that.
        const QRectF bar(x0 + a, top + lane * lh + 2, std::max(1.0, b - a), lh - 4);
        p.fillRect(bar, laneColor(static_cast<int>(lane)));
    }
    // Time axis: start and end of the span.
    const int axisY = top + static_cast<int>(tids.size()) * lh + 2;
    p.setPen(theme::mutedText);
    p.drawText(QRect(x0, axisY, w, fm.height()), Qt::AlignLeft, QStringLiteral("0 s"));
    //: %1 seconds, the end of the time axis
    p.drawText(QRect(x0, axisY, w, fm.height()), Qt::AlignRight,
               tr("%1 s").arg(span / 1e9, 0, 'f', 2));
}

void GilTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace conlab
