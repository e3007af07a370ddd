// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweeptext.h"

#include "core/numbers/sample.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace conlab {

QString SweepText::seconds(double s)
{
    // Two or three significant figures: the runs spread by about 10%, so
    // more digits would only be noise on a slide. Native-pace runs take
    // milliseconds, which read better as such than as "0.00 s".
    if (s > 0.0 && s < 0.1) {
        const double ms = s * 1000.0;
        //: a time in milliseconds, %1 the number
        return tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 1.0 ? 2 : ms < 10.0 ? 1 : 0));
    }
    const int decimals = s < 10.0 ? 2 : s < 100.0 ? 1 : 0;
    //: a time in seconds, %1 the number
    return tr("%1 s").arg(QLocale().toString(s, 'f', decimals));
}

QString SweepText::duration(double s)
{
    const auto total = static_cast<long long>(std::llround(std::max(0.0, s)));
    if (total < 1)
        return tr("under 1 s");
    if (total < 60)
        //: a duration, %1 seconds
        return tr("%1 s", "duration").arg(total);
    if (total < 3600)
        //: a duration, %1 minutes, %2 seconds
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    //: a duration, %1 hours, %2 minutes (two digits)
    return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString SweepText::speedup(double x)
{
    //: a speedup factor, %1 the number ("1.9×")
    return tr("%1×").arg(QLocale().toString(x, 'f', x < 10.0 ? 2 : 1));
}

QString SweepText::workers(int n)
{
    //: a worker count, as on the sweep chart
    return tr("%n workers", nullptr, n);
}

QString SweepText::cores(int n)
{
    //: the machine's core count
    return tr("%n cores", nullptr, n);
}

QString SweepText::date(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString SweepText::stamp(const QDateTime &utc, const QDateTime &other)
{
    const QLocale locale;
    const auto format = [&locale](const QDateTime &t, bool seconds) {
        //: how a legend tells two compared sweeps apart: day, month, hour:minute (Qt date format)
        const QString f = seconds ? tr("d MMM HH:mm:ss") : tr("d MMM HH:mm");
        return locale.toString(t.toLocalTime(), f);
    };
    const QString brief = format(utc, false);
    return brief == format(other, false) ? format(utc, true) : brief;
}

QString SweepText::best(SweepChartOptions::Mode mode, double value, int workers)
{
    if (mode == SweepChartOptions::Mode::Time)
        //: the dotted line on the sweep chart; %1 a time ("0.47 s"), %2 a worker count ("2 workers")
        return tr("lowest median %1 at %2").arg(seconds(value), SweepText::workers(workers));
    //: the dotted line in speedup mode; %1 a factor ("1.9×"), %2 a worker count ("2 workers")
    return tr("best speedup %1 at %2").arg(speedup(value), SweepText::workers(workers));
}

QString SweepText::caption(const SweepData &data)
{
    const SweepConfig &c = data.config;
    const bool book = std::equal(c.numbers.begin(), c.numbers.end(), kBookSample.begin(), kBookSample.end());
    const QString numbers = book ? //: the sweep chart's title: which numbers were checked
        tr("the book's %n numbers", nullptr, int(kBookSample.size()))
                                 : //: the sweep chart's title: how many numbers were checked
        tr("%n numbers", nullptr, int(c.numbers.size()));
    //: the sweep chart's title: how often each worker count ran
    const QString runs = tr("%n runs per count", nullptr, c.runs);
    //: the sweep chart's title; %1 the pace's name ("native", "cpython", "book", "4x")
    const QString pace = tr("%1 pace").arg(c.pace.name());
    //: the sweep chart's title: the machine; %1 its host name, %2 its cores ("2 cores")
    const QString machine = tr("%1, %2").arg(data.machine.host, cores(data.machine.cores));
    QStringList parts{runs, numbers, pace, machine};
    if (data.machine.created.isValid())
        parts << date(data.machine.created);
    return parts.join(QStringLiteral(" · "));
}

QString SweepText::progress(int done, int total, double eta)
{
    //: sweep progress; %1 runs done, %n runs in all
    const QString runs = tr("%1 / %n runs", nullptr, total).arg(done);
    if (eta < 0.0 || done >= total)
        return runs;
    //: %1 the runs done ("57 / 240 runs"), %2 the estimated time left
    return tr("%1, ETA %2").arg(runs, duration(eta));
}

} // namespace conlab
