// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilstats.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "ui/pages/sequentialbaseline.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace conlab {

// The words a primes page shows around a run: its settings, its totals, its
// banner, and the names of the timeline's lanes. Kept apart from the page so
// the texts can be read (and tested) without building widgets.
class PrimesOutcome
{
    Q_DECLARE_TR_FUNCTIONS(conlab::PrimesOutcome)
public:
    // Recovered: workers crashed, were replaced, and nothing was lost.
    // Hung: the racy loop waited for a result that never came.
    enum class Kind { None, Lost, Hung, Failed, Stopped, Recovered };
    struct Banner
    {
        Kind kind = Kind::None;
        QString text;
    };

    static QString settingsText(const PrimesConfig &config);
    // (PrimeResult::worker, lane label) for every worker the run will have.
    static std::vector<std::pair<int, QString>> laneNames(const PrimesConfig &config);
    // GIL thread id -> worker, as the engine recorded it when it registered
    // the thread (GilThreadStats::worker).
    static std::map<int, int> gilWorkers(const GilStats &stats);
    static Banner banner(const RunSummary &summary);
    // While the racy loop hangs: what it waits for, and how long until the
    // lab ends the wait (rounded up to whole seconds).
    static QString hangingText(qint64 nsLeft);
    // Once it has hung: why, from the verdict.
    static QString hungText(const RaceVerdict &verdict);
    // elapsed: seconds so far while running; summary: once the run ended.
    // The speedup is shown only against a sequential run at the config's
    // own pace; one at any other pace counts as no baseline. cores and now
    // feed the speedup rule (core/primes/speedup.h).
    static QString totalsText(const PrimesConfig &config, qsizetype shown, const RunSummary *summary, double elapsed,
                              std::optional<SpeedupBaseline> sequential, int cores, const QDateTime &now);
    // "2, 3, 5 and 17 more"
    static QString listNumbers(const std::vector<std::uint64_t> &numbers, std::size_t max = 12);
};

} // namespace conlab
