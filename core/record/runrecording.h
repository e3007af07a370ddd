// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/cpython/cpythonside.h"
#include "core/eventloop/loopevent.h"
#include "core/gil/gilevents.h"
#include "core/primes/primeevents.h"
#include "core/primes/primesconfig.h"
#include "core/primes/racetally.h"
#include "core/spinner/spinnerconfig.h"
#include "core/spinner/spinnerevents.h"
#include "core/vote/roundtally.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace conlab {

// Everything one run produced, so that it can be saved and shown again later
// as if it had just run: a lecture survives a machine that misbehaves on the
// day. Stored as versioned JSON (schema "concurrency-lab.recording/N").
// Results are stored column by column, numbers as decimal text: JSON numbers
// are doubles, which cannot hold every 64-bit n, and columns keep a
// million-result file compact.
struct RunRecording
{
    enum class Kind { Primes, Spinner };
    // Each file is written as the oldest format that holds it, so an older
    // build of the app still opens what it can show: format 1 without a
    // CPython side, 2 with one, 3 with a repeated race's tallies, 4 with
    // the room's vote.
    static constexpr int kVersion = 4;
    static constexpr int kOldestVersion = 1;

    Kind kind = Kind::Primes;
    QString title;       // the page or command that made it
    QString description; // the configuration in words, for the file's reader
    QDateTime recordedAt;

    // Primes runs.
    PrimesConfig primes;
    std::vector<PrimeResult> results;
    std::optional<RunSummary> summary;

    // Spinner runs: how the run was set up (model, slow(), pace, GIL, the
    // sleep), so a replay picks the same variant and a trace names it; the
    // frames with their time stamps are in report->frames.
    SpinnerConfig spinner;
    std::optional<SpinnerReport> report;

    // Both: the event loop's events (coroutine models).
    std::vector<aio::LoopEvent> loopEvents;

    // Both: the GIL holds seen while the run went, by GIL thread id; names of
    // those threads are in summary->gil / report->gil.
    std::vector<GilHold> gilHolds;

    // Both: the same experiment run in CPython afterwards ("Run in CPython
    // too"), with its results (primes) or report (spinner).
    std::optional<CPythonSide> cpython;

    // Primes runs that ended a repeated racy series: the series' tallies
    // (the run itself is its last).
    std::optional<RaceTallies> raceTallies;

    // Runs the room voted on (Audience): the round's question, its counts
    // and what the run showed.
    std::optional<RoundTally> audience;

    QByteArray toJson() const;
    // nullopt with *error set to one line naming what is wrong and where.
    static std::optional<RunRecording> fromJson(const QByteArray &json, QString *error);
    bool save(const QString &path, QString *error) const;
    // A million-number run (the largest the README measures) records about
    // 100 MB: each number twice, its verdict, time, worker and two
    // timestamps. The limit leaves five times that, and refuses what could
    // only exhaust memory.
    static constexpr qint64 kMaxFileBytes = qint64(512) << 20;
    // Regular files only, up to kMaxFileBytes; *error names the file.
    static std::optional<RunRecording> load(const QString &path, QString *error);
};

class RunRecordings
{
    Q_DECLARE_TR_FUNCTIONS(conlab::RunRecordings)
};

} // namespace conlab
