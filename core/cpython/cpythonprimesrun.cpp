// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/cpythonprimesrun.h"

#include "core/cpython/bookline.h"
#include "core/spinner/slowestimate.h"

#include <QHash>
#include <algorithm>
#include <deque>
#include <map>

namespace conlab {

CPythonPrimesRun::CPythonPrimesRun(PrimesConfig config, CPythonOptions options)
    : config_(std::move(config)),
      runner_(ListingCommand::forPrimes(config_), std::move(options), defaultGraceMs(config_))
{
}

namespace {

// Every number as if prime (the most divisions it can need), one after the
// other, at the book's pace, which is three times CPython's here.
double bookSeconds(const PrimesConfig &config)
{
    double seconds = 0;
    for (std::uint64_t n : config.numbers)
        seconds += slowPrimeSeconds(Pace::book(), n);
    return seconds;
}

} // namespace

int CPythonPrimesRun::defaultGraceMs(const PrimesConfig &config)
{
    return static_cast<int>(std::clamp(2 * bookSeconds(config) + 60, 60.0, 24 * 3600.0) * 1000);
}

int CPythonPrimesRun::racyGraceMs(const PrimesConfig &config)
{
    return static_cast<int>(std::clamp(2 * bookSeconds(config) + 10, 10.0, 24 * 3600.0) * 1000);
}

namespace {

// The racy listing's outcome, read from how it ended: by itself with every
// result printed (complete) or some never printed (lost), or still waiting
// at the grace limit after printing every result (hung: get() waits for a
// result no worker will send). A listing still short of results at the
// limit was merely slow, and stays a run that did not finish.
void judgeRace(const ListingOutcome &outcome, const std::vector<std::uint64_t> &missing, RunSummary &summary)
{
    RaceVerdict v;
    if (outcome.finished()) {
        v.outcome = missing.empty() ? RaceOutcome::Complete : RaceOutcome::Lost;
        v.lost = missing;
    } else if (outcome.end == ListingOutcome::End::DidNotFinish && missing.empty()) {
        v.outcome = RaceOutcome::Hung;
        summary.error.clear(); // the hang is the lesson, not a failure
    } else {
        return;
    }
    v.modelSeconds = outcome.seconds;
    summary.race = v;
}

} // namespace

RunSummary CPythonPrimesRun::exec(const ResultFn &onResult)
{
    RunSummary summary;
    summary.model = PrimesModels::name(config_.model);
    summary.workers = PrimesModels::workers(config_.model, config_.workers);
    summary.numbers = static_cast<qsizetype>(config_.numbers.size());

    const bool oneLane = PrimesModels::runsOnOneThread(config_.model);
    std::map<std::uint64_t, std::deque<TimelineRecord>> timeline;
    QHash<QPair<qint64, qint64>, int> workerOf; // (pid, thread) -> 1..N, in order of first result
    std::map<std::uint64_t, int> seen;
    std::optional<double> footerTotal;
    QByteArray pending;
    // The timeline's zero: where the listing starts its clock, right after
    // its "Checking ..." line, as the emulation's starts at its run's start.
    // Without it CPython's bars sat after the interpreter's start-up, and
    // the two timelines could not be read against each other.
    std::optional<std::int64_t> headerNs, originNs;

    const auto onLine = [&](const QString &line, std::int64_t tNs) {
        if (lineObserver_)
            lineObserver_(line);
        const BookLine b = BookLine::parse(line);
        if (b.kind == BookLine::Kind::Header && !headerNs)
            headerNs = tNs;
        if (b.kind == BookLine::Kind::Footer) {
            footerTotal = b.seconds;
            return;
        }
        if (b.kind != BookLine::Kind::Result)
            return;
        if (!originNs) {
            // The line was read a little after the clock started: a check
            // may have begun before it came, so no bar starts below zero.
            originNs = headerNs.value_or(0);
            for (const auto &[n, records] : timeline)
                for (const TimelineRecord &rec : records)
                    originNs = std::min(*originNs, rec.startNs);
            originNs = std::max<std::int64_t>(*originNs, 0);
        }
        // Without a record, the line's arrival marks the end (it may come
        // in one read with the header, so the start is kept at zero or more).
        const std::int64_t arrived = std::max<std::int64_t>(tNs - *originNs, 0);
        PrimeResult r{b.n, b.prime, b.seconds, 0,
                      std::max<std::int64_t>(arrived - static_cast<std::int64_t>(b.seconds * 1e9), 0), arrived};
        // The worker wrote its record before the parent printed the line,
        // and the runner reads stderr first: it is already here.
        auto &records = timeline[b.n];
        if (!records.empty()) {
            const TimelineRecord rec = records.front();
            records.pop_front();
            r.startNs = std::max<std::int64_t>(rec.startNs - *originNs, 0);
            r.endNs = std::max<std::int64_t>(rec.endNs - *originNs, r.startNs);
            if (!oneLane) {
                const auto key = qMakePair(rec.pid, rec.thread);
                r.worker = workerOf.value(key, 0);
                if (r.worker == 0) {
                    r.worker = static_cast<int>(workerOf.size()) + 1;
                    workerOf.insert(key, r.worker);
                }
            }
        }
        ++seen[b.n];
        ++summary.checked;
        if (onResult)
            onResult(r);
    };
    std::int64_t lastT = 0;
    outcome_ = runner_.run(
        [&](const QByteArray &bytes, std::int64_t tNs) {
            lastT = tNs;
            pending += bytes;
            qsizetype from = 0, nl;
            while ((nl = pending.indexOf('\n', from)) >= 0) {
                onLine(QString::fromUtf8(pending.constData() + from, nl - from), tNs);
                from = nl + 1;
            }
            pending.remove(0, from); // once per read: a million lines stay linear
        },
        [&](const TimelineRecord &r) { timeline[r.n].push_back(r); });
    if (!pending.isEmpty())
        onLine(QString::fromUtf8(pending), lastT);

    summary.wall = footerTotal.value_or(outcome_.seconds);
    summary.cancelled = outcome_.end == ListingOutcome::End::Cancelled;
    summary.error = outcome_.error;
    // procs.py puts every number in its job queue before it starts a worker,
    // and a pipe holds 64 KiB: past about 3,000 numbers the script waits on
    // its own queue for ever, in CPython as in the book.
    if (outcome_.end == ListingOutcome::End::DidNotFinish && config_.model == PrimesModel::Processes
        && config_.numbers.size() > 2000)
        summary.error += u'\n'
            + tr("procs.py fills its job queue (a pipe) before it starts a worker; with this many numbers the "
                 "queue fills up and the script blocks on its own put().");
    // What the report loop never printed: lost to the racy loop when the
    // listing ended by itself, else left unchecked.
    std::vector<std::uint64_t> missing;
    for (std::uint64_t n : config_.numbers) {
        auto it = seen.find(n);
        if (it != seen.end() && it->second > 0)
            --it->second;
        else
            missing.push_back(n);
    }
    if (config_.racy && !summary.cancelled)
        judgeRace(outcome_, missing, summary);
    if (summary.race)
        summary.lost = summary.race->lost;
    else if (!outcome_.finished())
        summary.unchecked = std::move(missing);
    else if (!missing.empty() && summary.error.isEmpty())
        //: %n how many numbers
        summary.error = tr("the listing ended without printing %n result(s)", nullptr,
                           static_cast<int>(missing.size()));
    return summary;
}

} // namespace conlab
