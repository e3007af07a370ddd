// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace conlab {

// How the book's racy report loop (py36/procs.py) ended.
enum class RaceOutcome { Complete, Lost, Hung };

struct RaceVerdict
{
    RaceOutcome outcome = RaceOutcome::Complete;
    std::uint64_t seed = 0;             // replays this verdict
    std::vector<std::uint64_t> printed; // in the order the loop printed them
    std::vector<std::uint64_t> lost;    // results sent but never read
    int pillsLeft = 0;                  // hung: pills still queued at the last check
    int lateWorker = 0;                 // hung: the worker that had not come back for one (1-based)
    double modelSeconds = 0;            // the modelled run up to the loop's end (or its hang)

    static QString name(RaceOutcome o);
    QString describe() const; // one sentence for the CLI and the page
};

} // namespace conlab

Q_DECLARE_METATYPE(conlab::RaceVerdict)
