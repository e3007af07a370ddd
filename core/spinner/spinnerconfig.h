// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/gil/gilconfig.h"
#include "core/numbers/sample.h"
#include "core/pace/pace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace conlab {

// Who draws the spinner: a thread stopped through an Event (spinner_thread.py),
// a child process stopped through an Event (spinner_proc.py), or a task
// stopped by cancel() (spinner_async.py).
enum class SpinnerModel { Thread, Process, Coroutine };

// What slow() does while the spinner spins.
enum class SlowKind {
    Sleep,         // time.sleep(3) / await asyncio.sleep(3)
    BlockingSleep, // time.sleep(3) inside a coroutine (S4)
    Prime,         // is_prime(5_000_111_000_222_021) (S5, S6, S7)
    Nap,           // the is_prime coroutine that awaits sleep(0) now and then (S8)
    Executor,      // is_prime in a worker process, awaited from the loop
};

struct SpinnerConfig
{
    SpinnerModel model = SpinnerModel::Thread;
    SlowKind slow = SlowKind::Sleep;
    GilConfig gil;               // thread model: the GIL the two threads share
    Pace pace = Pace::cpython(); // for Prime, Nap, Executor
    double seconds = 3.0;        // for Sleep and BlockingSleep
    std::uint64_t number = kSlowPrime;
    QString message = QStringLiteral("thinking!");
    QString workerPath; // empty: found by WorkerLocator
    // The process spinner's child draws a frame every kFrameInterval; one
    // that draws none for this long is stopped or hung, and is killed. The
    // executor's worker gets it as its job limit. 0: the default limits
    // (JobWatchdog); tests set a small one.
    int watchdogMs = 0;

    static constexpr double kFrameInterval = 0.1; // spin() waits .1 s per frame
    // Below a second slow() is over after a few frames: no run, however it
    // behaves, shows a spinner that keeps going, stutters or never appears.
    static constexpr double kMinWatchableSeconds = 1.0;

    // What slow() should take: the sleep, or the prime's trial divisions at
    // this pace (the nap's extra tests not counted). At native pace the
    // prime takes under a tenth of a second.
    double expectedSlowSeconds() const;
    bool tooQuickToWatch() const { return expectedSlowSeconds() < kMinWatchableSeconds; }
};

class SpinnerChoices
{
    Q_DECLARE_TR_FUNCTIONS(conlab::SpinnerChoices)
public:
    static QString modelName(SpinnerModel m);
    static QString slowName(SlowKind s);
    static std::optional<SpinnerModel> parseModel(const QString &text);
    static std::optional<SlowKind> parseSlow(const QString &text);
    static QStringList modelNames();
    static QStringList slowNames();
    // The slow() variants that make sense with a model, as the book builds
    // them: a blocking sleep or a napping coroutine needs a coroutine.
    static QList<SlowKind> validSlows(SpinnerModel m);
    // Empty when the combination makes sense, else a message naming the
    // valid choices.
    static QString combinationError(SpinnerModel m, SlowKind s);
};

} // namespace conlab
