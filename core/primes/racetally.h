// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/raceverdict.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace conlab {

// The outcomes of the racy procs.py run repeated N times: how many runs were
// complete, lost results or hung, and for each outcome what the room can
// check (how many results a lost run lost, which worker a hung run waited
// for, the seeds that replay them). One run's verdict is an anecdote; the
// tally is the odds. Pure: it counts what it is given, whichever engine
// (the emulation or CPython) produced the verdicts.
class RaceTally
{
    Q_DECLARE_TR_FUNCTIONS(conlab::RaceTally)
public:
    // Seeds kept per outcome: enough to replay a few, short enough to read.
    static constexpr std::size_t kMaxSeeds = 5;

    explicit RaceTally(int planned = 0);

    // One run that ended with a verdict.
    void add(const RaceVerdict &verdict);
    // One run that ended without one: it failed, or (CPython) stopped short
    // of its results at the grace limit, so it was neither of the three.
    void addUnjudged();
    // The series was stopped: the runs not yet made will not be.
    void stop() { stopped_ = true; }

    int planned() const { return planned_; }
    int ran() const; // every run that ended, judged or not
    int count(RaceOutcome outcome) const { return counts_[index(outcome)]; }
    int unjudged() const { return unjudged_; }
    bool stopped() const { return stopped_; }
    bool finished() const { return stopped_ || ran() >= planned_; }
    // Lost runs: the fewest and the most results one run lost.
    std::optional<std::pair<std::size_t, std::size_t>> lostRange() const;
    // Hung runs: how many times each worker (1-based) was the one that had
    // not come back for its pill; 0 counts hangs where that is not known.
    const std::map<int, int> &lateWorkers() const { return lateWorkers_; }
    // The first kMaxSeeds seeds of each outcome (runs with a seed only).
    const std::vector<std::uint64_t> &seeds(RaceOutcome outcome) const { return seeds_[index(outcome)]; }

    // The words a page shows. progressText: "3 of 10 runs so far", "10 runs",
    // "stopped after 3 of 10 runs". countText: "Lost: 4". detailText: what
    // the outcome's runs had in common ("86 to 184 results lost per run"),
    // empty when there is nothing to say. seedsText: "seeds 12, 40", the
    // seeds that replay them (--race-seed), empty without any.
    QString progressText() const;
    static QString outcomeName(RaceOutcome outcome);
    QString countText(RaceOutcome outcome) const;
    QString detailText(RaceOutcome outcome) const;
    QString seedsText(RaceOutcome outcome) const;
    QString unjudgedText() const; // empty when every run had a verdict
    // Everything above, one outcome a line: for the CLI, tests and tooltips.
    QString text() const;
    // For the JSON export: the counts, the range, the late workers, seeds.
    QJsonObject toJson() const;
    // Back from toJson(), checked: nullopt with *error naming the field
    // under `path` ("raceTally.emulation.lost: ...") that is wrong.
    static std::optional<RaceTally> fromJson(const QJsonValue &value, const QString &path, QString *error);

private:
    static std::size_t index(RaceOutcome outcome) { return static_cast<std::size_t>(outcome); }

    int planned_ = 0;
    std::array<int, 3> counts_{};
    int unjudged_ = 0;
    bool stopped_ = false;
    std::optional<std::pair<std::size_t, std::size_t>> lost_;
    std::map<int, int> lateWorkers_;
    std::array<std::vector<std::uint64_t>, 3> seeds_;
};

// A repeated series' tallies: the emulation's, and CPython's when it ran
// the same series. What the JSON export ("race_tally") and a recording
// ("raceTally") keep of a series beyond its last run.
struct RaceTallies
{
    RaceTally emulation;
    std::optional<RaceTally> cpython;

    QJsonObject toJson() const;
    static std::optional<RaceTallies> fromJson(const QJsonValue &value, const QString &path, QString *error);
};

} // namespace conlab
