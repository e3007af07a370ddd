// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// LoopView's painting: the ready queue on top, a lane per task, the time
// axis and a legend below. Everything is measured in the widget's font.
#include "ui/widgets/loopview.h"

#include "ui/theme/palette.h"
#include "ui/widgets/loopviewaxis.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace conlab {

namespace {

constexpr int kMargin = 4;

// Lanes take the Okabe-Ito colours in turn; vermillion stays for cancel().
QColor laneColor(int index)
{
    static const QColor colors[] = {theme::okabeIto::blue,        theme::okabeIto::orange,
                                    theme::okabeIto::bluishGreen, theme::okabeIto::reddishPurple,
                                    theme::okabeIto::skyBlue,     theme::okabeIto::yellow};
    return colors[index % std::size(colors)];
}

const QColor kCancel = theme::okabeIto::vermillion;
const QColor kStripe{0xF2, 0xF2, 0xF2};

int xOf(const QRect &plot, std::int64_t tNs, std::int64_t span)
{
    const double f = std::clamp(static_cast<double>(tNs) / static_cast<double>(span), 0.0, 1.0);
    return plot.left() + static_cast<int>(f * plot.width());
}

} // namespace

int LoopView::labelWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int w = fm.horizontalAdvance(tr("ready queue"));
    for (const LoopViewModel::Lane &lane : model_.lanes())
        w = std::max(w, fm.horizontalAdvance(laneLabel(lane)));
    // The plot keeps at least 60 % of the width; a longer label is elided.
    return std::min(w + fm.averageCharWidth() * 2, width() * 2 / 5);
}

