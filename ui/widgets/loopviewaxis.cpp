// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/widgets/loopviewaxis.h"

#include <QCoreApplication>
#include <QLocale>

namespace conlab {

namespace {

QString tickLabel(std::int64_t tNs, std::int64_t stepNs, std::int64_t spanNs)
{
    const QLocale locale;
    // Seconds once the run is long enough to be told in seconds ("2.5 s",
    // not "2,500 ms"); ms for a short run or a view zoomed into one.
    if (spanNs >= 2'000'000'000) {
        const int decimals = stepNs >= 1'000'000'000 ? 0 : (stepNs >= 100'000'000 ? 1 : 2);
        //: a time-axis tick in seconds; %1 the number
        return QCoreApplication::translate("conlab::LoopView", "%1 s")
            .arg(locale.toString(static_cast<double>(tNs) / 1e9, 'f', decimals));
    }
    // Whole ms unless the ticks are closer than that.
    const int decimals = stepNs >= 1'000'000 ? 0 : (stepNs >= 100'000 ? 1 : 2);
    //: a time-axis tick in milliseconds; %1 the number
    return QCoreApplication::translate("conlab::LoopView", "%1 ms")
        .arg(locale.toString(static_cast<double>(tNs) / 1e6, 'f', decimals));
}

} // namespace

std::vector<LoopAxisTick> loopAxisTicks(std::int64_t spanNs, int widthPx,
                                        const std::function<int(const QString &)> &textWidth)
{
    std::vector<LoopAxisTick> ticks;
    if (spanNs <= 0 || widthPx <= 0)
        return ticks;
    // Try steps from fine to coarse; take the first whose widest label, plus
    // a gap of a few characters, fits between two ticks.
    const int gap = textWidth(QStringLiteral("000"));
    for (std::int64_t decade = 10'000; decade <= 100'000'000'000'000LL; decade *= 10) {
        for (const int m : {1, 2, 5}) {
            const std::int64_t step = decade * m;
            const std::int64_t count = spanNs / step;
            if (count > widthPx)
                continue;
            const double pxPerStep = static_cast<double>(widthPx) * static_cast<double>(step)
                / static_cast<double>(spanNs);
            const int widest = std::max(textWidth(tickLabel(count * step, step, spanNs)),
                                        textWidth(tickLabel(step, step, spanNs)));
            if (pxPerStep < widest + gap)
                continue;
            for (std::int64_t t = 0; t <= spanNs; t += step)
                ticks.push_back({t, tickLabel(t, step, spanNs)});
            return ticks;
        }
    }
    return ticks;
}

} // namespace conlab
