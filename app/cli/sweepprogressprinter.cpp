// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "sweepprogressprinter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace conlab::cli {

namespace {

int digits(int n)
{
    return int(QString::number(n).size());
}

} // namespace

SweepProgressPrinter::SweepProgressPrinter(const SweepConfig &config, bool inPlace)
    : totalWidth_(digits(config.totalRuns())),
      workersWidth_(digits(config.maxWorkers)),
      runsWidth_(digits(config.runs)),
      runs_(config.runs),
      inPlace_(inPlace)
{
    for (const SweepSeries &s : config.series) {
        specs_ << s.spec();
        specWidth_ = std::max(specWidth_, specs_.last().size());
    }
}

QString SweepProgressPrinter::duration(double seconds)
{
    const qint64 s = std::llround(std::max(0.0, seconds));
    if (s < 60)
        //: a duration; %1 seconds
        return tr("%1 s").arg(s);
    if (s < 3600)
        //: a duration; %1 minutes, %2 seconds
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    //: a duration; %1 hours, %2 minutes (two digits)
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString SweepProgressPrinter::line(const SweepRun &run, const SweepProgress &progress) const
{
    const QString spec = specs_.value(run.series).leftJustified(specWidth_);
    //: progress of a sweep ("workers 1" reads right for every count); %1 runs done, %2 runs in all, %3 the series, %4 worker count,
    //: %5 this run's repeat, %6 repeats per count, %7 the run's wall time in seconds
    QString text = tr("[%1/%2] %3  workers %4  run %5/%6  %7 s")
                       .arg(progress.done, totalWidth_)
                       .arg(progress.total)
                       .arg(spec)
                       .arg(run.workers, workersWidth_)
                       .arg(run.repeat, runsWidth_)
                       .arg(runs_)
                       .arg(QString::number(run.wall, 'f', 3));
    if (run.disturbed()) {
        QStringList what;
        if (run.crashes > 0)
            what << tr("%n worker(s) crashed", nullptr, run.crashes);
        if (run.stalls > 0)
            //: the watchdog killed workers that stopped answering
            what << tr("%n worker(s) stalled", nullptr, run.stalls);
        //: a run during which workers died or hung; %1 e.g. "1 worker crashed, 1 worker stalled"
        text += u"  " + tr("DISTURBED (%1): an outlier, left out of the medians").arg(what.join(u", "));
    }
    if (progress.eta >= 0 && progress.done < progress.total)
        //: %1 the estimated time left, such as "2 min 10 s"
        text += u"  " + tr("ETA %1").arg(duration(progress.eta));
    return text;
}

void SweepProgressPrinter::print(const SweepRun &run, const SweepProgress &progress)
{
    const QByteArray bytes = line(run, progress).toUtf8();
    if (inPlace_) {
        // \033[K clears what a longer previous line left on the right. A
        // disturbed run's line stays on screen; the next run starts below.
        std::fprintf(stderr, "\r%s\033[K%s", bytes.constData(), run.disturbed() ? "\n" : "");
        open_ = !run.disturbed();
    } else {
        std::fprintf(stderr, "%s\n", bytes.constData());
    }
    std::fflush(stderr);
}

void SweepProgressPrinter::finish()
{
    if (!open_)
        return;
    std::fputc('\n', stderr);
    std::fflush(stderr);
    open_ = false;
}

} // namespace conlab::cli