void LoopView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), theme::background);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    const std::int64_t span = spanNs();
    // Room on the right for half of the last tick's label.
    const int right = width() - kMargin - fm.horizontalAdvance(QStringLiteral("00.0 ms")) / 2;
    const int left = kMargin + labelWidth();
    const int lanes = static_cast<int>(model_.lanes().size());
    // The axis and the legend always show; lanes share what is left, down
    // to a line of text each. Lanes that still do not fit are counted in a
    // note (the page scrolls, but a splitter may keep the view short).
    const int below = 4 + h + 2 + h + kMargin;
    const int room = height() - kMargin - queueHeight() - below;
    int laneH = laneHeight();
    int shown = std::max(lanes, 1);
    if (shown * laneH > room) {
        laneH = std::max(h + 2, room / shown);
        if (shown * laneH > room)
            shown = std::max(1, room / laneH - 1); // one row for the note
    }
    const bool note = shown < lanes;
    const int bottom = kMargin + queueHeight() + (shown + (note ? 1 : 0)) * laneH;
    const QRect plot(QPoint(left, kMargin), QPoint(std::max(left + 10, right), bottom));

    // Faint grid at the ticks behind everything.
    const std::vector<LoopAxisTick> ticks = loopAxisTicks(span, plot.width(),
                                                          [&fm](const QString &s) { return fm.horizontalAdvance(s); });
    p.setPen(QPen(theme::gridLine, 1, Qt::DotLine));
    for (const LoopAxisTick &t : ticks)
        p.drawLine(xOf(plot, t.tNs, span), plot.top(), xOf(plot, t.tNs, span), plot.bottom());

    paintQueue(p, QRect(plot.left(), kMargin, plot.width(), queueHeight()), span);
    for (int i = 0; i < std::min(shown, lanes); ++i) {
        const QRect laneRect(plot.left(), kMargin + queueHeight() + i * laneH, plot.width(), laneH);
        paintLane(p, laneRect, model_.lanes()[i], i, span);
    }
    // Open waits: tasks in the ready queue now, still waiting for a step.
    if (live_) {
        for (const auto &[task, w] : model_.waiting()) {
            if (static_cast<int>(w.lane) >= shown || nowNs_ <= w.sinceNs)
                continue;
            const int top = kMargin + queueHeight() + static_cast<int>(w.lane) * laneH;
            const int x0 = xOf(plot, w.sinceNs, span);
            p.setPen(QPen(laneColor(static_cast<int>(w.lane)), 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRect(x0, top + 4, std::max(2, xOf(plot, nowNs_, span) - x0), laneH * 3 / 5 - 5));
        }
    }
    p.setPen(theme::mutedText);
    if (lanes == 0) {
        p.drawText(QRect(plot.left(), kMargin + queueHeight(), plot.width(), laneH), Qt::AlignCenter,
                   tr("The loop's tasks appear here when a run starts."));
    } else if (note) {
        //: more lanes than the view has room for; %n how many are not shown
        p.drawText(QRect(kMargin, kMargin + queueHeight() + shown * laneH, width() - 2 * kMargin, laneH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n more lane(s): make the view taller", nullptr, lanes - shown));
    }
    paintAxis(p, plot, plot.bottom() + 1, span);

    // Legend: what the marks mean, in the room's words.
    const int ly = plot.bottom() + 6 + h;
    int x = kMargin;
    p.fillRect(QRect(x, ly + h / 4, h, h / 2), laneColor(0));
    x += h + 4;
    p.setPen(theme::text);
    const QString step = tr("step");
    p.drawText(x, ly + fm.ascent(), step);
    x += fm.horizontalAdvance(step) + h;
    p.setPen(QPen(laneColor(0), 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(x, ly + h / 4, h, h / 2));
    x += h + 4;
    p.setPen(theme::text);
    //: legend: the task is in the ready queue, waiting for its turn
    const QString waits = tr("ready, waiting");
    p.drawText(x, ly + fm.ascent(), waits);
    x += fm.horizontalAdvance(waits) + h;
    p.setPen(QPen(theme::mutedText, 2));
    p.drawLine(x, ly + h / 2, x + h, ly + h / 2);
    x += h + 4;
    p.setPen(theme::text);
    const QString timer = tr("timer");
    p.drawText(x, ly + fm.ascent(), timer);
    x += fm.horizontalAdvance(timer) + h;
    p.setPen(QPen(kCancel, 3));
    p.drawLine(x + h / 2, ly, x + h / 2, ly + h);
    x += h;
    p.setPen(theme::text);
    p.drawText(x, ly + fm.ascent(), QStringLiteral("cancel()"));
}

void LoopView::paintQueue(QPainter &p, const QRect &area, std::int64_t span) const
{
    const QFontMetrics fm = fontMetrics();
    p.setPen(theme::text);
    const QRect labelRect(kMargin, area.top(), area.left() - kMargin, area.height());
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignTop,
               fm.elidedText(tr("ready queue"), Qt::ElideRight, labelRect.width()));
    p.setPen(theme::mutedText);
    //: the largest length the ready queue reached; %1 a count of tasks
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignBottom,
               fm.elidedText(tr("max %1").arg(model_.maxQueued()), Qt::ElideRight, labelRect.width()));

    const auto &samples = model_.queue();
    const std::uint32_t top = std::max<std::uint32_t>(1, model_.maxQueued());
    const int plotH = area.height() - 4;
    // One column per pixel, holding the longest queue within it: a busy loop
    // makes thousands of samples, and a short peak must not vanish.
    std::vector<std::uint32_t> column(static_cast<std::size_t>(std::max(area.width(), 1)), 0);
    const std::int64_t end = live_ ? std::max(nowNs_, model_.endNs()) : span;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const std::int64_t to = i + 1 < samples.size() ? samples[i + 1].tNs : end;
        const int x0 = xOf(area, samples[i].tNs, span) - area.left();
        const int x1 = std::max(x0, xOf(area, to, span) - area.left() - (i + 1 < samples.size() ? 1 : 0));
        for (int x = x0; x <= x1 && x < static_cast<int>(column.size()); ++x)
            column[x] = std::max(column[x], samples[i].queued);
    }
    p.fillRect(QRect(area.left(), area.bottom(), area.width(), 1), theme::gridLine);
    QColor fill = theme::okabeIto::skyBlue;
    for (int x = 0; x < static_cast<int>(column.size());) {
        int run = x + 1;
        while (run < static_cast<int>(column.size()) && column[run] == column[x])
            ++run;
        if (column[x] > 0) {
            const int barH = std::max(2, static_cast<int>(plotH * column[x] / top));
            p.fillRect(QRect(area.left() + x, area.bottom() - barH, run - x, barH), fill);
        }
        x = run;
    }
}

