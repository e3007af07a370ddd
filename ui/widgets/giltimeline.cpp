// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/giltimeline.h"

#include "ui/theme/palette.h"
#include "ui/widgets/accessibletext.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <algorithm>

namespace conlab {

GilTimeline::GilTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    a11y::setName(this, tr("Who holds the GIL"));
    describer_ = new AccessibleDescriber(this, [this] { return description(); });
    describer_->now();
}

void GilTimeline::clear()
{
    holds_.clear();
    held_.clear();
    names_.clear();
    spanNs_ = 0;
    describer_->now();
    update();
}

void GilTimeline::addHolds(const std::vector<GilHold> &holds)
{
    holds_.insert(holds_.end(), holds.begin(), holds.end());
    for (const GilHold &h : holds) {
        spanNs_ = std::max(spanNs_, h.endNs);
        Held &held = held_[h.tid];
        ++held.holds;
        held.ns += h.endNs - h.startNs;
    }
    describer_->changed();
    update();
}

void GilTimeline::setThreadName(int tid, const QString &name)
{
    names_.insert(tid, name);
    describer_->changed();
    update();
}

void GilTimeline::setSpanNs(std::int64_t spanNs)
{
    spanNs_ = std::max<std::int64_t>(spanNs, 1);
    describer_->now(); // the run ended: its totals are final
    update();
}

QString GilTimeline::laneName(int tid) const
{
    //: %1 a thread id number, shown when the thread has no name yet
    return names_.value(tid, tr("thread %1").arg(tid));
}

QString GilTimeline::description() const
{
    // What the lanes show, in words: how often and how long each thread
    // held the GIL, and its share of the run.
    if (held_.isEmpty())
        //: Screen reader: the GIL lanes before any hold was reported
        return tr("no hold yet");
    const double span = static_cast<double>(std::max<std::int64_t>(spanNs_, 1));
    QStringList parts;
    for (auto it = held_.cbegin(); it != held_.cend(); ++it) {
        //: Screen reader: one GIL lane; %1 the thread's name, %2 seconds held, %3 percent of the run
        parts << tr("%1: %n hold(s), %2 s held (%3%)", nullptr, it->holds)
                     .arg(laneName(it.key()), // one arg(): a % in a thread's name stays as it is
                          QLocale().toString(static_cast<double>(it->ns) / 1e9, 'f', 2),
                          QLocale().toString(qRound(100.0 * static_cast<double>(it->ns) / span)));
    }
    //: Screen reader: the GIL lanes' time axis; %1 seconds
    parts << tr("over %1 s").arg(span / 1e9, 0, 'f', 2);
    return parts.join(QStringLiteral("; "));
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
    p.drawText(QRect(4, 0, width() - 8, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, tr("Who holds the GIL"));

    QList<int> tids = names_.keys();
    for (const GilHold &h : holds_) {
        if (!tids.contains(h.tid))
            tids.append(h.tid);
    }
    std::sort(tids.begin(), tids.end());
    while (tids.size() < 2)
        tids.append(tids.isEmpty() ? 0 : tids.constLast() + 1);

    int labelWidth = 0;
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
    p.drawText(QRect(x0, axisY, w, fm.height()), Qt::AlignRight, tr("%1 s").arg(span / 1e9, 0, 'f', 2));
}

void GilTimeline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange) {
        a11y::setName(this, tr("Who holds the GIL"));
        describer_->now();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace conlab
