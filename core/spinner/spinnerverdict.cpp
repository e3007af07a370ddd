// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/spinner/spinnerverdict.h"

#include <QLocale>
#include <algorithm>
#include <chrono>
#include <vector>

namespace conlab {

namespace {

// Figures in the why line follow the UI's locale ("3.0 s", "3,000 ms").
QString seconds(double s, int decimals)
{
    return QLocale().toString(s, 'f', decimals);
}

QString ms(std::int64_t ns)
{
    return QLocale().toString(qRound64(static_cast<double>(ns) / 1e6));
}

// The interval the engine's GIL ran with: its own record when there is one.
std::chrono::microseconds switchInterval(const SpinnerConfig &config, const SpinnerReport &report)
{
    return report.gil ? report.gil->config.switchInterval : config.gil.switchInterval;
}

QString intervalMs(std::chrono::microseconds interval)
{
    return QLocale().toString(static_cast<double>(interval.count()) / 1000.0, 'g', 6);
}

bool gilOn(const SpinnerConfig &config, const SpinnerReport &report)
{
    return config.model == SpinnerModel::Thread && (report.gil ? report.gil->config.enabled : config.gil.enabled);
}

} // namespace

std::optional<SpinnerOutcome> SpinnerVerdict::classify(const SpinnerReport &report)
{
    if (!report.ok())
        return std::nullopt;
    if (report.frames.empty())
        return SpinnerOutcome::NeverAppears;
    if (report.maxGapNs > kStutterGapNs)
        return SpinnerOutcome::Stutters;
    return SpinnerOutcome::KeepsSpinning;
}

std::int64_t SpinnerVerdict::typicalGapNs(const SpinnerReport &report)
{
    if (report.frames.size() < 2)
        return 0;
    std::vector<std::int64_t> gaps;
    gaps.reserve(report.frames.size() - 1);
    for (size_t i = 1; i < report.frames.size(); ++i)
        gaps.push_back(report.frames[i].tNs - report.frames[i - 1].tNs);
    auto mid = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
    std::nth_element(gaps.begin(), mid, gaps.end());
    return *mid;
}

SpinnerVerdict SpinnerVerdict::of(const SpinnerConfig &config, const SpinnerReport &report)
{
    SpinnerVerdict v;
    if (report.cancelled) {
        v.kind = Kind::NotFinished;
        v.why = tr("the run was stopped before slow() returned, so there is nothing to judge");
        return v;
    }
    if (!report.error.isEmpty()) {
        v.kind = Kind::NotFinished;
        //: %1 the engine's error message
        v.why = tr("the run failed: %1").arg(report.error);
        return v;
    }
    if (tooQuick(report.slowSeconds)) {
        v.kind = Kind::TooQuick;
        const bool sleeps = config.slow == SlowKind::Sleep || config.slow == SlowKind::BlockingSleep;
        v.why = sleeps
            //: %1 seconds slow() took, e.g. 0.09
            ? tr("slow() took %1 s: too quick to see the spinner; sleep longer").arg(seconds(report.slowSeconds, 2))
            //: %1 seconds slow() took, e.g. 0.09
            : tr("slow() took %1 s: too quick to see the spinner; use the CPython pace")
                  .arg(seconds(report.slowSeconds, 2));
        return v;
    }
    v.kind = Kind::Measured;
    v.outcome = classify(report);
    v.why = whyMeasured(config, report, *v.outcome);
    return v;
}

QString SpinnerVerdict::whyMeasured(const SpinnerConfig &config, const SpinnerReport &report, SpinnerOutcome outcome)
{
    const QString slowS = seconds(report.slowSeconds, 1);
    const QString longest = ms(report.maxGapNs);
    const std::int64_t typical = typicalGapNs(report);
    const QString every = ms(typical > 0 ? typical : static_cast<std::int64_t>(SpinnerConfig::kFrameInterval * 1e9));
    const bool gil = gilOn(config, report);
    const QString interval = intervalMs(switchInterval(config, report));

    switch (outcome) {
    case SpinnerOutcome::NeverAppears:
        if (config.model == SpinnerModel::Coroutine && config.slow == SlowKind::BlockingSleep)
            //: %1 seconds, e.g. 3.0
            return tr("supervisor blocked the loop for %1 s; spin never got a turn").arg(slowS);
        if (config.model == SpinnerModel::Coroutine && config.slow == SlowKind::Prime)
            //: %1 seconds, e.g. 1.2
            return tr("is_prime() held the loop for %1 s without an await; spin never got a turn").arg(slowS);
        if (gil)
            //: %1 seconds slow() ran, %2 the GIL switch interval in ms
            return tr("the GIL never changed hands in %1 s (switch interval %2 ms); the spinner never got a turn")
                .arg(slowS, interval);
        //: %1 seconds slow() ran
        return tr("no frame in %1 s: the spinner never got a turn").arg(slowS);

    case SpinnerOutcome::Stutters:
        if (gil)
            //: %1 the GIL switch interval in ms, %2 the usual time between frames in ms, %3 the longest
            return tr("the GIL changed hands only every %1 ms, so the spinner got a turn every %2 ms (at worst %3 ms)")
                .arg(interval, every, longest);
        if (config.model == SpinnerModel::Coroutine && config.slow == SlowKind::Nap)
            //: %1 the longest time between two frames in ms
            return tr("is_prime() awaited sleep(0) too rarely: the spinner froze for up to %1 ms").arg(longest);
        //: %1 the longest time between two frames in ms
        return tr("the spinner froze for up to %1 ms; a steady one draws every 100 ms").arg(longest);

    case SpinnerOutcome::KeepsSpinning:
        switch (config.model) {
        case SpinnerModel::Process:
            //: %1 the usual time between frames in ms
            return tr("slow() ran in the parent and the spinner in its own process; a frame every %1 ms").arg(every);
        case SpinnerModel::Thread:
            if (config.slow == SlowKind::Sleep)
                //: %1 the usual time between frames in ms
                return tr("time.sleep() let the spinner thread run; a frame every %1 ms").arg(every);
            if (gil)
                //: %1 the GIL switch interval in ms, %2 the usual time between frames in ms
                return tr("the GIL changed hands every %1 ms, so the spinner got a turn every %2 ms")
                    .arg(interval, every);
            //: %1 the usual time between frames in ms
            return tr("no GIL: is_prime() and the spinner ran side by side; a frame every %1 ms").arg(every);
        case SpinnerModel::Coroutine:
            if (config.slow == SlowKind::Sleep)
                //: %1 the usual time between frames in ms
                return tr("await asyncio.sleep() gave the loop back; spin drew a frame every %1 ms").arg(every);
            if (config.slow == SlowKind::Nap)
                //: %1 the usual time between frames in ms
                return tr("is_prime() awaited sleep(0) now and then, so spin got a turn every %1 ms").arg(every);
            if (config.slow == SlowKind::Executor)
                //: %1 the usual time between frames in ms
                return tr("is_prime() ran in a worker process and the loop stayed free; a frame every %1 ms")
                    .arg(every);
            break;
        }
        //: %1 the usual time between frames in ms, %2 the longest
        return tr("a frame every %1 ms, at worst %2 ms").arg(every, longest);
    }
    return {};
}

QString SpinnerVerdict::name(SpinnerOutcome outcome)
{
    switch (outcome) {
    case SpinnerOutcome::KeepsSpinning: return tr("Keeps spinning");
    case SpinnerOutcome::Stutters: return tr("Stutters");
    case SpinnerOutcome::NeverAppears: return tr("Never appears");
    }
    return {};
}

QString SpinnerVerdict::headline(SpinnerOutcome outcome)
{
    switch (outcome) {
    case SpinnerOutcome::KeepsSpinning: return tr("Kept spinning");
    case SpinnerOutcome::Stutters: return tr("Stuttered");
    case SpinnerOutcome::NeverAppears: return tr("Never appeared");
    }
    return {};
}

QString SpinnerVerdict::headline() const
{
    switch (kind) {
    case Kind::Measured: return outcome ? headline(*outcome) : QString();
    case Kind::TooQuick: return tr("Too quick to tell");
    case Kind::NotFinished: return tr("No verdict");
    }
    return {};
}

QString SpinnerVerdict::key(SpinnerOutcome outcome)
{
    switch (outcome) {
    case SpinnerOutcome::KeepsSpinning: return QStringLiteral("keeps_spinning");
    case SpinnerOutcome::Stutters: return QStringLiteral("stutters");
    case SpinnerOutcome::NeverAppears: return QStringLiteral("never_appears");
    }
    return {};
}

} // namespace conlab