void LoopView::paintLane(QPainter &p, const QRect &lane, const LoopViewModel::Lane &data, int index,
                         std::int64_t span) const
{
    const QFontMetrics fm = fontMetrics();
    if (index % 2 == 0)
        p.fillRect(QRect(0, lane.top(), width(), lane.height()), kStripe);
    p.setPen(theme::text);
    const QRect labelRect(kMargin, lane.top(), lane.left() - kMargin, lane.height());
    p.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(laneLabel(data), Qt::ElideRight, labelRect.width()));

    const int barTop = lane.top() + 3;
    const int barH = lane.height() * 3 / 5 - 3;
    const QColor color = laneColor(index);
    // Waits in the ready queue: an empty box, which a step then follows.
    p.setPen(QPen(color, 2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    int waitEnd = -1;
    for (const LoopViewModel::Span &w : data.waits) {
        const int x0 = xOf(lane, w.startNs, span);
        const int x1 = xOf(lane, w.endNs, span);
        if (x1 - x0 < 3 || x1 <= waitEnd)
            continue; // a wait of an iteration: invisible at this scale anyway
        p.drawRect(QRect(x0, barTop + 1, x1 - x0, barH - 2));
        waitEnd = x1;
    }
    // Steps: neighbours within a pixel merge, and every step is at least
    // 2 px wide: spin's steps take microseconds and must still show.
    int runStart = -1, runEnd = -1;
    for (const LoopViewModel::Span &s : data.steps) {
        const int x0 = xOf(lane, s.startNs, span);
        const int x1 = std::max(x0 + 2, xOf(lane, s.endNs, span));
        if (runStart >= 0 && x0 <= runEnd + 1) {
            runEnd = std::max(runEnd, x1);
            continue;
        }
        if (runStart >= 0)
            p.fillRect(QRect(runStart, barTop, runEnd - runStart, barH), color);
        runStart = x0;
        runEnd = x1;
    }
    if (runStart >= 0)
        p.fillRect(QRect(runStart, barTop, runEnd - runStart, barH), color);
    // A step still running grows with the clock: the loop is stuck in it.
    if (live_ && data.openStepNs >= 0 && nowNs_ > data.openStepNs) {
        const int x0 = xOf(lane, data.openStepNs, span);
        const QRect r(x0, barTop, std::max(2, xOf(lane, nowNs_, span) - x0), barH);
        p.fillRect(r, color.lighter(140));
        p.fillRect(r, QBrush(color, Qt::BDiagPattern));
    }

    // Timers: a thin line from armed to fired, with a tick at the deadline.
    const int ty = lane.top() + lane.height() * 4 / 5;
    for (const LoopViewModel::Timer &t : data.timers) {
        const std::int64_t end = t.endNs >= 0 ? t.endNs : (live_ ? std::min(t.dueNs, nowNs_) : t.dueNs);
        const int x0 = xOf(lane, t.armedNs, span);
        const int x1 = std::max(x0 + 1, xOf(lane, end, span));
        p.setPen(QPen(t.cancelled ? kCancel : theme::mutedText, 2));
        p.drawLine(x0, ty, x1, ty);
        if (t.dueNs <= span && (t.endNs < 0 || t.cancelled)) {
            const int xd = xOf(lane, t.dueNs, span);
            p.setPen(QPen(theme::mutedText, 1));
            p.drawLine(xd, ty - 3, xd, ty + 3);
        }
    }

    // cancel(): a red line through the lane and its name beside it.
    for (const std::int64_t t : data.cancels) {
        const int x = xOf(lane, t, span);
        p.setPen(QPen(kCancel, 3));
        p.drawLine(x, lane.top() + 1, x, lane.bottom() - 1);
        const QString text = QStringLiteral("cancel()");
        const int w = fm.horizontalAdvance(text);
        const int tx = x + 4 + w <= lane.right() ? x + 4 : x - 4 - w;
        p.setPen(kCancel.darker(130));
        p.drawText(QRect(tx, lane.top(), w + 2, lane.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void LoopView::paintAxis(QPainter &p, const QRect &plot, int y, std::int64_t span) const
{
    const QFontMetrics fm = fontMetrics();
    p.setPen(QPen(theme::text, 1));
    p.drawLine(plot.left(), y, plot.right(), y);
    const std::vector<LoopAxisTick> ticks = loopAxisTicks(span, plot.width(),
                                                          [&fm](const QString &s) { return fm.horizontalAdvance(s); });
    for (const LoopAxisTick &t : ticks) {
        const int x = xOf(plot, t.tNs, span);
        p.drawLine(x, y, x, y + 4);
        const int w = fm.horizontalAdvance(t.label);
        // Centred on its tick, but kept inside the widget, whole.
        const int tx = std::clamp(x - w / 2, 0, std::max(0, width() - w - 1));
        p.drawText(QRect(tx, y + 4, w + 1, fm.height()), Qt::AlignCenter, t.label);
    }
}

} // namespace conlab
