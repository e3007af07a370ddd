// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/primesoutcome.h"

#include <QLocale>
#include <algorithm>

namespace conlab {

QString PrimesOutcome::settingsText(const PrimesConfig &c)
{
    //: %1 the pace's name (native, cpython, book or a multiplier)
    const QString pace = tr("pace: %1").arg(c.pace.name());
    switch (c.model) {
    case PrimesModel::Sequential:
    case PrimesModel::Coroutines:
        //: %1 the pace
        return tr("one thread · %1").arg(pace);
    case PrimesModel::Processes:
    case PrimesModel::CoroutinesExecutor:
        //: %1 how many worker processes, %2 the pace
        return tr("worker processes: %1 · %2").arg(c.workers).arg(pace);
    case PrimesModel::Threads:
    case PrimesModel::Pool: {
        //: %1 the GIL's switch interval in milliseconds
        const QString gil = c.gil.enabled
            ? tr("GIL on, switch interval %1 ms").arg(static_cast<double>(c.gil.switchInterval.count()) / 1000.0)
            : tr("GIL off (free-threaded)");
        //: %1 how many threads, %2 the GIL state, %3 the pace
        return tr("threads: %1 · %2 · %3").arg(c.workers).arg(gil, pace);
    }
    }
    return {};
}

std::vector<std::pair<int, QString>> PrimesOutcome::laneNames(const PrimesConfig &c)
{
    std::vector<std::pair<int, QString>> lanes;
    switch (c.model) {
    case PrimesModel::Sequential: lanes.emplace_back(0, tr("main thread")); break;
    case PrimesModel::Coroutines: lanes.emplace_back(0, tr("event loop")); break;
    case PrimesModel::Processes:
    case PrimesModel::CoroutinesExecutor:
    case PrimesModel::Threads:
    case PrimesModel::Pool:
        for (int w = 1; w <= c.workers; ++w)
            lanes.emplace_back(w, PrimesModels::workerName(c.model, w));
        break;
    }
    return lanes;
}

std::map<int, int> PrimesOutcome::gilWorkers(const GilStats &stats)
{
    std::map<int, int> map;
    for (std::size_t tid = 0; tid < stats.threads.size(); ++tid)
        if (const int worker = stats.threads[tid].worker; worker > 0)
            map[static_cast<int>(tid)] = worker;
    return map;
}

QString PrimesOutcome::listNumbers(const std::vector<std::uint64_t> &numbers, std::size_t max)
{
    QStringList parts;
    for (std::size_t k = 0; k < numbers.size() && k < max; ++k)
        parts << QString::number(numbers[k]);
    QString text = parts.join(QStringLiteral(", "));
    if (numbers.size() > max)
        //: %1 a list of numbers, %2 how many more were not listed
        text = tr("%1 and %2 more").arg(text, QLocale().toString(static_cast<qint64>(numbers.size() - max)));
    return text;
}

PrimesOutcome::Banner PrimesOutcome::banner(const RunSummary &s)
{
    Banner b;
    if (!s.error.isEmpty()) {
        b.kind = Kind::Failed;
        //: %1 what went wrong (e.g. a worker process died)
        b.text = tr("The run failed: %1").arg(s.error);
        if (!s.unchecked.empty())
            //: %1 how many numbers, %2 the numbers
            b.text += u'\n'
                + tr("Numbers left unchecked (%1): %2").arg(s.unchecked.size()).arg(listNumbers(s.unchecked));
    } else if (s.cancelled) {
        b.kind = Kind::Stopped;
        //: %1 numbers checked, %Ln numbers given
        b.text = tr("Stopped: %1 of %Ln numbers checked.", nullptr, static_cast<int>(s.numbers)).arg(s.checked);
    }
    if (!s.crashes.empty() && s.error.isEmpty()) {
        const int n = static_cast<int>(s.crashes.size());
        const QString crashed = s.cancelled
            ? //: %n how many worker processes crashed during a run that was then stopped
            tr("%n worker process(es) crashed and were replaced.", nullptr, n)
            : //: %n how many worker processes crashed during a run that finished
            tr("%n worker process(es) crashed and were replaced; each number in flight was checked again, "
               "so no result was lost. The red marks on the timeline say when and why.",
               nullptr, n);
        if (b.kind == Kind::None)
            b.kind = Kind::Recovered;
        b.text = b.text.isEmpty() ? crashed : b.text + u'\n' + crashed;
    }
    if (s.race && s.race->outcome == RaceOutcome::Hung && !s.cancelled) {
        const QString hung = hungText(*s.race);
        if (b.kind == Kind::None)
            b.kind = Kind::Hung;
        b.text = b.text.isEmpty() ? hung : b.text + u'\n' + hung;
    }
    if (!s.lost.empty()) {
        const QString lost =
            //: %1 how many results, %2 the lost numbers
            tr("Lost results (%1): %2. The report loop stopped as soon as the job queue was empty, while "
               "workers were still checking these numbers. procs.py's fix counts one \"done\" per worker.")
                .arg(s.lost.size())
                .arg(listNumbers(s.lost));
        if (b.kind == Kind::None)
            b.kind = Kind::Lost;
        b.text = b.text.isEmpty() ? lost : b.text + u'\n' + lost;
    }
    return b;
}

QString PrimesOutcome::hangingText(qint64 nsLeft)
{
    const auto seconds = static_cast<int>((std::max<qint64>(nsLeft, 0) + 999'999'999) / 1'000'000'000);
    //: while the racy run hangs; %n seconds until the lab ends the wait
    return tr("Hanging: every result is printed, yet the report loop waits in results.get() for one more: a result "
              "that will never come.\nThe book's script would wait for ever; the lab ends the wait in %n second(s).",
              nullptr, seconds);
}

QString PrimesOutcome::hungText(const RaceVerdict &v)
{
    if (v.lateWorker == 0) // no worker named (CPython's verdict): say it as the CLI does
        //: %1 the reason, as the CLI prints it
        return tr("Hung: %1. The lab ended the wait after its grace time.").arg(v.describe());
    //: %n pills left in the job queue, %1 the worker that had not taken its pill, %2 the seed that replays the run
    return tr("Hung: every result was printed, but %n pill(s) were still in the job queue: worker %1 had not yet "
              "come back for its pill. So jobs.empty() was False, and the loop called results.get() again, for a "
              "result no worker will send.\nThe book's script would wait for ever; the lab ended the wait after its "
              "grace time (seed %2).",
              nullptr, v.pillsLeft)
        .arg(v.lateWorker)
        .arg(v.seed);
}

QString PrimesOutcome::totalsText(const PrimesConfig &c, qsizetype shown, const RunSummary *s, double elapsed,
                                  std::optional<SpeedupBaseline> sequential, int cores, const QDateTime &now)
{
    const QLocale loc;
    const QString given = loc.toString(static_cast<qint64>(c.numbers.size()));
    if (!s) {
        if (c.numbers.empty())
            return tr("No run yet. Press Run (F5).");
        //: %1 results so far, %2 numbers given, %3 seconds so far
        return tr("%1 of %2 checked · %3 s so far")
            .arg(loc.toString(static_cast<qint64>(shown)), given)
            .arg(elapsed, 0, 'f', 1);
    }
    // The run's own pace, always: the toolbar may show another one by now
    // (it is the next run's), and a speedup is only fair at equal paces.
    //: %1 numbers checked, %Ln numbers given, %2 wall time in seconds, %3 the pace (native, cpython, ...)
    QString text = tr("%1 of %Ln numbers checked in %2 s at %3 pace", nullptr, static_cast<int>(c.numbers.size()))
                       .arg(loc.toString(static_cast<qint64>(s->checked)))
                       .arg(s->wall, 0, 'f', 2)
                       .arg(c.pace.name());
    if (c.model == PrimesModel::Sequential)
        return text;
    // A baseline at another pace compares different work per division.
    if (sequential && !(sequential->pace == c.pace))
        sequential.reset();
    // A run that lost results did less work: no fair speedup to show.
    const std::optional<Speedup> speedup = sequential && s->ok() && s->lost.empty()
        ? Speedup::of(sequential->seconds, s->wall, cores)
        : std::nullopt;
    if (speedup) {
        text += u"  ·  " + speedup->text(*sequential, now);
    } else if (s->ok() && s->lost.empty()) {
        //: %1 the pace (native, cpython, ...)
        text += u"  ·  "
            + tr("no sequential run at %1 pace with these numbers yet: run Sequential to see the speedup")
                  .arg(c.pace.name());
    }
    return text;
}

} // namespace conlab
