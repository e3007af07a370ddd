// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/primes/racetally.h"

#include <QStringList>
#include <algorithm>
#include <numeric>

namespace conlab {

RaceTally::RaceTally(int planned) : planned_(std::max(0, planned)) { }

void RaceTally::add(const RaceVerdict &v)
{
    ++counts_[index(v.outcome)];
    if (v.outcome == RaceOutcome::Lost) {
        const std::size_t n = v.lost.size();
        lost_ = lost_ ? std::pair{std::min(lost_->first, n), std::max(lost_->second, n)} : std::pair{n, n};
    } else if (v.outcome == RaceOutcome::Hung) {
        ++lateWorkers_[std::max(0, v.lateWorker)];
    }
    // CPython's runs have no seed: nothing replays them.
    auto &seeds = seeds_[index(v.outcome)];
    if (v.seed != 0 && seeds.size() < kMaxSeeds)
        seeds.push_back(v.seed);
}

void RaceTally::addUnjudged()
{
    ++unjudged_;
}

int RaceTally::ran() const
{
    return std::accumulate(counts_.begin(), counts_.end(), unjudged_);
}

std::optional<std::pair<std::size_t, std::size_t>> RaceTally::lostRange() const
{
    return lost_;
}

QString RaceTally::progressText() const
{
    const int done = ran();
    if (stopped_ && done < planned_)
        //: %1 runs made, %n runs asked for
        return tr("stopped after %1 of %n run(s)", nullptr, planned_).arg(done);
    if (done < planned_)
        //: %1 runs made, %n runs asked for
        return tr("%1 of %n run(s) so far", nullptr, planned_).arg(done);
    return tr("%n run(s)", nullptr, done);
}

QString RaceTally::outcomeName(RaceOutcome outcome)
{
    switch (outcome) {
    //: how a racy run ended: every result was read
    case RaceOutcome::Complete: return tr("Complete");
    //: how a racy run ended: some results were never read
    case RaceOutcome::Lost: return tr("Lost");
    //: how a racy run ended: the report loop waited for ever
    case RaceOutcome::Hung: return tr("Hung");
    }
    return {};
}

QString RaceTally::countText(RaceOutcome outcome) const
{
    //: %1 an outcome (Complete, Lost, Hung), %2 how many runs ended so
    return tr("%1: %2").arg(outcomeName(outcome)).arg(count(outcome));
}

QString RaceTally::detailText(RaceOutcome outcome) const
{
    const int n = count(outcome);
    if (n == 0)
        return {};
    QStringList parts;
    switch (outcome) {
    case RaceOutcome::Complete: parts << tr("every result read"); break;
    case RaceOutcome::Lost: {
        const auto [least, most] = lost_.value_or(std::pair<std::size_t, std::size_t>{0, 0});
        const int m = static_cast<int>(most);
        if (n == 1)
            //: %n results one lost run lost
            parts << tr("%n result(s) lost", nullptr, m);
        else if (least == most)
            //: %n results each lost run lost
            parts << tr("%n result(s) lost in each", nullptr, m);
        else
            //: %1 the fewest results a lost run lost, %n the most
            parts << tr("%1 to %n results lost per run", nullptr, m).arg(least);
        break;
    }
    case RaceOutcome::Hung: {
        QStringList workers;
        for (const auto &[worker, runs] : lateWorkers_)
            if (worker > 0)
                //: %1 a worker's number, %n how many hung runs waited for its pill
                workers << tr("worker %1 (%n run(s))", nullptr, runs).arg(worker);
        if (!workers.isEmpty())
            //: %1 a list like "worker 2 (3 runs), worker 1 (1 run)"
            parts << tr("a pill still queued for %1").arg(workers.join(QStringLiteral(", ")));
        if (lateWorkers_.count(0))
            parts << tr("every result printed, then get() waited until the grace limit");
        break;
    }
    }
    return parts.join(QStringLiteral("; "));
}

QString RaceTally::seedsText(RaceOutcome outcome) const
{
    const auto &s = seeds(outcome);
    if (s.empty())
        return {};
    QStringList list;
    for (std::uint64_t seed : s)
        list << QString::number(seed);
    if (static_cast<std::size_t>(count(outcome)) > s.size())
        list << QStringLiteral("…");
    //: %1 the seeds that replay these runs; %n how many seeds
    return tr("seed(s) %1", nullptr, static_cast<int>(s.size())).arg(list.join(QStringLiteral(", ")));
}

QString RaceTally::unjudgedText() const
{
    if (unjudged_ == 0)
        return {};
    //: %n runs that ended as none of complete, lost or hung
    return tr("%n run(s) without a verdict: failed, or short of results at the grace limit", nullptr, unjudged_);
}

QString RaceTally::text() const
{
    QStringList lines{progressText()};
    for (RaceOutcome o : {RaceOutcome::Complete, RaceOutcome::Lost, RaceOutcome::Hung}) {
        QStringList parts{countText(o)};
        if (const QString detail = detailText(o); !detail.isEmpty())
            parts << detail;
        if (const QString seeds = seedsText(o); !seeds.isEmpty() && o != RaceOutcome::Complete)
            parts << seeds;
        lines << parts.join(QStringLiteral(" — "));
    }
    if (const QString other = unjudgedText(); !other.isEmpty())
        lines << other;
    return lines.join(u'\n');
}

} // namespace conlab
